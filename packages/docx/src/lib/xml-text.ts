/**
 * Text that XML 1.0 can carry (§2.2 Char): no C0 control characters but tab,
 * line feed and carriage return, no lone surrogates, no U+FFFE or U+FFFF.
 * docx drops the control characters without a word, which glues the words
 * around a form feed or vertical tab (common in text extracted from PDFs)
 * together, and writes U+FFFE as is, which readers refuse; so they are
 * replaced here, and reported by the caller.
 */

/** Characters XML 1.0 cannot hold. */
const forbidden =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** What was replaced in a text. */
export interface SafeText {
  /** The text with each forbidden character replaced by a space. */
  text: string
  /** The forbidden characters found, as `U+000C` codes, each once. */
  replaced: string[]
}

/**
 * Make text safe for XML: each forbidden character becomes a space, so the
 * words on either side stay apart.
 *
 * @param text The text.
 * @returns The safe text and what was replaced.
 */
export function xmlSafe(text: string): SafeText {
  const replaced = new Set<string>()
  const safe = text.replace(forbidden, (character) => {
    replaced.add(`U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    return ' '
  })
  return { text: safe, replaced: [...replaced] }
}
