/**
 * Footnotes: mdast keeps definitions apart from references (usually at the
 * end), Word keeps one note per reference in `word/footnotes.xml`
 * (ECMA-376 part 1, 17.11). Notes are numbered in the order they are
 * referenced, as Word numbers them.
 */
import type { FootnoteDefinition, FootnoteReference, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { inform } from './messages.js'

/** One Word footnote to write: its id and the definition it shows. */
export interface FootnoteEntry {
  id: number
  definition: FootnoteDefinition
}

/** The footnotes of one document, numbered as they are referenced. */
export class Footnotes {
  readonly #definitions = new Map<string, FootnoteDefinition>()
  readonly #referenced = new Set<string>()
  readonly #entries: FootnoteEntry[] = []
  readonly #file: VFile

  /**
   * @param tree The tree, whose footnote definitions are collected.
   * @param file The file being converted, for messages.
   */
  constructor(tree: Root, file: VFile) {
    this.#file = file
    visit(tree, 'footnoteDefinition', (node) => {
      if (!this.#definitions.has(node.identifier)) this.#definitions.set(node.identifier, node)
    })
  }

  /**
   * Give a reference its Word footnote. Word has no way to point two
   * references at one note, so a repeated reference gets a copy of the note.
   *
   * @param reference The reference.
   * @returns The footnote id, or `undefined` when nothing defines it.
   */
  reference(reference: FootnoteReference): number | undefined {
    const definition = this.#definitions.get(reference.identifier)
    if (!definition) return undefined
    if (this.#referenced.has(reference.identifier)) {
      inform(
        this.#file,
        reference,
        'footnote-repeated',
        `Footnote "${reference.label ?? reference.identifier}" is referenced again; Word notes belong to one reference, so the note is written again here`,
      )
    }
    this.#referenced.add(reference.identifier)
    const id = this.#entries.length + 1
    this.#entries.push({ id, definition })
    return id
  }

  /**
   * The notes given out so far, in id order. References inside notes do not
   * add any (Word cannot nest notes), so read it after the body is converted.
   *
   * @returns The entries.
   */
  entries(): readonly FootnoteEntry[] {
    return this.#entries
  }

  /**
   * The definitions nothing referenced, in the order they were defined.
   *
   * @returns The definitions.
   */
  unreferenced(): FootnoteDefinition[] {
    return [...this.#definitions.values()].filter(
      (definition) => !this.#referenced.has(definition.identifier),
    )
  }
}
