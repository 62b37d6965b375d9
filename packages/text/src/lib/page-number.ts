/**
 * Page numbers as typesetters print them: "3", "– 3 –", "- 3 -", "Pagina 3
 * van 12", "Page 3 of 12", "Seite 3 von 12", "3/12", "blz. 3", roman "iv".
 */

const patterns = [
  /^[-–—]?\s*\d{1,4}\s*[-–—]?$/,
  /^(?:pagina|page|seite|blz\.?|p\.|s\.)\s*\d{1,4}(?:\s*(?:van|of|von|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(?:\/|van|of|von)\s*\d{1,4}$/i,
  /^[-–—]?\s*[ivxlc]{1,7}\s*[-–—]?$/,
]

/**
 * Check whether a line is nothing but a page number.
 *
 * @param text The line, trimmed.
 * @returns Whether it is a page number.
 */
export function isPageNumber(text: string): boolean {
  return patterns.some((pattern) => pattern.test(text))
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
