/**
 * What stands at the edges of a line: its first and last word and the mark
 * that closes it. Line breaks and block boundaries are decided on these,
 * several times at every line of a document, so they are found by looking at
 * characters rather than with `split(' ', 1)` (an array for every call) or a
 * pattern anchored at the end (`/[.!?]["')]*$/`, tried from every position
 * of the line).
 */

/**
 * The text up to its first space (all of it when it has none).
 *
 * @param text A line, trimmed.
 * @returns Its first word, punctuation included ("ceerde." in "ceerde. Het").
 */
export function firstWord(text: string): string {
  const space = text.indexOf(' ')
  return space === -1 ? text : text.slice(0, space)
}

/**
 * The text after its last space (all of it when it has none).
 *
 * @param text A line, trimmed.
 * @returns Its last word, punctuation included ("gebalan-" in "een gebalan-").
 */
export function lastWord(text: string): string {
  // A loop rather than `lastIndexOf`, which V8 runs as a call into its
  // runtime: the last word is short, and asked for at every line break.
  let space = text.length - 1
  while (space >= 0 && text.charCodeAt(space) !== 0x20) space--
  return space === -1 ? text : text.slice(space + 1)
}

/**
 * How many words a text has, as `text.split(' ').length` counts them (one
 * more than its spaces), without the array.
 *
 * @param text A line or a block's text.
 * @returns The count.
 */
export function wordCount(text: string): number {
  let count = 1
  for (let space = text.indexOf(' '); space !== -1; space = text.indexOf(' ', space + 1)) count++
  return count
}

/** Closing quotes and brackets, which may follow a sentence's last mark. */
const closers = `"'”’)`

/**
 * Check whether a text ends in one of some marks, closing quotes and
 * brackets aside: what `/[marks]["'”’)]*$/` tests.
 *
 * @param text The text.
 * @param marks The marks, as one string (".!?").
 * @returns Whether it does.
 */
export function endsWithMark(text: string, marks: string): boolean {
  let end = text.length
  while (end > 0 && closers.includes(text.charAt(end - 1))) end--
  return end > 0 && marks.includes(text.charAt(end - 1))
}

/** A lowercase letter at the start (outside ASCII). */
const lowercaseStart = /^\p{Ll}/u

/**
 * Check whether a text starts with a lowercase letter (`/^\p{Ll}/u`), plain
 * ASCII told without the pattern: asked at nearly every line break, whether
 * the next line goes on a sentence.
 *
 * @param text The text.
 * @returns Whether it does.
 */
export function startsLowercase(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 0x80) return code >= 0x61 && code <= 0x7a
  return lowercaseStart.test(text)
}
