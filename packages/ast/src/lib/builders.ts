/**
 * Typed builders for the nodes kopij trees are made of.
 *
 * Each returns a plain mdast node. Where a node holds phrasing content, a
 * string stands for a `text` node, so `paragraph(['Zie ', emphasis('bijlage'), '.'])`
 * reads like the sentence it builds.
 */
import type {
  AlignType,
  BlockContent,
  Blockquote,
  Break,
  Code,
  DefinitionContent,
  Delete,
  Emphasis,
  FootnoteDefinition,
  FootnoteReference,
  Heading,
  Image,
  InlineCode,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
  Text,
  ThematicBreak,
} from 'mdast'
import { normalizeIdentifier as normalizeLabel } from 'micromark-util-normalize-identifier'
import type { DocumentMetadata } from './metadata.js'

/** Phrasing content, or a string that stands for a text node. */
export type PhrasingInput = PhrasingContent | string

/** One or more pieces of phrasing input. */
export type PhrasingChildren = PhrasingInput | PhrasingInput[]

/**
 * The identifier mdast stores for a label: matched the CommonMark way, then
 * lowercased, exactly as mdast-util-from-markdown does.
 */
function normalizeIdentifier(label: string): string {
  return normalizeLabel(label).toLowerCase()
}

function phrasing(children: PhrasingChildren): PhrasingContent[] {
  const list = Array.isArray(children) ? children : [children]
  return list.map((child) => (typeof child === 'string' ? text(child) : child))
}

/**
 * Build a root.
 *
 * @param children Top-level content.
 * @param metadata Document metadata (optional), stored on `data.metadata`.
 * @returns The root node.
 */
export function root(children: RootContent[] = [], metadata?: DocumentMetadata): Root {
  const node: Root = { type: 'root', children }
  if (metadata) node.data = { metadata }
  return node
}

/**
 * Build a text node.
 *
 * @param value The text.
 * @returns The text node.
 */
export function text(value: string): Text {
  return { type: 'text', value }
}

/**
 * Build a heading.
 *
 * @param depth Level, 1 (most important) to 6.
 * @param children Its content.
 * @returns The heading node.
 */
export function heading(depth: Heading['depth'], children: PhrasingChildren): Heading {
  return { type: 'heading', depth, children: phrasing(children) }
}

/**
 * Build a paragraph.
 *
 * @param children Its content.
 * @returns The paragraph node.
 */
export function paragraph(children: PhrasingChildren): Paragraph {
  return { type: 'paragraph', children: phrasing(children) }
}

/**
 * Build an emphasis (rendered italic).
 *
 * @param children Its content.
 * @returns The emphasis node.
 */
export function emphasis(children: PhrasingChildren): Emphasis {
  return { type: 'emphasis', children: phrasing(children) }
}

/**
 * Build a strong node (rendered bold).
 *
 * @param children Its content.
 * @returns The strong node.
 */
export function strong(children: PhrasingChildren): Strong {
  return { type: 'strong', children: phrasing(children) }
}

/**
 * Build a deleted (struck-through) span, GFM.
 *
 * @param children Its content.
 * @returns The delete node.
 */
export function strikethrough(children: PhrasingChildren): Delete {
  return { type: 'delete', children: phrasing(children) }
}

/**
 * Build inline code.
 *
 * @param value The code.
 * @returns The inline code node.
 */
export function inlineCode(value: string): InlineCode {
  return { type: 'inlineCode', value }
}

/**
 * Build a hard line break inside a paragraph.
 *
 * @returns The break node.
 */
export function lineBreak(): Break {
  return { type: 'break' }
}

/**
 * Build a link.
 *
 * @param url Where it points.
 * @param children Its text.
 * @param title Advisory title (optional).
 * @returns The link node.
 */
export function link(url: string, children: PhrasingChildren, title?: string): Link {
  const node: Link = { type: 'link', url, children: phrasing(children) }
  if (title !== undefined) node.title = title
  return node
}

/**
 * Build an image.
 *
 * @param url Where the image is: a path, URL or data URI.
 * @param alt Its text alternative; an empty string marks it decorative.
 * @param title Advisory title (optional).
 * @returns The image node.
 */
export function image(url: string, alt: string, title?: string): Image {
  const node: Image = { type: 'image', url, alt }
  if (title !== undefined) node.title = title
  return node
}

/**
 * Build a block quote.
 *
 * @param children Its blocks.
 * @returns The blockquote node.
 */
export function blockquote(children: Array<BlockContent | DefinitionContent>): Blockquote {
  return { type: 'blockquote', children }
}

/**
 * Build a code block.
 *
 * @param value The code.
 * @param lang Its language (optional): "js", "xml".
 * @returns The code node.
 */
export function code(value: string, lang?: string): Code {
  const node: Code = { type: 'code', value }
  if (lang !== undefined) node.lang = lang
  return node
}

/**
 * Build a thematic break (a section divider).
 *
 * @returns The thematic break node.
 */
export function thematicBreak(): ThematicBreak {
  return { type: 'thematicBreak' }
}

/** Options for `list`. */
export interface ListOptions {
  /** Whether the list is numbered (default: `false`). */
  ordered?: boolean
  /** Number of the first item of an ordered list (default: 1). */
  start?: number
  /** Whether blank lines separate the items (default: `false`). */
  spread?: boolean
}

/**
 * Build a list. Plain strings or phrasing arrays become items holding one
 * paragraph.
 *
 * @param items The items.
 * @param options Whether it is ordered, its start, its spread.
 * @returns The list node.
 */
export function list(items: Array<ListItem | PhrasingChildren>, options: ListOptions = {}): List {
  const ordered = options.ordered ?? false
  const node: List = {
    type: 'list',
    ordered,
    spread: options.spread ?? false,
    children: items.map((item) =>
      typeof item === 'object' && !Array.isArray(item) && item.type === 'listItem'
        ? item
        : listItem([paragraph(item)]),
    ),
  }
  if (ordered) node.start = options.start ?? 1
  return node
}

/**
 * Build a list item.
 *
 * @param children Its blocks.
 * @param checked Task state for a GFM task list item (optional).
 * @returns The list item node.
 */
export function listItem(
  children: Array<BlockContent | DefinitionContent>,
  checked?: boolean,
): ListItem {
  const node: ListItem = { type: 'listItem', spread: false, children }
  if (checked !== undefined) node.checked = checked
  return node
}

/**
 * Build a table (GFM). The first row is the header row.
 *
 * @param rows Rows, each a row node or a list of cell contents.
 * @param align Alignment per column (optional).
 * @returns The table node.
 */
export function table(rows: Array<TableRow | PhrasingChildren[]>, align?: AlignType[]): Table {
  const node: Table = {
    type: 'table',
    children: rows.map((row) => (Array.isArray(row) ? tableRow(row.map(tableCell)) : row)),
  }
  if (align) node.align = align
  return node
}

/**
 * Build a table row.
 *
 * @param cells Its cells.
 * @returns The table row node.
 */
export function tableRow(cells: TableCell[]): TableRow {
  return { type: 'tableRow', children: cells }
}

/**
 * Build a table cell.
 *
 * @param children Its content.
 * @returns The table cell node.
 */
export function tableCell(children: PhrasingChildren): TableCell {
  return { type: 'tableCell', children: phrasing(children) }
}

/**
 * Build a footnote reference (GFM).
 *
 * @param identifier The identifier of the footnote definition it refers to.
 * @param label The label as written (default: the identifier).
 * @returns The footnote reference node.
 */
export function footnoteReference(identifier: string, label = identifier): FootnoteReference {
  return { type: 'footnoteReference', identifier: normalizeIdentifier(identifier), label }
}

/**
 * Build a footnote definition (GFM).
 *
 * @param identifier Its identifier.
 * @param children The footnote's blocks.
 * @param label The label as written (default: the identifier).
 * @returns The footnote definition node.
 */
export function footnoteDefinition(
  identifier: string,
  children: Array<BlockContent | DefinitionContent>,
  label = identifier,
): FootnoteDefinition {
  return {
    type: 'footnoteDefinition',
    identifier: normalizeIdentifier(identifier),
    label,
    children,
  }
}
