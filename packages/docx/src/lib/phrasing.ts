/**
 * Phrasing content (text, emphasis, links, images, footnote references…) to
 * Word runs. Formatting is carried down as run properties: Word has no nested
 * inline elements, a run is a stretch of text with one set of properties.
 */
import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  ImageRun,
  type IRunOptions,
  type ParagraphChild,
  TextRun,
} from 'docx'
import type { Image, PhrasingContent } from 'mdast'
import { toString as mdToString } from 'mdast-util-to-string'
import type { Node } from 'unist'
import type { Context } from './context.js'
import { inform, warn } from './messages.js'
import { xmlSafe } from './xml-text.js'

/** Run properties inherited from the phrasing nodes around a run. */
export interface RunFormat {
  bold: boolean
  italics: boolean
  strike: boolean
  code: boolean
  link: boolean
  /** Whether the runs are in a footnote (Word notes cannot hold notes). */
  inFootnote: boolean
  language: string | undefined
}

/** No formatting: plain text in the document's language. */
export const plainFormat: RunFormat = {
  bold: false,
  italics: false,
  strike: false,
  code: false,
  link: false,
  inFootnote: false,
  language: undefined,
}

/** Twips per pixel: docx sizes images in pixels at 96 to the inch, 1440 twips. */
const twipsPerPixel = 1440 / 96

/** A soft line break inside a paragraph's text, with the spaces around it. */
const softBreak = /[ \t]*\r?\n[ \t]*/g

/**
 * Convert phrasing content to runs.
 *
 * @param nodes The content.
 * @param format Formatting inherited from above.
 * @param context The conversion.
 * @returns The runs, hyperlinks, images and footnote references.
 */
export function convertPhrasing(
  nodes: readonly PhrasingContent[],
  format: RunFormat,
  context: Context,
): ParagraphChild[] {
  const result: ParagraphChild[] = []
  for (const node of nodes) result.push(...convertOne(node, withLanguage(format, node), context))
  return result
}

function convertOne(node: PhrasingContent, format: RunFormat, context: Context): ParagraphChild[] {
  switch (node.type) {
    case 'text':
      // A line break in mdast text is a soft break of the source: a space.
      return [textRun(safeText(node.value, node, context).replace(softBreak, ' '), format)]
    case 'emphasis':
      return convertPhrasing(node.children, { ...format, italics: true }, context)
    case 'strong':
      return convertPhrasing(node.children, { ...format, bold: true }, context)
    case 'delete':
      return convertPhrasing(node.children, { ...format, strike: true }, context)
    case 'inlineCode':
      return [textRun(safeText(node.value, node, context), { ...format, code: true })]
    case 'break':
      return [new TextRun({ ...runOptions(format), break: 1 })]
    case 'link':
      return hyperlink(node.url, node.children, format, context)
    case 'linkReference': {
      const definition = context.definitions.get(node.identifier)
      if (definition) return hyperlink(definition.url, node.children, format, context)
      warn(
        context.file,
        node,
        'reference-undefined',
        `Link reference "${node.label ?? node.identifier}" has no definition; its text is written without a link`,
      )
      return convertPhrasing(node.children, format, context)
    }
    case 'image':
      return [image(node, format, context)]
    case 'imageReference': {
      const definition = context.definitions.get(node.identifier)
      if (definition) {
        const resolved: Image = { type: 'image', url: definition.url, alt: node.alt ?? '' }
        if (node.position) resolved.position = node.position
        if (definition.title) resolved.title = definition.title
        return [image(resolved, format, context)]
      }
      warn(
        context.file,
        node,
        'reference-undefined',
        `Image reference "${node.label ?? node.identifier}" has no definition; its alternative text is written instead`,
      )
      return node.alt ? [textRun(node.alt, format)] : []
    }
    case 'footnoteReference':
      return [footnoteReference(node, format, context)]
    case 'html':
      warn(
        context.file,
        node,
        'html-dropped',
        `Inline HTML \`${node.value}\` cannot be written to a Word document and is left out`,
      )
      return []
    default: {
      const unhandled: never = node
      return [unsupported(unhandled, format, context)]
    }
  }
}

/**
 * Phrasing node types a plugin added: their text, with a warning.
 */
function unsupported(node: Node, format: RunFormat, context: Context): TextRun {
  warn(
    context.file,
    node,
    'node-unsupported',
    `Node type "${node.type}" is unknown to @kopij/docx; its text is written as plain text`,
  )
  return textRun(mdToString(node), format)
}

/**
 * Text as XML can carry it, with a message when characters had to be replaced.
 *
 * @param value The text of a node.
 * @param node The node, for the message's place.
 * @param context The conversion.
 * @returns The safe text.
 */
export function safeText(value: string, node: Node, context: Context): string {
  const { text, replaced } = xmlSafe(value)
  if (replaced.length > 0) {
    inform(
      context.file,
      node,
      'character-replaced',
      `Text holds characters XML cannot carry (${replaced.join(', ')}); each is written as a space`,
    )
  }
  return text
}

function withLanguage(format: RunFormat, node: PhrasingContent): RunFormat {
  const language = node.data?.language
  return language === undefined || language === format.language ? format : { ...format, language }
}

/**
 * The run properties of a format. Only properties that are on are written:
 * `bold: false` would write `<w:b w:val="false"/>` into every run.
 */
function runOptions(format: RunFormat): IRunOptions {
  const options: { -readonly [Key in keyof IRunOptions]: IRunOptions[Key] } = {}
  if (format.bold) options.bold = true
  if (format.italics) options.italics = true
  if (format.strike) options.strike = true
  if (format.code) options.style = 'VerbatimChar'
  else if (format.link) options.style = 'Hyperlink'
  if (format.language !== undefined) options.language = { value: format.language }
  return options
}

function textRun(text: string, format: RunFormat): TextRun {
  return new TextRun({ ...runOptions(format), text })
}

function hyperlink(
  url: string,
  children: PhrasingContent[],
  format: RunFormat,
  context: Context,
): ParagraphChild[] {
  // A link to nowhere would be a relationship with an empty target, which
  // Word may refuse; its text is all there is to keep.
  if (url.trim() === '') return convertPhrasing(children, format, context)
  return [
    new ExternalHyperlink({
      link: url,
      children: convertPhrasing(children, { ...format, link: true }, context),
    }),
  ]
}

function footnoteReference(
  node: Extract<PhrasingContent, { type: 'footnoteReference' }>,
  format: RunFormat,
  context: Context,
): ParagraphChild {
  const label = node.label ?? node.identifier
  if (format.inFootnote) {
    warn(
      context.file,
      node,
      'footnote-nested',
      `Footnote reference "${label}" is inside a footnote, which Word cannot nest; its label is written as text`,
    )
    return new TextRun({ ...runOptions(format), text: `[${label}]`, superScript: true })
  }
  const id = context.footnotes.reference(node)
  if (id === undefined) {
    warn(
      context.file,
      node,
      'footnote-undefined',
      `Footnote reference "${label}" has no definition; its label is written as text`,
    )
    return new TextRun({ ...runOptions(format), text: `[${label}]`, superScript: true })
  }
  return new FootnoteReferenceRun(id)
}

function image(node: Image, format: RunFormat, context: Context): ParagraphChild {
  const loaded = context.images.get(node.url)
  const alt = safeText(node.alt ?? '', node, context)
  // Loading already warned about an image that is not here.
  if (!loaded) return textRun(alt, format)
  context.imageCount += 1
  const maxWidth = Math.floor(context.textWidth / twipsPerPixel)
  const scale = loaded.width > maxWidth ? maxWidth / loaded.width : 1
  const transformation = {
    width: Math.max(1, Math.round(loaded.width * scale)),
    height: Math.max(1, Math.round(loaded.height * scale)),
  }
  const name = `Afbeelding ${context.imageCount}`
  return new ImageRun({
    type: loaded.type,
    data: loaded.data,
    transformation,
    // An empty alternative marks an image decorative (as HTML's alt="" does):
    // Word's "Mark as decorative", so screen readers skip it.
    ...(alt === ''
      ? { decorative: true, altText: { name } }
      : { altText: { name, description: alt, title: node.title ?? alt } }),
  })
}
