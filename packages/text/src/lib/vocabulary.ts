/**
 * The document's own vocabulary: the words as they stand inside lines,
 * where no line break can have changed them. A word that appears unbroken
 * elsewhere is the best evidence for how to repair it at a line end.
 */
import type { Line } from './lines.js'

/** Word counts, case-folded. */
export type Vocabulary = Map<string, number>

const word = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu

/**
 * Collect the words that stand inside lines (not first or last on a line).
 *
 * @param lines The body lines.
 * @returns Counts of each word, lowercased.
 */
export function collectVocabulary(lines: Line[]): Vocabulary {
  const vocabulary: Vocabulary = new Map()
  for (const line of lines) {
    const words = line.text.match(word)
    if (!words || words.length < 3) continue
    for (let index = 1; index < words.length - 1; index++) {
      const key = (words[index] as string).toLowerCase()
      vocabulary.set(key, (vocabulary.get(key) ?? 0) + 1)
    }
  }
  return vocabulary
}
