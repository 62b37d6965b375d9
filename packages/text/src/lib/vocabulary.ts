/**
 * The document's own vocabulary: the words as they stand inside lines,
 * where no line break can have changed them. A word that appears unbroken
 * elsewhere is the best evidence for how to repair it at a line end.
 */
import { isLetterAt, lowerCase } from './letters.js'
import type { Line } from './lines.js'
import { WordCounts } from './word-counts.js'

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
  // Counted by their place in the line: only a word not seen before is cut
  // out as a string of its own.
  const counts = new WordCounts()
  // An index rather than `for…of`: until the loop is optimised, each step of
  // an iterator is an object, one per line of the document.
  for (let index = 0; index < lines.length; index++) {
    // Words by scanning for spaces rather than `split`: this runs over every
    // word of the document.
    const text = (lines[index] as Line).text
    const first = text.indexOf(' ')
    if (first === -1) continue
    let start = first + 1
    for (let end = text.indexOf(' ', start); end !== -1; end = text.indexOf(' ', start)) {
      if (end > start) addLowercaseWord(counts, text, start, end)
      start = end + 1
    }
  }
  return counts.toMap()
}

/**
 * Count a word in lowercase. Each word is lowercased on its own, and only
 * where it has a capital or a character beyond ASCII: lowercasing whole
 * lines copied every line (through ICU, for a text stored two bytes a
 * character), though most words are in lowercase already. A word comes out
 * as it does in its lowercased line: the one case rule that looks at a
 * letter's neighbours (the final sigma) does not look past a space.
 */
function addLowercaseWord(counts: WordCounts, text: string, start: number, end: number): void {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) {
      const word = lowerCase(text.slice(start, end))
      addWord(counts, word, 0, word.length)
      return
    }
  }
  addWord(counts, text, start, end)
}

/**
 * Count a word (the range of a line from `start` to `end`), and the parts
 * of a file name or hyphenated compound.
 */
function addWord(counts: WordCounts, text: string, start: number, end: number): void {
  // Most words need no trimming; the pattern only runs where one might,
  // on the word cut out.
  if (!isWordCharacterAt(text, start) || !isWordCharacterAt(text, end - 1)) {
    const word = text.slice(start, end).replace(edge, '')
    if (word !== '') addParts(counts, word, 0, word.length)
    return
  }
  addParts(counts, text, start, end)
}

/** Count a trimmed word and its parts (see `Vocabulary`). */
function addParts(counts: WordCounts, text: string, start: number, end: number): void {
  counts.add(text, start, end)
  // Looked for inside the word only: `indexOf` would search the rest of the
  // line for every word, the square of the line's length for a paragraph
  // set on one line (text copied from a word processor).
  const hyphen = indexIn(text, 0x2d, start, end)
  // A file or package name ("readme.md", "node.js") also stands for its
  // first part, the word a line end may cut ("READ-⏎ME.md").
  if (hyphen === -1 || hyphen >= end) {
    const dot = indexIn(text, 0x2e, start, end)
    if (dot !== -1 && dot - start > 1 && dot < end - 1) counts.add(text, start, dot)
    return
  }
  // Each part ("source" in "open-source-project"), and each but the last
  // with its hyphen ("source-"), which follows it in the text.
  let partStart = start
  for (let at = hyphen; at !== -1; at = indexIn(text, 0x2d, at + 1, end)) {
    if (at > partStart) {
      counts.add(text, partStart, at)
      counts.add(text, partStart, at + 1)
    }
    partStart = at + 1
  }
  if (end > partStart) counts.add(text, partStart, end)
}

/** Where a character (a UTF-16 code unit) first stands in a range of a text, or -1. */
function indexIn(text: string, code: number, start: number, end: number): number {
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === code) return index
  return -1
}
