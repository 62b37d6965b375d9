/**
 * Footnotes: notes at the foot of a page ("3 Zie het verslag …") and their
 * reference numbers glued to a word in the text ("verslag3"), in digits or
 * in superscript digits ("verslag³", as text copied from a word processor
 * has them). Taken only where the evidence is clear: the notes are the last
 * lines of their page, they number on from the document's previous note (or
 * start at 1 again on each page, as some typesetters number them), and each
 * number stands glued to a word in the text before them. A note that fails
 * any of these stays text: a wrong footnote would move text out of its place.
 */
import type { Line } from './lines.js'

/** A note at the foot of a page. */
interface Footnote {
  /** Its number, as printed. */
  number: number
  /**
   * Its place among the document's notes (1-based): the number where the
   * notes number on through the document, not where they start again on
   * each page. Identifies the note in the tree.
   */
  ordinal: number
  /** Its lines, in order; the first starts with the number. */
  lines: Line[]
  /** Characters of the first line the number and its space take. */
  skip: number
}

/** The footnotes of a document. */
export interface Footnotes {
  /** The notes, in order. */
  notes: Footnote[]
  /** Indexes of the lines that belong to notes. */
  lines: Set<number>
}

/**
 * A note's first line: a number of at most three digits, a space, and text
 * that starts like a note (a capital, a quote, a bracket or a web address);
 * a line starting with a number and a lowercase word goes on a sentence
 * ("bijlage⏎1 voor het portaal").
 */
const noteStart = /^(\d{1,3} +|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3} *)(?=["'“‘„([]?\p{Lu}|https?:|www\.)/u

/** Superscript digits, by their value. */
const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** A note number read from digits or superscript digits. */
function readNumber(digits: string): number {
  let value = 0
  for (const character of digits.trim()) {
    const superscript = superscripts.indexOf(character)
    value = value * 10 + (superscript === -1 ? Number(character) : superscript)
  }
  return value
}

/** A number written in superscript digits ("12" as "¹²"). */
function superscriptOf(number: number): string {
  return [...String(number)].map((digit) => superscripts[Number(digit)]).join('')
}

/**
 * Share of a page's lines its notes may take at most: more is a numbered
 * table or list, not notes.
 */
const maxNoteShare = 0.5

/**
 * Find the footnotes.
 *
 * @param lines All lines of the document.
 * @param isFurniture Whether a line left the flow as page furniture.
 * @returns The notes and their lines.
 */
export function findFootnotes(lines: Line[], isFurniture: (line: Line) => boolean): Footnotes {
  const pages: Line[][] = []
  // An index rather than `for…of`: until the loop is optimised, each step of
  // an iterator is an object, one per line of the document.
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.blank || isFurniture(line)) continue
    while (pages.length < line.page) pages.push([])
    pages[line.page - 1]?.push(line)
  }
  const found: Footnotes = { notes: [], lines: new Set() }
  let next = 1
  // The text of the previous page: a note may go to the page after its
  // reference when that stands in the last line.
  let before: Line[] = []
  for (const page of pages) {
    // Notes numbered on from the last; failing that, numbered from 1 again
    // on this page, with their references on this page alone.
    let notes = notesAtFoot(page, next)
    let body = bodyAbove(page, notes)
    if (notes.length === 0 || !referencedInOrder([...before, ...body], notes)) {
      notes = next > 1 ? notesAtFoot(page, 1) : []
      body = bodyAbove(page, notes)
      if (notes.length > 0 && !referencedInOrder(body, notes)) notes = []
    }
    for (const note of notes) {
      note.ordinal = found.notes.length + 1
      found.notes.push(note)
      for (const line of note.lines) found.lines.add(line.index)
    }
    if (notes.length > 0) next = (notes.at(-1)?.number ?? next) + 1
    before = bodyAbove(page, notes)
  }
  return found
}

/** The lines of a page above its notes. */
function bodyAbove(page: Line[], notes: Footnote[]): Line[] {
  const first = notes[0]?.lines[0]
  return first ? page.slice(0, page.indexOf(first)) : page
}

/**
 * The notes at the foot of a page: the last lines, from a line starting
 * with the expected number on, numbered on one by one.
 */
function notesAtFoot(page: Line[], expected: number): Footnote[] {
  const limit = Math.floor(page.length * maxNoteShare)
  for (let start = page.length - 1; start >= page.length - limit && start > 0; start--) {
    const match = noteStart.exec((page[start] as Line).text)
    if (!match || readNumber(match[1] as string) !== expected) continue
    const notes: Footnote[] = []
    for (const line of page.slice(start)) {
      const opening = noteStart.exec(line.text)
      const number = opening ? readNumber(opening[1] as string) : undefined
      const current = notes.at(-1)
      if (opening && number === (current?.number ?? expected - 1) + 1) {
        notes.push({ number, ordinal: 0, lines: [line], skip: opening[0].length })
      } else current?.lines.push(line)
    }
    return notes
  }
  return []
}

/** Whether every note's number stands glued to a word in the text, in order. */
function referencedInOrder(text: Line[], notes: Footnote[]): boolean {
  const joined = text.map((line) => line.text).join('\n')
  let from = 0
  for (const note of notes) {
    const at = findReference(joined, note.number, from)
    if (at === -1) return false
    from = at + 1
  }
  return true
}

/**
 * Find a reference number glued to a word ("verslag3", "verslag.3",
 * "verslag”3"), not part of a longer number or word; or the number in
 * superscript digits after any text ("verslag³", "verslag ³").
 *
 * @param text The text to search.
 * @param number The note number.
 * @param from Where to start.
 * @returns Where the number starts (it takes as many characters in either
 *   form), or -1.
 */
export function findReference(text: string, number: number, from = 0): number {
  const pattern = new RegExp(
    `(?<=\\p{L}[.,;:!?)\\]"”’']?)${number}(?![\\p{L}\\p{N}])|(?<=\\S ?)${superscriptOf(number)}(?![${superscripts}])`,
    'gu',
  )
  pattern.lastIndex = from
  return pattern.exec(text)?.index ?? -1
}
