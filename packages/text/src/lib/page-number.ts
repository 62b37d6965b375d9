/**
 * Page numbers as typesetters print them: "3", "– 3 –", "- 3 -", "Pagina 3
 * van 12", "Page 3 of 12", "Seite 3 von 12", "3/12", "blz. 3", roman "iv".
 */

/** Arabic page numbers, the dashes around a bare number taken off first. */
const arabicPatterns = [
  /^\d{1,4}$/,
  /^(?:pagina|page|seite|blz\.?|p\.|s\.)\s*\d{1,4}(?:\s*(?:van|of|von|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(?:\/|van|of|von)\s*\d{1,4}$/i,
]

/** A well-formed lowercase roman numeral up to 399 ("iv", "xii"; not "iiii" or "vx"). */
const romanNumeral = /^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/

/** Dashes on both sides of a page number ("– 3 –", "-iv-"); one alone is a word's ("l-"). */
const dashed = /^[-–—]\s*(\S+?)\s*[-–—]$/

/** How a page number is written. */
export type PageNumberShape = 'arabic' | 'roman'

/**
 * Tell whether a line is nothing but a page number, and how it is written.
 * A roman one is also a word or a letter ("vi", "c"): the caller asks for
 * more evidence before taking it out.
 *
 * @param text The line, trimmed.
 * @returns Its shape, or `undefined` when it is no page number.
 */
export function pageNumberShape(text: string): PageNumberShape | undefined {
  const bare = dashed.exec(text)?.[1] ?? text
  if (arabicPatterns.some((pattern) => pattern.test(bare))) return 'arabic'
  if (romanNumeral.test(bare)) return 'roman'
  return undefined
}

/**
 * The line with page numbers in it made comparable across pages: runs of
 * digits become `#`, spaces go (pdftotext drops or adds a space before a
 * number that grew a digit), case folds.
 *
 * @param text The line.
 * @returns Its comparison key.
 */
export function furnitureKey(text: string): string {
  // One pass over the line, copying the runs between digits and spaces (as
  // `replace(/\d+/g, '#').replace(/\s+/g, '')` would, without two new
  // strings): every line of a document may be keyed.
  let key = ''
  let from = 0
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (isDigit(code)) {
      key += `${text.slice(from, index)}#`
      do index++
      while (index < text.length && isDigit(text.charCodeAt(index)))
      from = index
    } else if (isSpace(code)) {
      key += text.slice(from, index)
      index++
      from = index
    } else index++
  }
  return (key + text.slice(from)).toLowerCase()
}

/** Whether a UTF-16 code unit is an ASCII digit (what `\d` matches). */
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Whether a UTF-16 code unit is white space (what `\s` matches). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}
