/**
 * The tree as DocBook 5.0: an `article` with `info`, nested `section`s from
 * the heading levels, and DocBook's elements for each node. Valid against
 * the DocBook 5.0 RelaxNG schema (the CI checks it with xmllint). DocBook
 * cannot say everything the tree says; where it cannot, the choice is listed
 * in the README, and what is left out is reported.
 */
import { toPlainText } from '@kopij/ast'
import type {
  Definition,
  FootnoteDefinition,
  Heading,
  Image,
  Nodes,
  Paragraph,
  Root,
  RootContent,
  Table,
} from 'mdast'
import type { VFile } from 'vfile'
import { type Place, warn } from './report.js'
import { type Attributes, XmlOutput } from './xml-output.js'

const docbookNamespace = 'http://docbook.org/ns/docbook'
const xlinkNamespace = 'http://www.w3.org/1999/xlink'

/** The title when neither the metadata nor a heading gives one (DocBook requires a title). */
const untitled = 'Untitled'

interface State {
  output: XmlOutput
  file: VFile | undefined
  definitions: Map<string, Definition>
  footnotes: Map<string, FootnoteDefinition>
  /** The `xml:id` given to each footnote once it has been written. */
  footnoteIds: Map<string, string>
}

/**
 * Write a tree as DocBook 5.0.
 *
 * @param tree The tree.
 * @param file Where messages go; without one, the first throws.
 * @returns The DocBook document.
 */
export function toDocbook(tree: Root, file: VFile | undefined): string {
  const output = new XmlOutput(file)
  const state: State = {
    output,
    file,
    definitions: new Map(),
    footnotes: new Map(),
    footnoteIds: new Map(),
  }
  collectDefinitions(tree, state)
  const metadata = tree.data?.metadata ?? {}

  output.declaration()
  output.startBlock(
    'article',
    [
      ['xmlns', docbookNamespace],
      ['xmlns:xlink', xlinkNamespace],
      ['version', '5.0'],
      ['xml:lang', metadata.language],
    ],
    tree.position,
  )
  writeInfo(tree, state)

  // Sections from heading levels: a heading closes every open section at its
  // depth or deeper, then opens its own. Blocks always go to the innermost
  // open section, so they never follow a subsection (DocBook's order).
  const open: Array<{ depth: number; filled: boolean }> = []
  let articleFilled = false
  for (const child of tree.children) {
    if (child.type === 'heading') {
      closeSections(open, child.depth, output)
      const parent = open.at(-1)
      if (parent) parent.filled = true
      else articleFilled = true
      output.startBlock('section', languageOf(child), child.position)
      output.startBlock('title', [], child.position)
      writeChildren(child, state)
      output.endInline('title')
      open.push({ depth: child.depth, filled: false })
      continue
    }
    const written = writeBlock(child, state)
    const parent = open.at(-1)
    if (parent) parent.filled ||= written
    else articleFilled ||= written
  }
  closeSections(open, 0, output)
  if (!articleFilled) output.emptyBlock('para', [], tree.position)
  output.endBlock('article')

  for (const [identifier, definition] of state.footnotes) {
    if (!state.footnoteIds.has(identifier)) {
      warn(
        file,
        `Footnote "${definition.label ?? identifier}" is never referenced: DocBook places footnotes where they are referenced, so it is left out`,
        definition.position,
        'docbook-footnote-unreferenced',
      )
    }
  }
  return output.toString()
}

function closeSections(
  open: Array<{ depth: number; filled: boolean }>,
  depth: number,
  output: XmlOutput,
): void {
  for (let top = open.at(-1); top && top.depth >= depth; top = open.at(-1)) {
    // DocBook wants something in a section; a heading with nothing under it
    // gets an empty paragraph.
    if (!top.filled) output.emptyBlock('para', [], undefined)
    output.endBlock('section')
    open.pop()
  }
}

function collectDefinitions(node: Nodes, state: State): void {
  if (node.type === 'definition' && !state.definitions.has(node.identifier)) {
    state.definitions.set(node.identifier, node)
  } else if (node.type === 'footnoteDefinition' && !state.footnotes.has(node.identifier)) {
    state.footnotes.set(node.identifier, node)
  }
  if ('children' in node) for (const child of node.children) collectDefinitions(child, state)
}

function writeInfo(tree: Root, state: State): void {
  const { output } = state
  const metadata = tree.data?.metadata ?? {}
  const place = tree.position
  const firstHeading = tree.children.find((child): child is Heading => child.type === 'heading')
  const title = metadata.title ?? (firstHeading ? toPlainText(firstHeading) : untitled)

  output.startBlock('info', [], place)
  output.leafBlock('title', [], title, place)
  if (metadata.subtitle !== undefined) output.leafBlock('subtitle', [], metadata.subtitle, place)
  for (const author of metadata.authors ?? []) {
    output.startBlock('author', [], place)
    output.leafBlock('personname', [], author, place)
    output.endBlock('author')
  }
  if (metadata.date !== undefined) output.leafBlock('date', [], metadata.date, place)
  if (metadata.subject !== undefined) {
    output.startBlock('abstract', [], place)
    output.leafBlock('para', [], metadata.subject, place)
    output.endBlock('abstract')
  }
  if (metadata.keywords && metadata.keywords.length > 0) {
    output.startBlock('keywordset', [], place)
    for (const keyword of metadata.keywords) output.leafBlock('keyword', [], keyword, place)
    output.endBlock('keywordset')
  }
  const paper = metadata.parliamentaryPaper
  if (paper) {
    // The citation as the papers print it in their running footer.
    output.leafBlock(
      'biblioid',
      [
        ['class', 'other'],
        ['otherclass', 'kamerstuk'],
      ],
      `${paper.chamber}, vergaderjaar ${paper.parliamentaryYear}, ${paper.dossier}, nr. ${paper.number}`,
      place,
    )
  }
  for (const identifier of metadata.identifiers ?? []) {
    output.leafBlock('biblioid', biblioClass(identifier.scheme), identifier.value, place)
  }
  output.endBlock('info')
}

/** DocBook 5.0's `biblioid` classes; other schemes go in `otherclass`. */
const biblioClasses = new Set([
  'doi',
  'isbn',
  'isrn',
  'issn',
  'libraryofcongress',
  'pubsnumber',
  'uri',
])

function biblioClass(scheme: string): Attributes {
  const lower = scheme.toLowerCase()
  if (biblioClasses.has(lower)) return [['class', lower]]
  // `otherclass` is an NMTOKEN: other characters become underscores.
  const token = scheme.replace(/[^A-Za-z0-9._:-]/g, '_')
  if (!/[^_]/.test(token)) return []
  return [
    ['class', 'other'],
    ['otherclass', token],
  ]
}

/**
 * A URL as DocBook's `xsd:anyURI` attributes take it: characters a URI cannot
 * hold are percent-encoded as UTF-8 (the IRI-to-URI mapping of RFC 3987
 * §3.1), and a `%` that starts no escape becomes `%25`. Brackets are encoded
 * too: libxml2 allows them only around an IPv6 host.
 */
function toUri(url: string, state: State, place: Place): string {
  const clean = state.output.clean(url, place)
  return clean.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+/gu, (run) =>
    run === '%' ? '%25' : encodeURIComponent(run),
  )
}

function languageOf(node: Nodes): Attributes {
  return [['xml:lang', node.data?.language]]
}

/**
 * Write a node that stands as a block.
 *
 * @returns Whether anything was written.
 */
function writeBlock(node: RootContent, state: State): boolean {
  const { output } = state
  const place = node.position
  switch (node.type) {
    case 'paragraph': {
      const image = loneImage(node)
      if (image)
        writeMediaObject(image.url, image.alt ?? '', image.title, 'mediaobject', state, place)
      else {
        output.startBlock('para', languageOf(node), place)
        writeChildren(node, state)
        output.endInline('para')
      }
      return true
    }
    case 'heading':
      // Headings outside the outline (in a quote, a list, a footnote).
      output.startBlock('bridgehead', [...languageOf(node), ...renderAs(node.depth)], place)
      writeChildren(node, state)
      output.endInline('bridgehead')
      return true
    case 'blockquote':
      output.startBlock('blockquote', languageOf(node), place)
      writeBlocks(node.children, state)
      output.endBlock('blockquote')
      return true
    case 'list': {
      // DocBook lists hold at least one item; an empty list says nothing.
      if (node.children.length === 0) return false
      const name = node.ordered ? 'orderedlist' : 'itemizedlist'
      const start = node.ordered && typeof node.start === 'number' && node.start !== 1
      output.startBlock(
        name,
        [
          ...languageOf(node),
          ['startingnumber', start ? String(node.start) : undefined],
          ['spacing', node.spread === false ? 'compact' : undefined],
        ],
        place,
      )
      for (const item of node.children) writeBlock(item, state)
      output.endBlock(name)
      return true
    }
    case 'listItem': {
      const role =
        typeof node.checked === 'boolean' ? (node.checked ? 'checked' : 'unchecked') : undefined
      output.startBlock('listitem', [...languageOf(node), ['role', role]], place)
      writeBlocks(node.children, state)
      output.endBlock('listitem')
      return true
    }
    case 'table':
      return writeTable(node, state)
    case 'code':
      output.leafBlock(
        'programlisting',
        [...languageOf(node), ['language', node.lang ?? undefined]],
        node.value,
        place,
      )
      return true
    case 'html':
      // Raw HTML has no DocBook meaning; it is shown as the code it is.
      output.leafBlock('programlisting', [['language', 'html']], node.value, place)
      return true
    case 'thematicBreak':
      // DocBook has no thematic break; an empty paragraph with a role keeps
      // the break for stylesheets to draw.
      output.emptyBlock('para', [['role', 'thematic-break']], place)
      return true
    case 'definition':
    case 'footnoteDefinition':
      // Written where they are used: link targets and footnotes.
      return false
    case 'yaml':
      warn(
        state.file,
        'Found a YAML node in the flow: DocBook has no place for it, so it is left out (document metadata goes to <info>)',
        place,
        'docbook-node-omitted',
      )
      return false
    default: {
      // Phrasing content standing as a block (not from a Markdown parser):
      // wrap it in a paragraph, as Markdown would.
      output.startBlock('para', [], place)
      writeInline(node, state)
      output.endInline('para')
      return true
    }
  }
}

function writeBlocks(children: readonly RootContent[], state: State): void {
  let written = false
  for (const child of children) written = writeBlock(child, state) || written
  // A list item, quote or footnote must hold a block in DocBook.
  if (!written) state.output.emptyBlock('para', [], undefined)
}

function renderAs(depth: number): Attributes {
  // DocBook names five section levels; a sixth renders as "other".
  if (depth <= 5) return [['renderas', `sect${depth}`]]
  return [
    ['renderas', 'other'],
    ['otherrenderas', `sect${depth}`],
  ]
}

/** The image of a paragraph holding only an image (and whitespace). */
function loneImage(paragraph: Paragraph): Image | undefined {
  const content = paragraph.children.filter(
    (child) => !(child.type === 'text' && child.value.trim() === ''),
  )
  const [only] = content
  return content.length === 1 && only?.type === 'image' ? only : undefined
}

function writeMediaObject(
  url: string,
  alt: string,
  title: string | null | undefined,
  name: 'mediaobject' | 'inlinemediaobject',
  state: State,
  place: Place,
): void {
  const { output } = state
  const block = name === 'mediaobject'
  if (block) output.startBlock(name, [], place)
  else output.startInline(name, [], place)
  output.startBlock('imageobject', [], place)
  output.emptyBlock('imagedata', [['fileref', toUri(url, state, place)]], place)
  output.endBlock('imageobject')
  // The alternative text, for readers who cannot see the image. An empty
  // alternative marks a decorative image, so it gets no text object.
  if (alt !== '') {
    output.startBlock('textobject', [], place)
    output.leafBlock('phrase', [], alt, place)
    output.endBlock('textobject')
  }
  // DocBook 5.0 forbids a title on media objects; the image's title (a
  // tooltip in Markdown) goes in a second text object, marked by its role.
  if (title) {
    output.startBlock('textobject', [['role', 'title']], place)
    output.leafBlock('phrase', [], title, place)
    output.endBlock('textobject')
  }
  if (block) output.endBlock(name)
  else output.endInline(name)
}

function writeTable(table: Table, state: State): boolean {
  const { output } = state
  const place = table.position
  if (table.children.length === 0) {
    warn(state.file, 'Found a table without rows: it is left out', place, 'docbook-node-omitted')
    return false
  }
  const columns = Math.max(1, ...table.children.map((row) => row.children.length))
  output.startBlock('informaltable', languageOf(table), place)
  output.startBlock('tgroup', [['cols', String(columns)]], place)
  for (let column = 0; column < columns; column++) {
    output.emptyBlock(
      'colspec',
      [
        ['colname', `c${column + 1}`],
        ['align', table.align?.[column] ?? undefined],
      ],
      place,
    )
  }
  // GFM's first row is the header; a table of one row has only a body,
  // which DocBook requires.
  const [head, ...body] = table.children
  const bodyRows = body.length > 0 ? body : table.children
  if (head && body.length > 0) {
    output.startBlock('thead', [], place)
    writeRow(head, state)
    output.endBlock('thead')
  }
  output.startBlock('tbody', [], place)
  for (const row of bodyRows) writeRow(row, state)
  output.endBlock('tbody')
  output.endBlock('tgroup')
  output.endBlock('informaltable')
  return true
}

function writeRow(row: Table['children'][number], state: State): void {
  const { output } = state
  output.startBlock('row', languageOf(row), row.position)
  for (const cell of row.children) {
    output.startBlock('entry', languageOf(cell), cell.position)
    writeChildren(cell, state)
    output.endInline('entry')
  }
  // A CALS row holds at least one entry.
  if (row.children.length === 0) output.emptyBlock('entry', [], row.position)
  output.endBlock('row')
}

function writeChildren(node: Extract<Nodes, { children: unknown }>, state: State): void {
  for (const child of node.children) writeInline(child, state)
}

/** Write a node that stands in running text. */
function writeInline(node: Nodes, state: State): void {
  const { output } = state
  const place = node.position
  switch (node.type) {
    case 'text':
      if (node.data?.language) {
        output.startInline('phrase', languageOf(node), place)
        output.text(node.value, place)
        output.endInline('phrase')
      } else output.text(node.value, place)
      return
    case 'emphasis':
      wrapInline('emphasis', languageOf(node), node, state)
      return
    case 'strong':
      wrapInline('emphasis', [...languageOf(node), ['role', 'strong']], node, state)
      return
    case 'delete':
      wrapInline('emphasis', [...languageOf(node), ['role', 'strikethrough']], node, state)
      return
    case 'inlineCode':
      output.startInline('code', languageOf(node), place)
      output.text(node.value, place)
      output.endInline('code')
      return
    case 'break':
      // DocBook has no line break element; DocBook XSL honours this
      // processing instruction.
      output.markup('<?linebreak?>')
      return
    case 'link':
      wrapInline(
        'link',
        [
          ...languageOf(node),
          ['xlink:href', toUri(node.url, state, place)],
          ['xlink:title', node.title ?? undefined],
        ],
        node,
        state,
      )
      return
    case 'linkReference': {
      const definition = state.definitions.get(node.identifier)
      if (definition) {
        wrapInline(
          'link',
          [
            ['xlink:href', toUri(definition.url, state, place)],
            ['xlink:title', definition.title ?? undefined],
          ],
          node,
          state,
        )
      } else {
        warn(
          state.file,
          `Link reference "${node.label ?? node.identifier}" has no definition: its text is written without a link`,
          place,
          'docbook-reference-unresolved',
        )
        writeChildren(node, state)
      }
      return
    }
    case 'image':
      writeMediaObject(node.url, node.alt ?? '', node.title, 'inlinemediaobject', state, place)
      return
    case 'imageReference': {
      const definition = state.definitions.get(node.identifier)
      if (definition) {
        writeMediaObject(
          definition.url,
          node.alt ?? '',
          definition.title,
          'inlinemediaobject',
          state,
          place,
        )
      } else {
        warn(
          state.file,
          `Image reference "${node.label ?? node.identifier}" has no definition: its alternative text is written instead`,
          place,
          'docbook-reference-unresolved',
        )
        output.text(node.alt ?? '', place)
      }
      return
    }
    case 'footnoteReference':
      writeFootnote(node.identifier, node.label ?? node.identifier, place, state)
      return
    case 'html':
      output.startInline('code', [['role', 'html']], place)
      output.text(node.value, place)
      output.endInline('code')
      return
    case 'root':
    case 'blockquote':
    case 'code':
    case 'definition':
    case 'footnoteDefinition':
    case 'heading':
    case 'list':
    case 'listItem':
    case 'paragraph':
    case 'table':
    case 'tableCell':
    case 'tableRow':
    case 'thematicBreak':
    case 'yaml':
      // Flow content inside running text does not occur in mdast from a
      // parser; its text is kept.
      warn(
        state.file,
        `Found a ${node.type} inside running text, where DocBook cannot hold it: only its text is written`,
        place,
        'docbook-node-omitted',
      )
      output.text(toPlainText(node), place)
      return
    default:
      node satisfies never
  }
}

function wrapInline(
  name: string,
  attributes: Attributes,
  node: Extract<Nodes, { children: unknown }>,
  state: State,
): void {
  state.output.startInline(name, attributes, node.position)
  writeChildren(node, state)
  state.output.endInline(name)
}

function writeFootnote(identifier: string, label: string, place: Place, state: State): void {
  const { output } = state
  const written = state.footnoteIds.get(identifier)
  if (written) {
    output.emptyInline('footnoteref', [['linkend', written]], place)
    return
  }
  const definition = state.footnotes.get(identifier)
  if (!definition) {
    warn(
      state.file,
      `Footnote reference "${label}" has no definition: the label is written in brackets instead`,
      place,
      'docbook-footnote-unresolved',
    )
    output.text(`[${label}]`, place)
    return
  }
  // Numbered ids: a footnote label may hold characters an xml:id cannot.
  const id = `fn${state.footnoteIds.size + 1}`
  state.footnoteIds.set(identifier, id)
  output.startInline('footnote', [['xml:id', id]], place)
  writeBlocks(definition.children, state)
  output.endInline('footnote')
}
