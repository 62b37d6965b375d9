/**
 * Lists as real Word numbering (ECMA-376 part 1, 17.9): one abstract numbering
 * per kind of list (bullets, or numbers from a given start), and one numbering
 * instance per mdast list, so every list counts from its own start and a list
 * after a heading does not carry on from the one before it. Typed "1." or "•"
 * characters would read as text to screen readers, pandoc and LibreOffice.
 */
import { AlignmentType, type ILevelsOptions, type INumberingOptions, LevelFormat } from 'docx'
import type { List } from 'mdast'

/** Word has nine list levels, 0 to 8 (ECMA-376 part 1, 17.9.6 `w:ilvl`). */
export const deepestListLevel = 8

/** Indent per list level, in twips: a quarter of an inch, as Word's own lists. */
const indentPerLevel = 360
/** Room for the number or bullet before the text, in twips. */
const hanging = 360

/** Bullets by level, cycling, as Word's default bullet list. */
const bullets = ['•', '◦', '▪']

/** Where a list's paragraphs point: a numbering definition and an instance of it. */
export interface ListReference {
  reference: string
  instance: number
}

/** The numbering definitions of one document. */
export class ListNumbering {
  readonly #references = new Map<string, ILevelsOptions[]>()
  #instances = 0

  /**
   * Number a list.
   *
   * @param list The list.
   * @returns The numbering its items point to.
   */
  number(list: List): ListReference {
    const start = list.ordered ? (list.start ?? 1) : undefined
    const reference = start === undefined ? 'bullet' : `ordered-${start}`
    if (!this.#references.has(reference)) this.#references.set(reference, levels(start))
    this.#instances += 1
    return { reference, instance: this.#instances }
  }

  /**
   * The numbering definitions for the document.
   *
   * @returns The `numbering` option of docx's `Document`.
   */
  options(): INumberingOptions {
    return {
      config: [...this.#references].map(([reference, levels]) => ({ reference, levels })),
    }
  }
}

/**
 * The left indent of text in a list at a level, in twips; paragraphs after
 * the first in an item line up with it.
 *
 * @param level The list level, 0 to 8.
 * @returns The indent.
 */
export function listIndent(level: number): number {
  return indentPerLevel * (level + 1) + hanging
}

function levels(start: number | undefined): ILevelsOptions[] {
  const result: ILevelsOptions[] = []
  for (let level = 0; level <= deepestListLevel; level++) {
    const paragraph = { indent: { left: listIndent(level), hanging } }
    result.push(
      start === undefined
        ? {
            level,
            format: LevelFormat.BULLET,
            text: bullets[level % bullets.length] ?? '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph },
          }
        : {
            level,
            format: LevelFormat.DECIMAL,
            // mdast says only "ordered": the tree numbers every level with
            // digits, so the document does too.
            text: `%${level + 1}.`,
            start,
            alignment: AlignmentType.LEFT,
            style: { paragraph },
          },
    )
  }
  return result
}
