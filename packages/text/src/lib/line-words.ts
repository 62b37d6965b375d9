/**
 * The first and the last word of a line: what a line break puts next to
 * each other. Found by searching for the space rather than with
 * `split(' ', 1)`, which builds an array for every call; the break
 * decisions ask for these words several times at every line of a document.
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
  const space = text.lastIndexOf(' ')
  return space === -1 ? text : text.slice(space + 1)
}
