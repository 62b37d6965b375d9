/**
 * Letters at the edges of a line, found by looking at characters one by one:
 * a pattern anchored at the end (`/\p{L}+$/u`) is tried from every position
 * of the line, which made it the slowest step of the break decisions.
 */

const letter = /\p{L}/u

/**
 * Check whether the character at an index is a letter. A character outside
 * the Basic Multilingual Plane (two code units) counts as no letter.
 *
 * @param text The text.
 * @param index Index of a UTF-16 code unit.
 * @returns Whether it is a letter.
 */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  if (Number.isNaN(code)) return false
  return letter.test(text.charAt(index))
}

/**
 * The letters a text ends with ("gebalan" in "een (gebalan").
 *
 * @param text The text.
 * @returns The letters, possibly none.
 */
export function trailingLetters(text: string): string {
  let start = text.length
  while (start > 0 && isLetterAt(text, start - 1)) start--
  return text.slice(start)
}

/**
 * The letters a text starts with ("ceerde" in "ceerde. Het").
 *
 * @param text The text.
 * @returns The letters, possibly none.
 */
export function leadingLetters(text: string): string {
  let end = 0
  while (end < text.length && isLetterAt(text, end)) end++
  return text.slice(0, end)
}

/**
 * A word in lowercase, as `toLowerCase` gives it, but handing back plain
 * ASCII without capitals as it is. Text cut from a document with any
 * character beyond Latin-1 (a dash, a bullet) is stored two bytes a
 * character, and V8 lowercases such strings through ICU even where nothing
 * changes; the line-break decisions look up several words at every break.
 *
 * @param word A word (short: it is scanned before it is lowercased).
 * @returns The word in lowercase.
 */
export function lowerCase(word: string): string {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return word.toLowerCase()
  }
  return word
}

/**
 * Check whether a text holds a letter anywhere (`/\p{L}/u`), looking at
 * characters one by one: nearly every line has one in its first place,
 * where the pattern's own start-up costs more than the look.
 *
 * @param text The text.
 * @returns Whether it does.
 */
export function hasLetter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return true
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // Outside the Basic Multilingual Plane: the pattern looks at the rest.
      return letter.test(text.slice(index))
    } else if (letter.test(text.charAt(index))) return true
  }
  return false
}

/**
 * Check whether a text ends in a letter and a hyphen (`/\p{L}-$/u`), a
 * word broken at the line end, without trying the pattern at every place
 * of the line.
 *
 * @param text The text.
 * @returns Whether it does.
 */
export function endsInLetterHyphen(text: string): boolean {
  const end = text.length - 1
  if (text.charCodeAt(end) !== 0x2d) return false
  const before = text.charCodeAt(end - 1)
  // A letter outside the Basic Multilingual Plane: rare, the pattern decides.
  if (before >= 0xdc00 && before <= 0xdfff) return letterHyphenEnd.test(text)
  return isLetterAt(text, end - 1)
}

/** A letter and a hyphen at the end, for the rare case above. */
const letterHyphenEnd = /\p{L}-$/u
