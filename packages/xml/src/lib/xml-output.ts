/**
 * An XML text being written: elements, attributes and text, escaped, with
 * block elements on their own indented lines and inline content (mixed
 * content, where whitespace is text) written as is.
 */
import type { VFile } from 'vfile'
import { type Place, warn } from './report.js'
import {
  describeCharacter,
  escapeAttribute,
  escapeText,
  findForbiddenCharacter,
  isPlain,
  replaceForbiddenCharacters,
} from './xml-characters.js'

/**
 * Attributes in the order they are written; `undefined` values are left out.
 * Element methods also take attribute text made with `attribute()`.
 */
export type Attributes = ReadonlyArray<readonly [name: string, value: string | undefined]>

/** Indentation per level of block nesting. */
const indentUnit = '  '

/** A line break and the indentation for each depth, made once. */
const lineStarts: string[] = []
function lineStart(depth: number): string {
  let value = lineStarts[depth]
  if (value === undefined) {
    value = `\n${indentUnit.repeat(depth)}`
    lineStarts[depth] = value
  }
  return value
}

export class XmlOutput {
  #xml = ''
  /** For each open element: whether a block child was written in it. */
  readonly #open: boolean[] = []
  readonly #file: VFile | undefined

  /**
   * @param file Where to report forbidden characters; without one they throw.
   */
  constructor(file: VFile | undefined) {
    this.#file = file
  }

  /** Write the XML declaration. */
  declaration(): void {
    this.#append('<?xml version="1.0" encoding="UTF-8"?>')
  }

  /** Open an element on its own line. */
  startBlock(name: string, attributes: Attributes | string, place: Place): void {
    this.#newLine()
    this.#append(`<${name}${this.#attributes(attributes, place)}>`)
    this.#open.push(false)
  }

  /** Close an element opened with `startBlock`. */
  endBlock(name: string): void {
    const hadBlocks = this.#open.pop()
    if (hadBlocks) {
      this.#append(lineStart(this.#open.length))
    }
    this.#append(`</${name}>`)
  }

  /** Write an empty element on its own line. */
  emptyBlock(name: string, attributes: Attributes | string, place: Place): void {
    this.#newLine()
    this.#append(`<${name}${this.#attributes(attributes, place)}/>`)
  }

  /** Write an element holding only text, on its own line. */
  leafBlock(name: string, attributes: Attributes | string, value: string, place: Place): void {
    this.#newLine()
    this.#append(
      `<${name}${this.#attributes(attributes, place)}>${this.#escapeText(value, place)}</${name}>`,
    )
  }

  /** Open an element in running text. */
  startInline(name: string, attributes: Attributes | string, place: Place): void {
    this.#append(`<${name}${this.#attributes(attributes, place)}>`)
    this.#open.push(false)
  }

  /** Close an element opened with `startInline`. */
  endInline(name: string): void {
    this.#open.pop()
    this.#append(`</${name}>`)
  }

  /** Write an empty element in running text. */
  emptyInline(name: string, attributes: Attributes | string, place: Place): void {
    this.#append(`<${name}${this.#attributes(attributes, place)}/>`)
  }

  /** Write text, escaped. */
  text(value: string, place: Place): void {
    this.#append(this.#escapeText(value, place))
  }

  /** Write markup that is already XML (a processing instruction). */
  markup(value: string): void {
    this.#append(value)
  }

  /** The XML written so far, with a final line break. */
  toString(): string {
    return `${this.#xml}\n`
  }

  #append(value: string): void {
    // String concatenation: V8 builds a rope and flattens it once, which is
    // quicker than an array of a million chunks and a join.
    this.#xml += value
  }

  /**
   * One attribute, escaped, with its leading space, for callers that build an
   * element's attributes as text; `''` when the value is `undefined`.
   *
   * @param name The attribute name.
   * @param value The value.
   * @param place Where it comes from, for messages.
   * @returns The attribute text.
   */
  attribute(name: string, value: string | undefined, place: Place): string {
    if (value === undefined) return ''
    return ` ${name}="${isPlain(value) ? value : escapeAttribute(this.clean(value, place))}"`
  }

  #newLine(): void {
    const depth = this.#open.length
    if (depth > 0) this.#open[depth - 1] = true
    if (this.#xml !== '') this.#append(lineStart(depth))
  }

  #attributes(attributes: Attributes | string, place: Place): string {
    if (typeof attributes === 'string') return attributes
    let result = ''
    for (const [name, value] of attributes) {
      if (value === undefined) continue
      const escaped = isPlain(value) ? value : escapeAttribute(this.clean(value, place))
      result += ` ${name}="${escaped}"`
    }
    return result
  }

  #escapeText(value: string, place: Place): string {
    return isPlain(value) ? value : escapeText(this.clean(value, place))
  }

  /**
   * Replace characters XML 1.0 forbids, reporting each string that had one.
   * Writing does this itself; call it only to transform text before writing.
   *
   * @param value The text.
   * @param place Where it comes from, for the message.
   * @returns The text without forbidden characters.
   */
  clean(value: string, place: Place): string {
    const index = findForbiddenCharacter(value)
    if (index === -1) return value
    warn(
      this.#file,
      `Found the character ${describeCharacter(value, index)}, which XML 1.0 cannot carry in any form, in ${JSON.stringify(value.slice(Math.max(0, index - 20), index + 20))}: it is written as U+FFFD; remove it from the input to keep the text exact`,
      place,
      'xml-character-forbidden',
    )
    return replaceForbiddenCharacters(value)
  }
}
