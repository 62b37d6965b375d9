/**
 * The kopij tree to a typeset, tagged PDF/UA-1 document. Composes the
 * stages in order: fonts and images, block layout, pagination, running
 * footers, structure tree, bookmarks, metadata.
 */
import type { Heading, Root } from 'mdast'
import {
  type PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  type PDFRef,
  PDFString,
} from 'pdf-lib'
import type { VFile } from 'vfile'
import { headingAnchors } from './anchors.js'
import { Canvas } from './canvas.js'
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
          reshape: (piece, text, element) => ({
            ...piece,
            ...fonts.shape(faceOf(piece.style), text, piece.style.size),
            text,
            element,
          }),
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
  const mediaBox = context2.obj([0, 0, pageWidth, pageHeight])
  const canvases = paginate(items, area, () => {
    const page = context2.obj({ Type: 'Page', Parent: pagesRef, MediaBox: mediaBox }) as PDFDict
    return new Canvas(page, context2.register(page), structure)
  })
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
  for (const canvas of canvases) {
    const node = canvas.page
    const contents = canvas
      .contents()
      .map((bytes) => context2.register(context2.stream(bytes, { Filter: 'FlateDecode' })))
    node.set(
      PDFName.of('Contents'),
      contents.length === 1 ? (contents[0] as PDFRef) : context2.obj(contents),
    )
    node.set(PDFName.of('Resources'), resources)
    node.set(PDFName.of('StructParents'), context2.obj(canvas.key))
    // PDF/UA-1 7.18.3: tab order follows the structure.
    node.set(PDFName.of('Tabs'), PDFName.of('S'))
    const annotations: PDFObject[] = []
    for (const link of canvas.links) {
      // A link inside the document goes to a place every heading and note
      // has once drawn; without one (never the case) it is left out.
      if (link.url === '' && !link.destination?.page) continue
      const ref = context2.nextRef()
      const key = structure.addAnnotation(link.element, canvas.ref, ref)
      const annotation = context2.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: link.rect,
        Border: [0, 0, 0],
        F: 4,
        StructParent: key,
      }) as PDFDict
      annotation.set(PDFName.of('Contents'), PDFHexString.fromText(link.contents))
      if (link.destination?.page) {
        // Inside the document: to the top of the note or heading, at the
        // left of the text area, zoom unchanged (ISO 32000-1 12.3.2.2).
        annotation.set(
          PDFName.of('Dest'),
          context2.obj([link.destination.page, 'XYZ', area.left, link.destination.top, null]),
        )
      } else {
        annotation.set(
          PDFName.of('A'),
          context2.obj({ S: 'URI', URI: PDFString.of(asciiUri(link.url)) }),
        )
      }
      context2.assign(ref, annotation)
      annotations.push(ref)
    }
    if (annotations.length > 0) node.set(PDFName.of('Annots'), context2.obj(annotations))
  }

  const structureObjects = structure.write(doc)
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
  return serialize(context2, structureObjects)
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

/** URIs in PDF are 7-bit ASCII (ISO 32000-1 12.6.4.7). */
function asciiUri(url: string): string {
  return url.replace(/[^\x21-\x7e]/g, (character) => encodeURIComponent(character))
}
