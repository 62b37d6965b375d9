/**
 * The document's own vocabulary: the words as they stand inside lines,
 * where no line break can have changed them. A word that appears unbroken
 * elsewhere is the best evidence for how to repair it at a line end.
 */
import { isLetterAt } from './letters.js'
import type { Line } from './lines.js'

/**
 * Word counts, case-folded. Besides whole words, the parts of a hyphenated
 * word count as words ("source" in "open-source-project": the word exists),
 * and each part but the last is counted with its hyphen as well ("open-" and
 * "source-": the word opens hyphenated compounds).
 */
export type Vocabulary = Map<string, number>

/** Characters trimmed from the edges of a word: anything but letters and digits. */
const edge = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/** Whether the character at an index is a letter or an ASCII digit. */
function isWordCharacterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return (code >= 0x30 && code <= 0x39) || isLetterAt(text, index)
}

/**
 * Collect the words that stand inside lines (not first or last on a line).
 *
 * @param lines The body lines.
 * @returns Counts of each word, lowercased, and of hyphenated first parts.
 */
export function collectVocabulary(lines: Line[]): Vocabulary {
  const vocabulary: Vocabulary = new Map()
  const add = (key: string): void => {
    const count = vocabulary.get(key)
    vocabulary.set(key, count === undefined ? 1 : count + 1)
  }
  for (const line of lines) {
    // Words by scanning for spaces rather than `split`: this runs over every
    // word of the document, and the array of words was most of its garbage.
    const text = line.text.toLowerCase()
    const first = text.indexOf(' ')
    if (first === -1) continue
    let start = first + 1
    for (let end = text.indexOf(' ', start); end !== -1; end = text.indexOf(' ', start)) {
      if (end > start) addWord(text.slice(start, end), add)
      start = end + 1
    }
  }
  return vocabulary
}

/** Count a word, and the parts of a file name or hyphenated compound. */
function addWord(raw: string, add: (key: string) => void): void {
  let word = raw
  // Most words need no trimming; the pattern only runs where one might.
  if (!isWordCharacterAt(word, 0) || !isWordCharacterAt(word, word.length - 1))
    word = word.replace(edge, '')
  if (word === '') return
  add(word)
  const hyphen = word.indexOf('-')
  // A file or package name ("readme.md", "node.js") also stands for its
  // first part, the word a line end may cut ("READ-⏎ME.md").
  if (hyphen === -1) {
    const dot = word.indexOf('.')
    if (dot > 1 && dot < word.length - 1) add(word.slice(0, dot))
    return
  }
  const parts = word.split('-')
  parts.forEach((part, at) => {
    if (part === '') return
    add(part)
    if (at < parts.length - 1) add(`${part}-`)
  })
}
