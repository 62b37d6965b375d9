/**
 * Reading XML that may be hostile, into a small element tree. fast-xml-parser
 * does the parsing; the checks around it close what it leaves open:
 * - a DOCTYPE is refused outright, so there are no entity declarations to
 *   expand ("billion laughs") and nothing external to fetch;
 * - nesting deeper than `maximumNesting` is refused before the tree is built;
 * - characters XML 1.0 forbids, unknown entities and bad character
 *   references are errors with line and column (fast-xml-parser keeps all
 *   three as they are, without a word);
 * - malformed XML is reported with line and column from `XMLValidator`.
 * Every problem is a fatal `VFileMessage`; nothing here throws anything else.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { fail } from './report.js'
import { describeCharacter, findForbiddenCharacter } from './xml-characters.js'

/** An element as read: its name, attributes, and children in order. */
export interface XmlElement {
  name: string
  /** Attribute values, decoded and normalized (XML 1.0 §3.3.3). */
  attributes: Map<string, string>
  /** Child elements and text (CDATA sections included), in order. */
  children: Array<XmlElement | string>
  /** Where its start tag begins. */
  place: Point | undefined
}

/**
 * How deep elements may nest. kopij trees nest a few levels per list or
 * quote; 1,000 is far beyond any report and far below what the recursive
 * readers after the parser can take on Node's default stack.
 */
const maximumNesting = 1000

/** The entities XML 1.0 predefines (§4.6); no others exist without a DTD. */
const predefined: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

// Typed as `Symbol` (the wrapper) by fast-xml-parser; it is a symbol.
const metaData = XMLParser.getMetaDataSymbol() as symbol

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are decoded below, where an unknown one is an error.
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  maxNestedTags: maximumNesting,
  // Callbacks get a matcher, not a path string built for every tag.
  jPath: false,
})

/**
 * Parse an XML document.
 *
 * @param file The file holding the XML as its value; messages land on it.
 * @returns The root element.
 * @throws {VFileMessage} `xml-character-forbidden`, `xml-doctype-refused`,
 *   `xml-malformed`, `xml-nesting-too-deep` or `xml-entity-unknown`.
 */
export function readXml(file: VFile): XmlElement {
  const xml = String(file.value ?? '')
  const place = location(xml)
  const pointAt = (offset: number): Point | undefined => place.toPoint(offset)

  const forbidden = findForbiddenCharacter(xml)
  if (forbidden !== -1) {
    fail(
      file,
      `Found the character ${describeCharacter(xml, forbidden)}, which XML 1.0 forbids: the document is not well-formed; remove the character`,
      pointAt(forbidden),
      'xml-character-forbidden',
    )
  }

  const doctype = findDoctype(xml)
  if (doctype !== -1) {
    fail(
      file,
      'Found a DOCTYPE declaration: kopij XML has no DTD, and DTDs are refused so that entity expansion ("billion laughs") and external entities cannot harm the reader; remove the DOCTYPE',
      pointAt(doctype),
      'xml-doctype-refused',
    )
  }

  // The parser runs first: it stops at the nesting limit after reading only
  // that far, where the validator would walk the whole document. It is
  // lenient (it builds a tree from `<a><b></a>`), so the validator then
  // checks well-formedness and gives line and column.
  let ordered: unknown
  try {
    ordered = parser.parse(xml)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (/nested/i.test(reason)) {
      fail(
        file,
        `The XML nests elements more than ${maximumNesting} deep: refused, as no document needs that and hostile input uses it to exhaust the reader`,
        undefined,
        'xml-nesting-too-deep',
      )
    }
    checkWellFormed(xml, file)
    fail(file, `The XML cannot be parsed: ${reason}`, undefined, 'xml-malformed')
  }
  checkWellFormed(xml, file)

  const elements = toElements(ordered, file, pointAt, undefined)
  const [root] = elements.filter((child) => typeof child !== 'string')
  if (root === undefined || typeof root === 'string') {
    fail(file, 'The XML has no root element', undefined, 'xml-malformed')
  }
  return root
}

/** Fail with line and column when the XML is not well-formed. */
function checkWellFormed(xml: string, file: VFile): void {
  const validation = XMLValidator.validate(xml, { allowBooleanAttributes: false })
  if (validation !== true) {
    const { msg, line, col } = validation.err
    fail(file, `The XML is not well-formed: ${msg}`, { line, column: col }, 'xml-malformed')
  }
}

/**
 * Where a DOCTYPE declaration starts, looking through the prolog only (the
 * declaration, comments, processing instructions and whitespace before the
 * root element), so the same letters in text do not count.
 */
function findDoctype(xml: string): number {
  let index = 0
  while (index < xml.length) {
    const character = xml[index]
    if (character === ' ' || character === '\t' || character === '\n' || character === '\r') {
      index++
    } else if (xml.startsWith('<?', index)) {
      const end = xml.indexOf('?>', index + 2)
      if (end === -1) return -1
      index = end + 2
    } else if (xml.startsWith('<!--', index)) {
      const end = xml.indexOf('-->', index + 4)
      if (end === -1) return -1
      index = end + 3
    } else if (xml.startsWith('<!', index) && /^<!doctype/i.test(xml.slice(index, index + 9))) {
      return index
    } else {
      return -1
    }
  }
  return -1
}

type PointAt = (offset: number) => Point | undefined

/**
 * Turn fast-xml-parser's ordered output into elements, decoding text.
 * Problems in text are placed at the start of the element holding it.
 */
function toElements(
  value: unknown,
  file: VFile,
  pointAt: PointAt,
  parentPlace: Point | undefined,
): Array<XmlElement | string> {
  const result: Array<XmlElement | string> = []
  if (!Array.isArray(value)) return result
  for (const item of value) {
    if (typeof item !== 'object' || item === null) continue
    const meta: unknown = Reflect.get(item, metaData)
    const startIndex =
      typeof meta === 'object' && meta !== null ? Reflect.get(meta, 'startIndex') : undefined
    const place = typeof startIndex === 'number' ? pointAt(startIndex) : undefined
    for (const [key, content] of Object.entries(item)) {
      if (key === ':@') continue
      if (key === '#text') result.push(decode(String(content), file, parentPlace))
      else if (key === '#cdata') result.push(cdataText(content))
      else {
        const attributes = new Map<string, string>()
        const raw: unknown = Reflect.get(item, ':@')
        if (typeof raw === 'object' && raw !== null) {
          for (const [name, attributeValue] of Object.entries(raw)) {
            // Attribute-value normalization (XML 1.0 §3.3.3): literal tabs
            // and line breaks are spaces; escaped ones are kept.
            const normalized = String(attributeValue).replace(/[\t\n\r]/g, ' ')
            attributes.set(name, decode(normalized, file, place))
          }
        }
        result.push({
          name: key,
          attributes,
          children: toElements(content, file, pointAt, place),
          place,
        })
      }
    }
  }
  return result
}

function cdataText(content: unknown): string {
  if (!Array.isArray(content)) return ''
  return content.map((part: unknown) => String(Reflect.get(Object(part), '#text') ?? '')).join('')
}

/** Decode entity and character references, refusing anything not XML 1.0. */
function decode(value: string, file: VFile, place: Point | undefined): string {
  if (!value.includes('&')) return value
  return value.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*)?(;)?/g, (match, name, end) => {
    if (typeof name !== 'string' || end !== ';') {
      fail(
        file,
        `Found a bare "&" (${JSON.stringify(match)}) in the element starting here: write it as "&amp;"`,
        place,
        'xml-malformed',
      )
    }
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
      const character = code <= 0x10ffff ? String.fromCodePoint(code) : ''
      if (character === '' || findForbiddenCharacter(character) !== -1) {
        fail(
          file,
          `Found the character reference ${match}, to a character XML 1.0 forbids: the document is not well-formed`,
          place,
          'xml-character-forbidden',
        )
      }
      return character
    }
    const replacement = predefined[name]
    if (replacement === undefined) {
      fail(
        file,
        `Found the entity reference ${match}, which is not declared: kopij XML uses only the five predefined entities (&amp; &lt; &gt; &quot; &apos;) and character references`,
        place,
        'xml-entity-unknown',
      )
    }
    return replacement
  })
}
