/**
 * Escaping text for XML 1.0, and the characters XML 1.0 cannot carry at all.
 *
 * Hand-written rather than fast-xml-parser's `XMLBuilder`: the builder leaves
 * line feeds and tabs raw in attribute values, where attribute-value
 * normalization (XML 1.0 §3.3.3) turns them into spaces on reading, leaves a
 * carriage return raw in text, where end-of-line handling (§2.11) drops it,
 * and passes forbidden control characters through into ill-formed output.
 */

/**
 * Characters outside XML 1.0's `Char` production (§2.2): C0 controls other
 * than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF.
 * No escape can carry them: `&#1;` is not well-formed either.
 */
const forbidden =
  // In a `u` regex a surrogate pair is one code point, so the surrogate range
  // matches only lone halves.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point
  /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/u

/** Any character that needs escaping or checking in text or attributes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point
const special = /[&<>"\0-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/

/**
 * Whether text can be written as it is: no markup character, no control
 * character, no surrogate. A quick test before the slower work.
 *
 * @param value The text.
 * @returns Whether it needs neither escaping nor checking.
 */
export function isPlain(value: string): boolean {
  return !special.test(value)
}

/** What takes the place of a forbidden character in the output. */
const replacementCharacter = '\uFFFD'

/**
 * Find the first character XML 1.0 forbids.
 *
 * @param value The text.
 * @returns Its index, or -1 when there is none.
 */
export function findForbiddenCharacter(value: string): number {
  const match = forbidden.exec(value)
  return match ? match.index : -1
}

/**
 * Replace every character XML 1.0 forbids with U+FFFD.
 *
 * @param value The text.
 * @returns The text, safe to write.
 */
export function replaceForbiddenCharacters(value: string): string {
  return value.replace(new RegExp(forbidden.source, 'gu'), replacementCharacter)
}

/**
 * Name a character for a message: `U+000B`.
 *
 * @param value The text.
 * @param index Where the character is.
 * @returns Its code point as `U+XXXX`.
 */
export function describeCharacter(value: string, index: number): string {
  const code = value.charCodeAt(index)
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

const textEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
}
const attributeEscapes: Record<string, string> = {
  ...textEscapes,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
}

/**
 * Escape text content. `>` is escaped too, so `]]>` never appears; a carriage
 * return becomes `&#13;` so that reading keeps it.
 *
 * @param value Text free of forbidden characters.
 * @returns The escaped text.
 */
export function escapeText(value: string): string {
  return value.replace(/[&<>\r]/g, (character) => textEscapes[character] ?? character)
}

/**
 * Escape a double-quoted attribute value, keeping tabs and line breaks.
 *
 * @param value Text free of forbidden characters.
 * @returns The escaped value.
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\t\n\r]/g, (character) => attributeEscapes[character] ?? character)
}
