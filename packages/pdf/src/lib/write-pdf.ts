/**
 * The kopij tree to a typeset, tagged PDF/UA-1 document. Composes the
 * stages in order: fonts and images, block layout, pagination, running
 * footers, structure tree, bookmarks, metadata.
 */
import type { Heading, Root } from 'mdast'
import { type PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib'
import type { VFile } from 'vfile'
import { headingAnchors } from './anchors.js'
import { Canvas, num } from './canvas.js'
import { indexDocument } from './document-index.js'
import { fontkitAdapter } from './fontkit-adapter.js'
import { FontSet } from './fonts.js'
import { hyphenatorFor } from './hyphenation.js'
import { embedImages } from './images.js'
import { faceOf } from './inline.js'
import { type LayoutContext, layoutDocument } from './layout.js'
import type { ResolvedOptions } from './options.js'
import { writeOutline } from './outline.js'
import { paginate } from './paginate.js'
import { footerReference, pageLabel } from './running-footer.js'
import { serialize } from './serialize.js'
import { StructureTree } from './structure.js'
import { footerSize } from './typography.js'
import { xmpPacket } from './xmp.js'

const source = '@kopij/pdf'
const producer = 'kopij (@kopij/pdf)'
const footerColor = [0.3, 0.3, 0.3] as const

/**
 * Write a tree as PDF; `toPdf` checked the arguments.
 *
 * @returns The PDF bytes.
 */
export async function writePdf(
  tree: Root,
  settings: ResolvedOptions,
  file: VFile | undefined,
): Promise<Uint8Array> {
  const metadata = tree.data?.metadata ?? {}
  const language = metadata.language ?? settings.language ?? 'nl'
  const { definitions, imageUrls, headings } = indexDocument(tree)
  const title = documentTitle(tree, headings[0], settings.title, file)
  const anchors = headingAnchors(headings)

  const doc = await PDFDocument.create({ updateMetadata: false })
  doc.registerFontkit(fontkitAdapter)
  const fonts = new FontSet(doc)
  const structure = new StructureTree(doc.context)
  const images = await embedImages(imageUrls, doc, settings.baseDirectory)

  const { margins, pageWidth, pageHeight } = settings
  const area = {
    top: pageHeight - margins.top,
    bottom: margins.bottom,
    left: margins.left,
    width: pageWidth - margins.left - margins.right,
  }
  const context: LayoutContext = {
    fonts,
    structure,
    file,
    definitions,
    images,
    outline: [],
    textWidth: area.width,
    textHeight: area.top - area.bottom,
    left: area.left,
    footnoteNumbers: new Map(),
    language,
    headingDestinations: anchors.byHeading,
    anchors: anchors.bySlug,
    lastHeadingLevel: 0,
    justify: settings.justify
      ? {
          hyphenate: hyphenatorFor(language),
          reshape: (piece, text, element) => {
            const shaped = fonts.shape(faceOf(piece.style), text)
            return {
              ...piece,
              runs: shaped.runs,
              width: shaped.unitWidth * piece.style.size,
              text,
              element,
            }
          },
          span: (parent, word) => structure.create('Span', parent, { actualText: word }),
        }
      : undefined,
  }
  const items = layoutDocument(tree.children, context)

  // The footer's faces must be known before the fonts are embedded.
  const reference = footerReference(metadata, title)
  const referenceRuns = fonts.split('regular', reference)
  fonts.split('regular', `${pageLabel(language, 1, 1)}0123456789`)
  await fonts.embedAll()
  for (const character of fonts.missingCharacters()) {
    file?.message(
      `No font has a glyph for "${character}" (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}); it is drawn as U+FFFD`,
      { source, ruleId: 'glyph-missing' },
    )
  }

  // Pages are made here rather than with pdf-lib's `addPage`, which walks
  // the page tree for every page added (quadratic in pages).
  const context2 = doc.context
  const pagesRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef
  const canvases = paginate(items, area, () => new Canvas(context2.nextRef(), structure))
  const pages = context2.lookup(pagesRef) as PDFDict
  pages.set(PDFName.of('Kids'), context2.obj(canvases.map((canvas) => canvas.ref)))
  pages.set(PDFName.of('Count'), context2.obj(canvases.length))

  // Running footer: reference or title left, "Pagina n van m" right.
  const footerBaseline = margins.bottom / 2
  canvases.forEach((canvas, index) => {
    const label = pageLabel(language, index + 1, canvases.length)
    const labelWidth = fonts.measure('regular', label, footerSize)
    canvas.artifact('Footer')
    const referenceWidth = fonts.measure('regular', reference, footerSize)
    if (referenceWidth < area.width - labelWidth - 12) {
      canvas.text(referenceRuns, footerSize, area.left, footerBaseline, footerColor)
    }
    canvas.text(
      fonts.split('regular', label),
      footerSize,
      area.left + area.width - labelWidth,
      footerBaseline,
      footerColor,
    )
    canvas.close()
  })

  const fontDict: Record<string, PDFRef> = {}
  for (const face of fonts.usedFaces()) fontDict[face.resourceName] = face.ref
  const xObjects: Record<string, PDFRef> = {}
  for (const image of images.values()) xObjects[image.name] = image.image.ref
  const resources = context2.register(
    context2.obj({
      Font: context2.obj(fontDict),
      XObject: context2.obj(xObjects),
      ProcSet: ['PDF', 'Text', 'ImageB', 'ImageC'],
    }),
  )
  // Pages and their link annotations are written as text, like the
  // structure tree: thousands of small dictionaries (see `serialize`).
  const objects = new Map<number, string>()
  const mediaBox = `[0 0 ${pageWidth} ${pageHeight}]`
  for (const canvas of canvases) {
    const contents = canvas
      .contents()
      .map((bytes) =>
        context2.register(context2.stream(bytes, { Filter: 'FlateDecode' })).toString(),
      )
    const annotations: string[] = []
    for (const link of canvas.links) {
      // A link inside the document goes to a place every heading and note
      // has once drawn; without one (never the case) it is left out.
      if (link.url === '' && !link.destination?.page) continue
      const number = ++context2.largestObjectNumber
      const key = structure.addAnnotation(link.element, canvas.ref, number)
      // Inside the document: to the top of the note or heading, at the left
      // of the text area, zoom unchanged (ISO 32000-1 12.3.2.2).
      const target = link.destination?.page
        ? `/Dest [${link.destination.page.toString()} /XYZ ${num(area.left)} ${num(link.destination.top)} null]`
        : `/A << /S /URI /URI ${literalString(asciiUri(link.url))} >>`
      objects.set(
        number,
        `<< /Type /Annot /Subtype /Link /Rect [${link.rect.map(num).join(' ')}] /Border [0 0 0] /F 4 /StructParent ${key} /Contents ${PDFHexString.fromText(link.contents).toString()} ${target} >>`,
      )
      annotations.push(`${number} 0 R`)
    }
    // PDF/UA-1 7.18.3: /Tabs /S, tab order follows the structure.
    objects.set(
      canvas.ref.objectNumber,
      `<< /Type /Page /Parent ${pagesRef.toString()} /MediaBox ${mediaBox} /Contents [${contents.join(' ')}] /Resources ${resources.toString()} /StructParents ${canvas.key} /Tabs /S${annotations.length > 0 ? ` /Annots [${annotations.join(' ')}]` : ''} >>`,
    )
  }

  structure.write(doc, objects)
  writeOutline(doc, context.outline, area.left)

  doc.setTitle(title, { showInWindowTitleBar: true })
  doc.setLanguage(language)
  if (metadata.authors?.length) doc.setAuthor(metadata.authors.join(', '))
  if (metadata.subject) doc.setSubject(metadata.subject)
  if (metadata.keywords?.length) doc.setKeywords(metadata.keywords)
  doc.setProducer(producer)
  doc.setCreator(producer)
  doc.setCreationDate(settings.creationDate)
  doc.setModificationDate(settings.modificationDate)
  // UTF-8 bytes: pdf-lib would write a string's characters as Latin-1.
  const xmp = context2.stream(
    new TextEncoder().encode(
      xmpPacket({
        title,
        language,
        authors: metadata.authors ?? [],
        subject: metadata.subject,
        keywords: metadata.keywords ?? [],
        producer,
        created: settings.creationDate,
        modified: settings.modificationDate,
      }),
    ),
    { Type: 'Metadata', Subtype: 'XML' },
  )
  doc.catalog.set(PDFName.of('Metadata'), context2.register(xmp))
  await fonts.writeUsed()
  for (const image of images.values()) await image.image.embed()
  return serialize(context2, objects)
}

/**
 * The title: from metadata, else the option, else the first heading, else
 * "Document" (reported, since PDF/UA-1 requires a real title).
 */
function documentTitle(
  tree: Root,
  firstHeading: Heading | undefined,
  fallback: string | undefined,
  file: VFile | undefined,
): string {
  const title = tree.data?.metadata?.title ?? fallback
  if (title !== undefined && title.trim() !== '') return title
  const heading = (firstHeading && headingText(firstHeading.children)) || undefined
  file?.message(
    heading
      ? `The document has no title; the first heading "${heading}" is used`
      : 'The document has no title and no heading; "Document" is used: give `title` in the metadata',
    { source, ruleId: 'title-missing' },
  )
  return heading ?? 'Document'
}

function headingText(nodes: readonly Root['children'][number][]): string {
  let text = ''
  for (const node of nodes) {
    if ('value' in node && typeof node.value === 'string') text += node.value
    else if ('children' in node) text += headingText(node.children)
  }
  return text.trim()
}

/** A literal string of ASCII text, delimiters and backslash escaped (7.3.4.2). */
function literalString(text: string): string {
  return `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`
}

/** URIs in PDF are 7-bit ASCII (ISO 32000-1 12.6.4.7). */
function asciiUri(url: string): string {
  return url.replace(/[^\x21-\x7e]/g, (character) => encodeURIComponent(character))
}
