/**
 * Block boundaries: whether a line break ends a paragraph, heading or list
 * item. pdftotext -raw writes no blank line between paragraphs, so the
 * evidence is the layout: a line that stops well before the measure although
 * the next line's first word would have fitted, followed by a line that
 * starts like a block does.
 */
import type { Layout } from './layout.js'
import type { Line } from './lines.js'
import { isWeakMarker, readListMarker } from './list-marker.js'
import { runInLabel } from './run-in-heading.js'

/**
 * Share of the measure a line plus the next line's first word must stay
 * under to count as ended early. Justified lines in proportional type vary
 * by about a tenth in character count, so a line is only "short" with room
 * to spare.
 */
const fitShare = 0.92

/** Most words a one-line heading has. */
const headingMaxWords = 16

/** A heading number: "2", "2.3", "2.3.1", "A.", "IV." at the line start. */
export const headingNumber = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVXLC]{1,6}\.)\s+(?=\S)/

/**
 * Check whether a line ended before the measure although the next word would
 * have fitted.
 *
 * @param line The line.
 * @param next The next line.
 * @param layout The document's layout.
 * @returns Whether it ended early.
 */
function endsEarly(line: Line, next: Line, layout: Layout): boolean {
  const firstWord = next.text.split(' ', 1)[0] ?? ''
  return line.text.length + 1 + firstWord.length < layout.measure * fitShare
}

/**
 * Decide whether a break between two body lines is a block boundary.
 *
 * @param line The line before the break.
 * @param next The line after it.
 * @param layout The document's layout.
 * @param blankBetween Whether blank lines stood between them.
 * @param after The body line after `next`, if any.
 * @param inListItem Whether the block `line` ends is a list item.
 * @returns Whether a new block starts at `next`.
 */
export function isBlockBoundary(
  line: Line,
  next: Line,
  layout: Layout,
  blankBetween: boolean,
  after: Line | undefined,
  inListItem = false,
): boolean {
  if (blankBetween) return true
  const early = endsEarly(line, next, layout)
  const sentenceEnd = /[.!?:]["'”’)]*$/.test(line.text)
  const marker = readListMarker(next.text)
  if (marker && (!isWeakMarker(marker) || sentenceEnd || early)) return true
  if (
    headingNumber.test(next.text) &&
    (sentenceEnd || early) &&
    startsUpper(next.text.replace(headingNumber, ''))
  )
    return true
  if (line.text.endsWith('-')) return false
  if (layout.runInLabels && /[.!?]["'”’)]*$/.test(line.text) && runInLabel.test(next.text))
    return true
  // A full line that ends a sentence or a list item, then a short line
  // shaped like a heading (no closing punctuation) before a line that starts
  // a block: the short line is a heading of its own.
  if (
    (/[.!?]["'”’)]*$/.test(line.text) || (inListItem && !/[,;]$/.test(line.text))) &&
    after &&
    startsUpper(next.text) &&
    !/[.,;:]["'”’)]*$/.test(next.text) &&
    next.text.split(' ').length <= headingMaxWords &&
    endsEarly(next, after, layout) &&
    (startsUpper(after.text) || readListMarker(after.text) !== undefined) &&
    !(layout.trailingSpaceExcludesBlockEnd && next.trailingSpace)
  )
    return true
  if (layout.trailingSpaceExcludesBlockEnd && line.trailingSpace) return false
  if (layout.trailingSpaceExcludesBlockEnd && !line.trailingSpace && startsUpper(next.text)) {
    // The document marks every soft wrap; a line without the mark ends a
    // block unless the next line goes on with a lowercase word.
    return true
  }
  return early && startsUpper(next.text)
}

/**
 * Check whether text starts like a block: a capital, a digit, or an opening
 * quote or bracket before one.
 *
 * @param text The text.
 * @returns Whether it does.
 */
function startsUpper(text: string): boolean {
  return /^["'“‘„([]?[\p{Lu}\p{N}]/u.test(text)
}
