/**
 * The document's own vocabulary: the words as they stand inside lines,
 * where no line break can have changed them. A word that appears unbroken
 * elsewhere is the best evidence for how to repair it at a line end.
 */
import type { Line } from './lines.js'

/**
 * Word counts, case-folded. Besides whole words, each first part of a
 * hyphenated word is counted with its hyphen ("source-" for
 * "source-project").
 */
export type Vocabulary = Map<string, number>

/** Characters trimmed from the edges of a word: anything but letters and digits. */
const edge = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/**
 * Collect the words that stand inside lines (not first or last on a line).
 *
 * @param lines The body lines.
 * @returns Counts of each word, lowercased, and of hyphenated first parts.
 */
export function collectVocabulary(lines: Line[]): Vocabulary {
  const vocabulary: Vocabulary = new Map()
  const add = (key: string): void => {
    vocabulary.set(key, (vocabulary.get(key) ?? 0) + 1)
  }
  for (const line of lines) {
    const words = line.text.split(' ')
    for (let index = 1; index < words.length - 1; index++) {
      const word = (words[index] as string).replace(edge, '').toLowerCase()
      if (word === '') continue
      add(word)
      const hyphen = word.indexOf('-')
      if (hyphen > 0) add(word.slice(0, hyphen + 1))
    }
  }
  return vocabulary
}
