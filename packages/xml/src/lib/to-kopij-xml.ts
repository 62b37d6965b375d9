/**
 * The tree in the kopij vocabulary: every node, every field, all metadata
 * and, optionally, positions. `fromXml` reads it back into the same tree.
 */
import type { DocumentMetadata, RemovedFurniture } from '@kopij/ast'
import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { stringifyJson, writeJsonEntries } from './json-elements.js'
import { stringifyPosition } from './position-attribute.js'
import { warn } from './report.js'
import { isNodeType, kopijNamespace, vocabulary, vocabularyVersion } from './vocabulary.js'
import { type Attributes, XmlOutput } from './xml-output.js'

/** What the kopij writer needs besides the tree. */
export interface KopijXmlSettings {
  /** Whether to write source positions. */
  positions: boolean
  /** Where to report; without it a problem throws. */
  file: VFile | undefined
}

/** Node properties that are not fields written as attributes. */
const structural = new Set(['type', 'children', 'value', 'position', 'data'])

/**
 * Write a tree as kopij XML.
 *
 * @param tree The tree.
 * @param settings Positions on or off, and the file for messages.
 * @returns The XML document.
 */
export function toKopijXml(tree: Root, settings: KopijXmlSettings): string {
  const output = new XmlOutput(settings.file)
  output.declaration()
  writeNode(tree, output, settings, true)
  return output.toString()
}

function writeNode(
  node: Nodes,
  output: XmlOutput,
  settings: KopijXmlSettings,
  isRoot: boolean,
): void {
  const type: string = node.type
  if (!isNodeType(type)) {
    warn(
      settings.file,
      `Found a node of type "${type}", which is not mdast or GFM: it is left out of the XML`,
      node.position,
      'xml-node-unknown',
    )
    return
  }
  const spec = vocabulary[type]
  const place = node.position
  // Attributes are built as text: this runs once per node of a large report.
  let attributes = isRoot ? ` xmlns="${kopijNamespace}" version="${vocabularyVersion}"` : ''
  let nulls = ''
  // `for…in` rather than `Object.entries`: no array per node.
  for (const name in node) {
    if (structural.has(name)) continue
    const value: unknown = Reflect.get(node, name)
    if (value === undefined) continue
    const kind = spec.fields[name]
    if (kind === undefined) {
      warn(
        settings.file,
        `Found the property "${name}" on a ${type} node, which mdast does not define: it is left out of the XML`,
        node.position,
        'xml-property-unknown',
      )
    } else if (value === null) nulls = nulls === '' ? name : `${nulls} ${name}`
    else attributes += output.attribute(name, fieldValue(value), place)
  }
  attributes += commonAttributes(node, nulls, settings, isRoot, output)

  if ('children' in node) {
    output.startBlock(type, attributes, place)
    if (node.type === 'root' && node.data?.metadata) {
      writeMetadata(node.data.metadata, output, settings, place)
    }
    for (const child of node.children) writeNode(child, output, settings, false)
    output.endBlock(type)
  } else if ('value' in node) {
    output.leafBlock(type, attributes, node.value, place)
  } else {
    output.emptyBlock(type, attributes, place)
  }
}

function fieldValue(value: unknown): string {
  // `align` is the only array field: one token per column, `none` for null.
  if (Array.isArray(value)) return value.map((align) => align ?? 'none').join(' ')
  return String(value)
}

function commonAttributes(
  node: Nodes,
  nulls: string,
  settings: KopijXmlSettings,
  isRoot: boolean,
  output: XmlOutput,
): string {
  const place = node.position
  let result = ''
  if (node.data) {
    const { language, ...rest } = node.data
    if (isRoot && 'metadata' in rest) delete rest.metadata
    result += output.attribute('xml:lang', language, place)
    if (Object.keys(rest).length > 0) result += output.attribute('data', stringifyJson(rest), place)
    // `data: {}` reads back as `data: {}` only if it is marked.
    else if (language === undefined && !(node.type === 'root' && node.data?.metadata))
      result += ' data="{}"'
  }
  if (nulls !== '') result += ` null="${nulls}"`
  if (settings.positions && place) result += ` position="${stringifyPosition(place)}"`
  return result
}

const metadataOrder = [
  'title',
  'subtitle',
  'language',
  'date',
  'authors',
  'subject',
  'keywords',
  'parliamentaryPaper',
  'identifiers',
  'source',
  'furniture',
  'custom',
] as const satisfies ReadonlyArray<keyof DocumentMetadata>

function writeMetadata(
  metadata: DocumentMetadata,
  output: XmlOutput,
  settings: KopijXmlSettings,
  place: Root['position'],
): void {
  const known = new Set<string>(metadataOrder)
  for (const name of Object.keys(metadata)) {
    if (!known.has(name) && Reflect.get(metadata, name) !== undefined) {
      warn(
        settings.file,
        `Found the metadata field "${name}", which kopij does not define: it is left out of the XML; put fields of your own under \`custom\``,
        place,
        'xml-property-unknown',
      )
    }
  }
  output.startBlock('metadata', [], place)
  const { title, subtitle, language, date, subject } = metadata
  const simple = { title, subtitle, language, date } as const
  for (const [name, value] of Object.entries(simple)) {
    if (value !== undefined) output.leafBlock(name, [], value, place)
  }
  if (metadata.authors) writeList('authors', 'author', metadata.authors, output, place)
  if (subject !== undefined) output.leafBlock('subject', [], subject, place)
  if (metadata.keywords) writeList('keywords', 'keyword', metadata.keywords, output, place)
  const paper = metadata.parliamentaryPaper
  if (paper) {
    output.emptyBlock(
      'parliamentaryPaper',
      [
        ['chamber', paper.chamber],
        ['parliamentaryYear', paper.parliamentaryYear],
        ['dossier', paper.dossier],
        ['number', paper.number],
      ],
      place,
    )
  }
  if (metadata.identifiers) {
    output.startBlock('identifiers', [], place)
    for (const identifier of metadata.identifiers) {
      output.leafBlock('identifier', [['scheme', identifier.scheme]], identifier.value, place)
    }
    output.endBlock('identifiers')
  }
  if (metadata.source) {
    const { path, format } = metadata.source
    output.emptyBlock(
      'source',
      [
        ['path', path],
        ['format', format],
      ],
      place,
    )
  }
  if (metadata.furniture) writeFurniture(metadata.furniture, output, place)
  if (metadata.custom) {
    output.startBlock('custom', [], place)
    writeJsonEntries(output, metadata.custom, place)
    output.endBlock('custom')
  }
  output.endBlock('metadata')
}

function writeList(
  name: string,
  itemName: string,
  items: readonly string[],
  output: XmlOutput,
  place: Root['position'],
): void {
  output.startBlock(name, [], place)
  for (const item of items) output.leafBlock(itemName, [], item, place)
  output.endBlock(name)
}

function writeFurniture(
  furniture: readonly RemovedFurniture[],
  output: XmlOutput,
  place: Root['position'],
): void {
  output.startBlock('furniture', [], place)
  for (const item of furniture) {
    // Furniture positions are part of the record of what was removed, so
    // they are kept even when node positions are not written.
    const attributes: Attributes = [
      ['kind', item.kind],
      ['page', item.page === undefined ? undefined : String(item.page)],
      ['position', item.position ? stringifyPosition(item.position) : undefined],
    ]
    output.leafBlock('removed', attributes, item.value, item.position ?? place)
  }
  output.endBlock('furniture')
}
