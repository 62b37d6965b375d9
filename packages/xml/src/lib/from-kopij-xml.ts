/**
 * Elements of the kopij vocabulary back into a tree: the inverse of
 * `toKopijXml`. Names, attributes, their values and which node holds which
 * (mdast's content types, as `schema/kopij.rng` states them) are checked
 * here, each problem a fatal message at the element.
 */
import type {
  DocumentIdentifier,
  DocumentMetadata,
  FurnitureKind,
  JsonValue,
  RemovedFurniture,
} from '@kopij/ast'
import type { Nodes, Root } from 'mdast'
import type { VFile } from 'vfile'
import { parsePosition } from './position-attribute.js'
import type { XmlElement } from './read-xml.js'
import { fail } from './report.js'
import {
  allowedChildren,
  type FieldKind,
  isNodeType,
  kopijNamespace,
  vocabulary,
  vocabularyVersion,
} from './vocabulary.js'

/**
 * Build the tree from the root element of a kopij XML document.
 *
 * @param element The root element.
 * @param file The file, for messages.
 * @returns The tree.
 * @throws {VFileMessage} `xml-vocabulary-invalid` for anything that is not
 *   kopij XML version 1.
 */
export function fromKopijElement(element: XmlElement, file: VFile): Root {
  const namespace = element.attributes.get('xmlns')
  if (element.name !== 'root' || namespace !== kopijNamespace) {
    invalid(
      file,
      `The root element is <${element.name}>${namespace ? ` in namespace ${namespace}` : ' in no namespace'}: kopij XML starts with <root xmlns="${kopijNamespace}">; only the kopij vocabulary can be read`,
      element,
    )
  }
  const version = element.attributes.get('version')
  if (version !== vocabularyVersion) {
    invalid(
      file,
      `The kopij XML version is ${version === undefined ? 'missing' : JSON.stringify(version)}: this reader knows version ${vocabularyVersion}`,
      element,
    )
  }
  const tree = readNode(element, file, true)
  if (tree.type !== 'root') return invalid(file, 'The root element is not a root node', element)
  return tree
}

function readNode(element: XmlElement, file: VFile, isRoot: boolean): Nodes {
  const type = element.name
  if (!isNodeType(type) || (type === 'root') !== isRoot) {
    invalid(file, `Found the element <${type}>, which is not a node of kopij XML here`, element)
  }
  const spec = vocabulary[type]
  const node: Record<string, unknown> = { type }
  let data: Record<string, unknown> | undefined

  for (const [name, value] of element.attributes) {
    const kind = spec.fields[name]
    if (kind !== undefined) node[name] = readField(kind, name, value, element, file)
    else if (name === 'xml:lang') data = { ...data, language: value }
    else if (name === 'data') data = { ...readData(value, element, file), ...data }
    else if (name === 'null') {
      for (const field of value.split(' ')) {
        if (spec.fields[field] === undefined) {
          invalid(file, `The null list names "${field}", which is not a field of ${type}`, element)
        }
        node[field] = null
      }
    } else if (name === 'position') {
      const position = parsePosition(value)
      if (!position)
        invalid(
          file,
          `The position "${value}" is not line:column[:offset]-line:column[:offset]`,
          element,
        )
      node.position = position
    } else if (!(isRoot && (name === 'xmlns' || name === 'version'))) {
      invalid(
        file,
        `Found the attribute ${name}="${value}", which <${type}> does not have`,
        element,
      )
    }
  }

  if (spec.content === 'literal') {
    node.value = textOf(element, file)
  } else {
    const children: Nodes[] = []
    for (const child of elementsOf(element, file)) {
      if (isRoot && child.name === 'metadata' && children.length === 0 && !data?.metadata) {
        data = { ...data, metadata: readMetadata(child, file) }
      } else {
        const allowed = allowedChildren[type]
        if (allowed && !allowed.has(child.name)) {
          invalid(
            file,
            `Found <${child.name}> in <${type}>, which holds only ${[...allowed].map((name) => `<${name}>`).join(', ')}`,
            child,
          )
        }
        children.push(readNode(child, file, false))
      }
    }
    if (spec.content === 'parent') node.children = children
    else if (children.length > 0) invalid(file, `<${type}> cannot have children`, element)
  }
  if (data) node.data = data
  // The vocabulary table, checked above, gives each type exactly the fields
  // mdast defines for it, and each child was checked against the types its
  // parent may hold, so this record is that node.
  return node as unknown as Nodes
}

function readField(
  kind: FieldKind,
  name: string,
  value: string,
  element: XmlElement,
  file: VFile,
): string | number | boolean | Array<string | null> {
  switch (kind) {
    case 'string':
      return value
    case 'boolean':
      if (value === 'true') return true
      if (value === 'false') return false
      return invalid(file, `The attribute ${name}="${value}" is not "true" or "false"`, element)
    case 'integer':
      if (/^-?\d+$/.test(value)) return Number(value)
      return invalid(file, `The attribute ${name}="${value}" is not a whole number`, element)
    case 'align': {
      if (value === '') return []
      const aligns = value.split(' ')
      if (!aligns.every((align) => ['left', 'right', 'center', 'none'].includes(align))) {
        invalid(
          file,
          `The attribute align="${value}" is not a list of left, right, center and none`,
          element,
        )
      }
      return aligns.map((align) => (align === 'none' ? null : align))
    }
  }
}

function readData(value: string, element: XmlElement, file: VFile): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    invalid(file, 'The data attribute is not JSON', element)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    invalid(file, 'The data attribute is not a JSON object', element)
  }
  return { ...parsed }
}

/** The child elements; text between them must be whitespace. */
function elementsOf(element: XmlElement, file: VFile): XmlElement[] {
  const result: XmlElement[] = []
  for (const child of element.children) {
    if (typeof child !== 'string') result.push(child)
    else if (child.trim() !== '') {
      invalid(
        file,
        `Found text ${JSON.stringify(child.slice(0, 40))} directly in <${element.name}>: in kopij XML text is in <text> elements`,
        element,
      )
    }
  }
  return result
}

/** The text content; child elements are an error. */
function textOf(element: XmlElement, file: VFile): string {
  let result = ''
  for (const child of element.children) {
    if (typeof child === 'string') result += child
    else invalid(file, `Found <${child.name}> in <${element.name}>, which holds only text`, child)
  }
  return result
}

function readMetadata(element: XmlElement, file: VFile): DocumentMetadata {
  noAttributes(element, file)
  const metadata: DocumentMetadata = {}
  for (const child of elementsOf(element, file)) {
    switch (child.name) {
      case 'title':
      case 'subtitle':
      case 'language':
      case 'date':
      case 'subject':
        noAttributes(child, file)
        metadata[child.name] = textOf(child, file)
        break
      case 'authors':
      case 'keywords': {
        noAttributes(child, file)
        const itemName = child.name === 'authors' ? 'author' : 'keyword'
        metadata[child.name] = elementsOf(child, file).map((item) => {
          if (item.name !== itemName)
            invalid(file, `<${child.name}> holds only <${itemName}>`, item)
          noAttributes(item, file)
          return textOf(item, file)
        })
        break
      }
      case 'parliamentaryPaper':
        metadata.parliamentaryPaper = {
          chamber: required(child, 'chamber', file),
          parliamentaryYear: required(child, 'parliamentaryYear', file),
          dossier: required(child, 'dossier', file),
          number: required(child, 'number', file),
        }
        onlyAttributes(child, ['chamber', 'parliamentaryYear', 'dossier', 'number'], file)
        break
      case 'identifiers':
        noAttributes(child, file)
        metadata.identifiers = elementsOf(child, file).map((item): DocumentIdentifier => {
          if (item.name !== 'identifier')
            invalid(file, '<identifiers> holds only <identifier>', item)
          onlyAttributes(item, ['scheme'], file)
          return { scheme: required(item, 'scheme', file), value: textOf(item, file) }
        })
        break
      case 'source': {
        onlyAttributes(child, ['path', 'format'], file)
        const path = child.attributes.get('path')
        const format = child.attributes.get('format')
        metadata.source = {
          ...(path === undefined ? {} : { path }),
          ...(format === undefined ? {} : { format }),
        }
        break
      }
      case 'furniture':
        noAttributes(child, file)
        metadata.furniture = elementsOf(child, file).map((item) => readFurniture(item, file))
        break
      case 'custom':
        noAttributes(child, file)
        metadata.custom = readEntries(child, file)
        break
      default:
        invalid(file, `Found <${child.name}> in <metadata>, which kopij XML does not define`, child)
    }
  }
  return metadata
}

const furnitureKinds: readonly FurnitureKind[] = [
  'runningHeader',
  'runningFooter',
  'pageNumber',
  'repeatedLine',
]

function readFurniture(item: XmlElement, file: VFile): RemovedFurniture {
  if (item.name !== 'removed') invalid(file, '<furniture> holds only <removed>', item)
  onlyAttributes(item, ['kind', 'page', 'position'], file)
  const kind = furnitureKinds.find((known) => known === item.attributes.get('kind'))
  if (!kind) invalid(file, `<removed> needs kind="${furnitureKinds.join('|')}"`, item)
  const result: RemovedFurniture = { kind, value: textOf(item, file) }
  const page = item.attributes.get('page')
  if (page !== undefined) {
    if (!/^\d+$/.test(page)) invalid(file, `The page "${page}" is not a whole number`, item)
    result.page = Number(page)
  }
  const position = item.attributes.get('position')
  if (position !== undefined) {
    const parsed = parsePosition(position)
    if (!parsed)
      invalid(
        file,
        `The position "${position}" is not line:column[:offset]-line:column[:offset]`,
        item,
      )
    result.position = parsed
  }
  return result
}

function readEntries(element: XmlElement, file: VFile): { [key: string]: JsonValue } {
  const result: { [key: string]: JsonValue } = {}
  for (const entry of elementsOf(element, file)) {
    if (entry.name !== 'entry') invalid(file, `<${element.name}> holds only <entry>`, entry)
    onlyAttributes(entry, ['key'], file)
    const [value, ...rest] = elementsOf(entry, file)
    if (!value || rest.length > 0) invalid(file, '<entry> holds exactly one value', entry)
    // Defined as an own property, so a key "__proto__" stays data.
    Object.defineProperty(result, required(entry, 'key', file), {
      value: readJson(value, file),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return result
}

function readJson(element: XmlElement, file: VFile): JsonValue {
  noAttributes(element, file)
  switch (element.name) {
    case 'null':
      return null
    case 'string':
      return textOf(element, file)
    case 'number': {
      const text = textOf(element, file)
      const value = Number(text)
      if (text.trim() === '' || !Number.isFinite(value))
        invalid(file, `"${text}" is not a number`, element)
      return value
    }
    case 'boolean': {
      const text = textOf(element, file)
      if (text !== 'true' && text !== 'false')
        invalid(file, `"${text}" is not true or false`, element)
      return text === 'true'
    }
    case 'array':
      return elementsOf(element, file).map((item) => readJson(item, file))
    case 'object':
      return readEntries(element, file)
    default:
      return invalid(file, `Found <${element.name}> where a JSON value belongs`, element)
  }
}

function required(element: XmlElement, name: string, file: VFile): string {
  const value = element.attributes.get(name)
  if (value === undefined) invalid(file, `<${element.name}> needs the attribute ${name}`, element)
  return value
}

function noAttributes(element: XmlElement, file: VFile): void {
  onlyAttributes(element, [], file)
}

function onlyAttributes(element: XmlElement, names: readonly string[], file: VFile): void {
  for (const name of element.attributes.keys()) {
    if (!names.includes(name)) {
      invalid(
        file,
        `Found the attribute ${name} on <${element.name}>, which does not have it`,
        element,
      )
    }
  }
}

function invalid(file: VFile, reason: string, element: XmlElement): never {
  return fail(file, reason, element.place, 'xml-vocabulary-invalid')
}
