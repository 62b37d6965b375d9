/**
 * Block content (headings, paragraphs, lists, quotes, code, tables…) to Word
 * paragraphs and tables, with the built-in styles readers recognise.
 */
import {
  BorderStyle,
  HeadingLevel,
  type IParagraphOptions,
  Paragraph,
  type Table,
  TextRun,
} from 'docx'
import type { Code, Heading, List, RootContent } from 'mdast'
import { toString as mdToString } from 'mdast-util-to-string'
import type { Node } from 'unist'
import type { Context, Scope } from './context.js'
import { deepestListLevel, listIndent } from './list-numbering.js'
import { inform, warn } from './messages.js'
import { convertPhrasing, plainFormat, type RunFormat, safeText } from './phrasing.js'
import { convertTable, flattenTable } from './table.js'

/** What a block becomes in the document. */
export type Block = Paragraph | Table

/** Indent per block quote level, in twips: half an inch. */
export const quoteIndent = 720

/** Indent of code blocks, in twips: half a centimetre. */
export const codeIndent = 284

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const

/**
 * Convert blocks.
 *
 * @param nodes The blocks (children of a root, quote, list item or note).
 * @param scope Where they stand.
 * @param context The conversion.
 * @returns Paragraphs and tables.
 */
export function convertBlocks(
  nodes: readonly RootContent[],
  scope: Scope,
  context: Context,
): Block[] {
  const result: Block[] = []
  for (const node of nodes) {
    const language = node.data?.language
    const inner = language === undefined ? scope : { ...scope, language }
    result.push(...convertBlock(node, inner, context))
  }
  return result
}

function convertBlock(node: RootContent, scope: Scope, context: Context): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [
        new Paragraph({
          ...layout(scope),
          children: convertPhrasing(node.children, formatOf(scope), context),
        }),
      ]
    case 'heading':
      return [heading(node, scope, context)]
    case 'list':
      return list(node, scope, context)
    case 'blockquote':
      return convertBlocks(node.children, { ...scope, quoteDepth: scope.quoteDepth + 1 }, context)
    case 'code':
      return [code(node, scope, context)]
    case 'table':
      return scope.inFootnote
        ? flattenTable(node, scope, context)
        : [convertTable(node, scope, context)]
    case 'thematicBreak':
      // A rule drawn as the bottom border of an empty paragraph, as Word's
      // own "---" autoformat does.
      return [
        new Paragraph({
          ...layout(scope),
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, space: 1, color: 'auto' } },
        }),
      ]
    case 'html':
      warn(
        context.file,
        node,
        'html-dropped',
        `HTML block \`${shortened(node.value)}\` cannot be written to a Word document and is left out`,
      )
      return []
    case 'definition':
      // Used by link and image references; not content of its own.
      return []
    case 'footnoteDefinition':
      // Written as a Word footnote where it is referenced.
      return []
    case 'yaml':
      inform(
        context.file,
        node,
        'node-unsupported',
        'Front matter left in the tree is not written; document metadata belongs on root.data.metadata',
      )
      return []
    case 'listItem':
      // Only inside a list (handled there); a stray item is written as its blocks.
      return convertBlocks(node.children, scope, context)
    case 'break':
    case 'delete':
    case 'emphasis':
    case 'footnoteReference':
    case 'image':
    case 'imageReference':
    case 'inlineCode':
    case 'link':
    case 'linkReference':
    case 'strong':
    case 'text':
      // Phrasing where a block belongs: a paragraph of its own.
      return [
        new Paragraph({
          ...layout(scope),
          children: convertPhrasing([node], formatOf(scope), context),
        }),
      ]
    case 'tableRow':
    case 'tableCell':
      return [unsupported(node, scope, context)]
    default: {
      const unhandled: never = node
      return [unsupported(unhandled, scope, context)]
    }
  }
}

/**
 * The paragraph properties that come from where a paragraph stands. The
 * Block Text style indents one quote level itself; deeper quotes and list
 * items add to it. pandoc reads the style as one quote and each extra indent
 * as another, so the levels survive a round trip.
 */
function layout(scope: Scope): Pick<IParagraphOptions, 'style' | 'indent'> {
  const quoteStyle = !scope.inFootnote && scope.quoteDepth > 0
  const quoteLevels = quoteStyle ? scope.quoteDepth - 1 : scope.quoteDepth
  const left =
    (scope.listLevel === undefined ? 0 : listIndent(scope.listLevel)) + quoteLevels * quoteIndent
  const style = scope.inFootnote ? 'FootnoteText' : quoteStyle ? 'BlockText' : undefined
  const indent = quoteStyle ? quoteIndent + left : left
  return {
    ...(style ? { style } : {}),
    ...(left > 0 ? { indent: { left: indent } } : {}),
  }
}

function formatOf(scope: Scope): RunFormat {
  return { ...plainFormat, inFootnote: scope.inFootnote, language: scope.language }
}

function heading(node: Heading, scope: Scope, context: Context): Paragraph {
  const format = formatOf(scope)
  if (scope.inFootnote) {
    // A heading in a note would enter the document outline; it is shown as
    // a bold line of the note instead.
    return new Paragraph({
      ...layout(scope),
      children: convertPhrasing(node.children, { ...format, bold: true }, context),
    })
  }
  const { indent } = layout(scope)
  return new Paragraph({
    heading: headingLevels[node.depth - 1] ?? HeadingLevel.HEADING_6,
    ...(indent ? { indent } : {}),
    children: convertPhrasing(node.children, format, context),
  })
}

function code(node: Code, scope: Scope, context: Context): Paragraph {
  // Set in full on the paragraph: a direct indent replaces the style's.
  const left =
    (scope.listLevel === undefined ? 0 : listIndent(scope.listLevel)) +
    scope.quoteDepth * quoteIndent
  const language = scope.language === undefined ? {} : { language: { value: scope.language } }
  // One paragraph with line breaks, so the block stays together and pandoc
  // reads it back as one code block.
  return new Paragraph({
    style: 'SourceCode',
    ...(left > 0 ? { indent: { left: left + codeIndent } } : {}),
    children: safeText(node.value, node, context)
      .split(/\r?\n/)
      .map(
        (line, index) =>
          new TextRun({ text: line, ...language, ...(index > 0 ? { break: 1 } : {}) }),
      ),
  })
}

function list(node: List, scope: Scope, context: Context): Block[] {
  const wanted = scope.listLevel === undefined ? 0 : scope.listLevel + 1
  if (wanted > deepestListLevel) {
    warn(
      context.file,
      node,
      'list-too-deep',
      `List nested ${wanted + 1} deep; Word lists have ${deepestListLevel + 1} levels, so it is written at level ${deepestListLevel + 1}`,
    )
  }
  const level = Math.min(wanted, deepestListLevel)
  const { reference, instance } = context.lists.number(node)
  const numbering = { reference, level, instance }
  const result: Block[] = []
  for (const item of node.children) {
    const language = item.data?.language
    const itemScope: Scope = {
      ...scope,
      listLevel: level,
      ...(language === undefined ? {} : { language }),
    }
    const [first, ...rest] = item.children
    const format = formatOf(itemScope)
    // GFM task items: the box as a character, since a Word check box is a
    // form control that readers treat differently.
    const box =
      item.checked === true || item.checked === false
        ? [new TextRun({ text: item.checked ? '☒ ' : '☐ ' })]
        : []
    const style = scope.inFootnote ? { style: 'FootnoteText' } : {}
    if (first?.type === 'paragraph') {
      result.push(
        new Paragraph({
          ...style,
          numbering,
          children: [...box, ...convertPhrasing(first.children, format, context)],
        }),
      )
      result.push(...convertBlocks(rest, itemScope, context))
    } else {
      // An item that starts with another block still gets its number.
      result.push(new Paragraph({ ...style, numbering, children: box }))
      result.push(...convertBlocks(item.children, itemScope, context))
    }
  }
  return result
}

/** Node types this writer does not know: their text, with a warning. */
function unsupported(node: Node, scope: Scope, context: Context): Paragraph {
  warn(
    context.file,
    node,
    'node-unsupported',
    `Node type "${node.type}" cannot be written to a Word document here; its text is written as a paragraph`,
  )
  return new Paragraph({ ...layout(scope), children: [new TextRun({ text: mdToString(node) })] })
}

function shortened(value: string): string {
  const line = value.split('\n')[0] ?? ''
  return line.length > 60 ? `${line.slice(0, 57)}...` : line
}
