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
  let capitals = false
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x80) return word.toLowerCase()
    if (code >= 0x41 && code <= 0x5a) capitals = true
  }
  return capitals ? asciiLowerCase(word) : word
}

/**
 * An ASCII word in lowercase, its capitals swapped one by one: V8 sends a
 * string stored two bytes a character through ICU for `toLowerCase`, even a
 * word that is plain ASCII. Lowercasing the words at line breaks (most
 * with a capital only at their start) took 4.8 % of the parser's time on
 * 10 MB of report text, 2.4 % this way (CPU profiles without inlining).
 */
function asciiLowerCase(word: string): string {
  let lower = ''
  let from = 0
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 0x41 && code <= 0x5a) {
      lower += word.slice(from, index) + String.fromCharCode(code + 0x20)
      from = index + 1
    }
  }
  return lower + word.slice(from)
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

/** A letter or a number (`[\p{L}\p{N}]`), for characters outside ASCII. */
const letterOrNumber = /^[\p{L}\p{N}]$/u

/**
 * Whether each BMP code unit is a letter or number: 0 not looked up yet, 1
 * yes, 2 no. The break decisions look at the characters around every line
 * break; a pattern run for each costs more than the look.
 */
const letterOrNumberByCode = new Uint8Array(0x10000)

/**
 * Check whether a code point is a letter or a number (`[\p{L}\p{N}]` with
 * the `u` flag). A lone surrogate is neither.
 *
 * @param code A code point.
 * @returns Whether it is.
 */
export function isLetterOrNumber(code: number): boolean {
  if (code < 0x80)
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a)
    )
  if (code > 0xffff) return letterOrNumber.test(String.fromCodePoint(code))
  let known = letterOrNumberByCode[code] as number
  if (known === 0) {
    known = letterOrNumber.test(String.fromCharCode(code)) ? 1 : 2
    letterOrNumberByCode[code] = known
  }
  return known === 1
}

/**
 * The code point that ends just before an index, as a pattern with the `u`
 * flag reads it: a surrogate pair counts as one character.
 *
 * @param text The text.
 * @param end The index after the character (at least 1).
 * @returns The code point; `codePointStart` tells where it starts.
 */
export function codePointBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1)
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2)
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
  }
  return low
}

/**
 * Check whether a text ends in a letter or a number (`/[\p{L}\p{N}]$/u`),
 * looking only at its last character.
 *
 * @param text The text.
 * @param end Where the text ends (default: its length).
 * @returns Whether it does.
 */
export function endsInLetterOrNumber(text: string, end = text.length): boolean {
  return end > 0 && isLetterOrNumber(codePointBefore(text, end))
}

/**
 * Check whether a text ends in a letter (`/\p{L}$/u`), looking only at its
 * last character.
 *
 * @param text The text.
 * @returns Whether it does.
 */
export function endsInLetter(text: string): boolean {
  if (text === '') return false
  const code = codePointBefore(text, text.length)
  return code > 0xffff ? letter.test(String.fromCodePoint(code)) : isLetterAt(text, text.length - 1)
}
