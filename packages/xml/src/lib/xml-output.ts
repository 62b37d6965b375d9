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
  replaceForbiddenCharacters,
} from './xml-characters.js'

/** Attributes in the order they are written; `undefined` values are left out. */
export type Attributes = ReadonlyArray<readonly [name: string, value: string | undefined]>

/** Indentation per level of block nesting. */
const indentUnit = '  '

export class XmlOutput {
  readonly #chunks: string[] = []
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
    this.#chunks.push('<?xml version="1.0" encoding="UTF-8"?>')
  }

  /** Open an element on its own line. */
  startBlock(name: string, attributes: Attributes, place: Place): void {
    this.#newLine()
    this.#chunks.push(`<${name}${this.#attributes(attributes, place)}>`)
    this.#open.push(false)
  }

  /** Close an element opened with `startBlock`. */
  endBlock(name: string): void {
    const hadBlocks = this.#open.pop()
    if (hadBlocks) {
      this.#chunks.push(`\n${indentUnit.repeat(this.#open.length)}`)
    }
    this.#chunks.push(`</${name}>`)
  }

  /** Write an empty element on its own line. */
  emptyBlock(name: string, attributes: Attributes, place: Place): void {
    this.#newLine()
    this.#chunks.push(`<${name}${this.#attributes(attributes, place)}/>`)
  }

  /** Write an element holding only text, on its own line. */
  leafBlock(name: string, attributes: Attributes, value: string, place: Place): void {
    this.#newLine()
    this.#chunks.push(
      `<${name}${this.#attributes(attributes, place)}>${escapeText(this.clean(value, place))}</${name}>`,
    )
  }

  /** Open an element in running text. */
  startInline(name: string, attributes: Attributes, place: Place): void {
    this.#chunks.push(`<${name}${this.#attributes(attributes, place)}>`)
    this.#open.push(false)
  }

  /** Close an element opened with `startInline`. */
  endInline(name: string): void {
    this.#open.pop()
    this.#chunks.push(`</${name}>`)
  }

  /** Write an empty element in running text. */
  emptyInline(name: string, attributes: Attributes, place: Place): void {
    this.#chunks.push(`<${name}${this.#attributes(attributes, place)}/>`)
  }

  /** Write text, escaped. */
  text(value: string, place: Place): void {
    this.#chunks.push(escapeText(this.clean(value, place)))
  }

  /** Write markup that is already XML (a processing instruction). */
  markup(value: string): void {
    this.#chunks.push(value)
  }

  /** The XML written so far, with a final line break. */
  toString(): string {
    return `${this.#chunks.join('')}\n`
  }

  #newLine(): void {
    const depth = this.#open.length
    if (depth > 0) this.#open[depth - 1] = true
    if (this.#chunks.length > 0) this.#chunks.push(`\n${indentUnit.repeat(depth)}`)
  }

  #attributes(attributes: Attributes, place: Place): string {
    let result = ''
    for (const [name, value] of attributes) {
      if (value !== undefined) result += ` ${name}="${escapeAttribute(this.clean(value, place))}"`
    }
    return result
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
