/**
 * Bookmarks from the headings (PDF/UA-1 7.17; WCAG 2.4.5), nested by their
 * tagged level: catalog `/Outlines`, items with `/Dest [page /XYZ x y null]`
 * (ISO 32000-1 12.3.3).
 */
import { type PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib'
import type { OutlineEntry } from './layout.js'

interface Node {
  entry: OutlineEntry
  ref: PDFRef
  children: Node[]
}

/**
 * Write the outline and make viewers open with it shown.
 *
 * @param doc The document.
 * @param entries Headings in reading order.
 * @param left x of the text area, for the destination.
 */
export function writeOutline(
  doc: PDFDocument,
  entries: readonly OutlineEntry[],
  left: number,
): void {
  if (entries.length === 0) return
  const context = doc.context
  const roots: Node[] = []
  const stack: Node[] = []
  for (const entry of entries) {
    const node: Node = { entry, ref: context.nextRef(), children: [] }
    while (stack.length > 0 && (stack.at(-1) as Node).entry.level >= entry.level) stack.pop()
    const parent = stack.at(-1)
    if (parent) parent.children.push(node)
    else roots.push(node)
    stack.push(node)
  }
  const outlinesRef = context.nextRef()
  const count = (nodes: readonly Node[]): number =>
    nodes.reduce((sum, node) => sum + 1 + count(node.children), 0)
  const write = (nodes: readonly Node[], parentRef: PDFRef): void => {
    nodes.forEach((node, index) => {
      const dict = context.obj({
        Title: PDFHexString.fromText(node.entry.title),
        Parent: parentRef,
        Dest: [node.entry.page, 'XYZ', left, node.entry.top, null],
      })
      const previous = nodes[index - 1]
      const next = nodes[index + 1]
      if (previous) dict.set(PDFName.of('Prev'), previous.ref)
      if (next) dict.set(PDFName.of('Next'), next.ref)
      const first = node.children[0]
      const last = node.children.at(-1)
      if (first && last) {
        dict.set(PDFName.of('First'), first.ref)
        dict.set(PDFName.of('Last'), last.ref)
        // Positive: open, so the whole outline shows at once.
        dict.set(PDFName.of('Count'), context.obj(count(node.children)))
      }
      context.assign(node.ref, dict)
      write(node.children, node.ref)
    })
  }
  write(roots, outlinesRef)
  const first = roots[0] as Node
  const last = roots.at(-1) as Node
  context.assign(
    outlinesRef,
    context.obj({ Type: 'Outlines', First: first.ref, Last: last.ref, Count: count(roots) }),
  )
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}
