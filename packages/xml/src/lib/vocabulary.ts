/**
 * The kopij XML vocabulary, version 1: one element per mdast node type, named
 * after the type, with the node's fields as attributes of the same name.
 * `schema/kopij.rng` is the same vocabulary as a RelaxNG grammar; a test keeps
 * the two in step.
 *
 * Every node element may also have `xml:lang` (`data.language`), `data` (the
 * rest of `data`, as JSON), `null` (the fields that are `null`, which mdast
 * allows for `lang`, `title`, `checked` and more) and `position`.
 */
import type { Nodes } from 'mdast'

/** The namespace of every kopij XML element. */
export const kopijNamespace = 'https://kopij.nl/ns/tree/1'

/** The vocabulary version written on the root element. */
export const vocabularyVersion = '1'

/** How a field is written as an attribute. */
export type FieldKind = 'string' | 'boolean' | 'integer' | 'align'

/** How one node type is written. */
export interface NodeSpec {
  /**
   * `parent`: children as child elements; `literal`: `value` as the text
   * content; `void`: neither.
   */
  content: 'parent' | 'literal' | 'void'
  /** Fields written as attributes, by name. */
  fields: Readonly<Record<string, FieldKind>>
}

const none = {}

/**
 * Every mdast and GFM node type. Keyed by the `Nodes` union, so a node type
 * added to mdast is a compile error here until it has a form.
 */
export const vocabulary: { readonly [Type in Nodes['type']]: NodeSpec } = {
  root: { content: 'parent', fields: none },
  blockquote: { content: 'parent', fields: none },
  break: { content: 'void', fields: none },
  code: { content: 'literal', fields: { lang: 'string', meta: 'string' } },
  definition: {
    content: 'void',
    fields: { identifier: 'string', label: 'string', url: 'string', title: 'string' },
  },
  delete: { content: 'parent', fields: none },
  emphasis: { content: 'parent', fields: none },
  footnoteDefinition: { content: 'parent', fields: { identifier: 'string', label: 'string' } },
  footnoteReference: { content: 'void', fields: { identifier: 'string', label: 'string' } },
  heading: { content: 'parent', fields: { depth: 'integer' } },
  html: { content: 'literal', fields: none },
  image: { content: 'void', fields: { url: 'string', title: 'string', alt: 'string' } },
  imageReference: {
    content: 'void',
    fields: { identifier: 'string', label: 'string', referenceType: 'string', alt: 'string' },
  },
  inlineCode: { content: 'literal', fields: none },
  link: { content: 'parent', fields: { url: 'string', title: 'string' } },
  linkReference: {
    content: 'parent',
    fields: { identifier: 'string', label: 'string', referenceType: 'string' },
  },
  list: { content: 'parent', fields: { ordered: 'boolean', start: 'integer', spread: 'boolean' } },
  listItem: { content: 'parent', fields: { checked: 'boolean', spread: 'boolean' } },
  paragraph: { content: 'parent', fields: none },
  strong: { content: 'parent', fields: none },
  table: { content: 'parent', fields: { align: 'align' } },
  tableCell: { content: 'parent', fields: none },
  tableRow: { content: 'parent', fields: none },
  text: { content: 'literal', fields: none },
  thematicBreak: { content: 'void', fields: none },
  yaml: { content: 'literal', fields: none },
}

/**
 * Whether a name is a node type of the vocabulary.
 *
 * @param name An element name.
 * @returns Whether it names a node type.
 */
export function isNodeType(name: string): name is Nodes['type'] {
  return Object.hasOwn(vocabulary, name)
}

/** mdast `BlockContent` and `DefinitionContent`. */
const flow: ReadonlySet<string> = new Set([
  'blockquote',
  'code',
  'heading',
  'html',
  'list',
  'paragraph',
  'table',
  'thematicBreak',
  'definition',
  'footnoteDefinition',
])

/** mdast `PhrasingContent`. */
const phrasing: ReadonlySet<string> = new Set([
  'break',
  'delete',
  'emphasis',
  'footnoteReference',
  'html',
  'image',
  'imageReference',
  'inlineCode',
  'link',
  'linkReference',
  'strong',
  'text',
])

/**
 * Which node types each parent may hold, as mdast's content types say and
 * `schema/kopij.rng` checks; a root holds any node but a root.
 */
export const allowedChildren: { readonly [Type in Nodes['type']]?: ReadonlySet<string> } = {
  root: new Set(Object.keys(vocabulary).filter((type) => type !== 'root')),
  blockquote: flow,
  footnoteDefinition: flow,
  listItem: flow,
  list: new Set(['listItem']),
  table: new Set(['tableRow']),
  tableRow: new Set(['tableCell']),
  tableCell: phrasing,
  heading: phrasing,
  paragraph: phrasing,
  emphasis: phrasing,
  strong: phrasing,
  delete: phrasing,
  link: phrasing,
  linkReference: phrasing,
}
