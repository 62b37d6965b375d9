/**
 * Reading a DOCX back in tests with independent tools: fflate unzips it,
 * fast-xml-parser parses each part. Nothing here comes from @kopij/docx.
 */
import { XMLParser } from 'fast-xml-parser'
import { strFromU8, unzipSync } from 'fflate'

/** A parsed XML element. */
export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlElement[]
  /** Text content, for text nodes (name `#text`). */
  text?: string
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
})

/** The parts of a DOCX package. */
export class Docx {
  readonly parts: Record<string, Uint8Array>

  constructor(bytes: Uint8Array) {
    this.parts = unzipSync(bytes)
  }

  /** The text of a part, or throws when the package lacks it. */
  xml(name: string): string {
    const part = this.parts[name]
    if (!part)
      throw new Error(`The DOCX has no part ${name}: ${Object.keys(this.parts).join(', ')}`)
    return strFromU8(part)
  }

  /** A part parsed: the document element. */
  parse(name: string): XmlElement {
    const nodes = toElements(parser.parse(this.xml(name)))
    const root = nodes.find((node) => node.name !== '?xml' && node.name !== '#text')
    if (!root) throw new Error(`Part ${name} has no document element`)
    return root
  }
}

function toElements(value: unknown): XmlElement[] {
  if (!Array.isArray(value)) return []
  return value.map((item: Record<string, unknown>) => {
    const attributes = (item[':@'] ?? {}) as Record<string, string>
    const name = Object.keys(item).find((key) => key !== ':@') ?? ''
    if (name === '#text') return { name, attributes, children: [], text: String(item[name]) }
    return { name, attributes, children: toElements(item[name]) }
  })
}

/** All descendants of an element with a name, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const result: XmlElement[] = []
  const walk = (node: XmlElement) => {
    for (const child of node.children) {
      if (child.name === name) result.push(child)
      walk(child)
    }
  }
  walk(element)
  return result
}

/** The first descendant with a name, or throws. */
export function first(element: XmlElement, name: string): XmlElement {
  const [found] = descendants(element, name)
  if (!found) throw new Error(`No <${name}> in <${element.name}>`)
  return found
}

/** All text inside an element, concatenated. */
export function textOf(element: XmlElement): string {
  if (element.text !== undefined) return element.text
  return element.children.map(textOf).join('')
}

/**
 * What a reader reads of an element, in order: `w:t` text, a space for a tab
 * or line break, and the description of each image (`wp:docPr descr`).
 */
export function readText(element: XmlElement): string {
  let result = ''
  const walk = (node: XmlElement) => {
    if (node.name === 'w:t') {
      result += node.children.map((child) => child.text ?? '').join('')
      return
    }
    if (node.name === 'w:tab' || node.name === 'w:br') result += ' '
    if (node.name === 'wp:docPr' && node.attributes.descr) result += ` ${node.attributes.descr} `
    if (node.name === 'w:p') result += '\n'
    for (const child of node.children) walk(child)
  }
  walk(element)
  return result
}

/** The words of a text: runs of letters and digits. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')
}

/**
 * Find the first word of `expected` that does not appear, in order, in
 * `actual` (extra words in `actual`, such as a table of contents, are fine).
 *
 * @returns `undefined` when all appear in order; else the missing word and what came before it.
 */
export function firstMissingWord(expected: string[], actual: string[]): string | undefined {
  let at = 0
  for (const [index, word] of expected.entries()) {
    while (at < actual.length && actual[at] !== word) at++
    if (at === actual.length) {
      return `"${word}" (word ${index + 1}, after "${expected.slice(Math.max(0, index - 5), index).join(' ')}")`
    }
    at++
  }
  return undefined
}
