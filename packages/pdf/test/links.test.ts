/**
 * Links inside the document: footnote calls to their notes and `#anchor`
 * links to headings, read back with pdf.js (annotations, destinations,
 * structure) and poppler; and strikethrough, drawn as a line.
 */
import {
  footnoteDefinition,
  footnoteReference,
  heading,
  link,
  paragraph,
  root,
  strikethrough,
} from '@kopij/ast'
import { toPdf } from '@kopij/pdf'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { openPdf, outlineOfStruct, type PdfJsStructNode, run, tempPdf } from './pdf-readers.js'

const filler = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    paragraph(`Alinea ${index + 1} over het beleid voor water en dijken in de provincies.`),
  )

/** The link annotations of every page, with the page index their destination names. */
async function linksOf(bytes: Uint8Array) {
  const doc = await openPdf(bytes)
  const links: { page: number; contents: string; url?: string; target?: number; top?: number }[] =
    []
  for (let index = 1; index <= doc.numPages; index++) {
    const page = await doc.getPage(index)
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype !== 'Link') continue
      const dest = annotation.dest as [{ num: number; gen: number }, unknown, number, number] | null
      links.push({
        page: index - 1,
        contents: annotation.contentsObj?.str,
        ...(annotation.url ? { url: annotation.url } : {}),
        ...(dest ? { target: await doc.getPageIndex(dest[0]), top: dest[3] } : {}),
      })
    }
  }
  return { doc, links }
}

describe('a footnote call', () => {
  const tree = (): Root =>
    root(
      [
        heading(1, 'Voetnoten'),
        paragraph(['Een bewering', footnoteReference('bron'), ' met een bron.']),
        footnoteDefinition('bron', [paragraph('De bron van de bewering.')]),
      ],
      { title: 'Voetnoten', language: 'nl' },
    )

  test('should be a link to its note, described in the document language', async () => {
    const { links } = await linksOf(await toPdf(tree(), fixedDates))
    expect(links).toHaveLength(1)
    expect(links[0]).toMatchObject({ page: 0, target: 0, contents: 'Voetnoot 1' })
    // The note sits at the foot of the page, below the paragraph.
    expect(links[0]?.top).toBeLessThan(200)
  })

  test('should be tagged Reference > Link, with the annotation as the link’s object', async () => {
    const path = tempPdf(await toPdf(tree(), fixedDates))
    const structure = run('pdfinfo', ['-struct-text', path])
    expect(structure).toMatch(/Reference \(inline\)\n +Link \(inline\)\n +"1"\n +Object \d+ 0/)
  })

  test('should link every call of a note twice called to the same note', async () => {
    const twice = root(
      [
        paragraph(['Eerst', footnoteReference('x'), ' en later weer', footnoteReference('x'), '.']),
        footnoteDefinition('x', [paragraph('Eén noot.')]),
      ],
      { title: 'T' },
    )
    const { links } = await linksOf(await toPdf(twice, fixedDates))
    expect(links.map((item) => item.contents)).toEqual(['Voetnoot 1', 'Voetnoot 1'])
    expect(links[0]?.top).toBe(links[1]?.top)
  })
})

describe('a link to an anchor', () => {
  test('should go to the heading whose GitHub slug it names, on its page', async () => {
    const tree = root(
      [
        heading(1, 'Verslag'),
        paragraph(['Zie ', link('#3-beleid-voor-water', 'het beleid'), '.']),
        ...filler(80),
        heading(2, '3. Beleid voor water'),
        paragraph('Het beleid.'),
      ],
      { title: 'Verslag' },
    )
    const bytes = await toPdf(tree, fixedDates)
    const { doc, links } = await linksOf(bytes)
    const headingPage = doc.numPages - 1
    expect(headingPage).toBeGreaterThan(0)
    expect(links).toEqual([
      expect.objectContaining({ page: 0, target: headingPage, contents: 'het beleid' }),
    ])
    const outline = await doc.getOutline()
    const destination = outline[0]?.items[0]?.dest as unknown[] | undefined
    expect(links[0]?.top).toBeCloseTo(Number(destination?.[3]), 1)
  })

  test('should be reported and set as text when no heading has the anchor', async () => {
    const file = new VFile()
    const tree = root(
      [heading(1, 'Verslag'), paragraph(['Zie ', link('#nergens', 'elders'), '.'])],
      {
        title: 'Verslag',
      },
    )
    const bytes = await toPdf(tree, fixedDates, file)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['link-anchor-unresolved'])
    const { doc, links } = await linksOf(bytes)
    expect(links).toEqual([])
    const page = await doc.getPage(1)
    const roles = outlineOfStruct((await page.getStructTree()) as PdfJsStructNode)
    expect(roles.map((line) => line.trim())).toEqual(['Document', 'H1', 'P'])
  })
})

test('should draw strikethrough as a line through the middle of the text', async () => {
  const tree = root([paragraph(['Niet ', strikethrough('doorgehaald'), ' maar wel dit.'])], {
    title: 'T',
  })
  const path = tempPdf(await toPdf(tree, fixedDates))
  const plain = `${path}.qdf.pdf`
  run('qpdf', ['--qdf', '--object-streams=disable', path, plain])
  const content = run('cat', [plain])
  // Each text run starts "BT … x y Td"; the struck one is followed by a
  // stroked line from its x at a height just under the middle of the x-height.
  const struck =
    /BT [\d. ]+ rg ([\d.]+) ([\d.]+) Td\n[^\n]* (?:<[\da-fA-F]*>|\([^)]*\)) Tj\nET\nq [\d. ]+ RG [\d.]+ w ([\d.]+) ([\d.]+) m [\d.]+ [\d.]+ l S Q/.exec(
      content,
    )
  expect(struck).not.toBeNull()
  const [, x, baseline, lineX, lineY] = struck ?? []
  expect(Number(lineX)).toBeCloseTo(Number(x), 1)
  const rise = Number(lineY) - Number(baseline)
  expect(rise).toBeGreaterThan(10.5 * 0.2)
  expect(rise).toBeLessThan(10.5 * 0.4)
  // Text still extracts whole.
  expect(run('pdftotext', ['-enc', 'UTF-8', path, '-'])).toContain('Niet doorgehaald maar wel dit.')
})
