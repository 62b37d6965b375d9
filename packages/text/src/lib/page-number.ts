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
  return text.replace(/\d+/g, '#').replace(/\s+/g, '').toLowerCase()
}
