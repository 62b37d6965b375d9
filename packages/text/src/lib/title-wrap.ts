/**
 * A document title wrapped over two lines. The title is set in the largest
 * type of the document, so it wraps after a few dozen characters, often
 * at a word that could end a heading ("Growing Together: A Guide for
 * Community Garden" / "Volunteers"), where the rule for wrapped headings
 * (an article or preposition at the end of the first line) does not see
 * it. What does show it is the start of the document: a title, a one-line
 * heading and at once another heading, with no text between, would be a
 * title over a section that holds nothing but a subsection. Documents open
 * with a title and then text or a first section; a second heading line
 * right under the title is the rest of the title.
 */
import type { TypedBlock } from './block-kind.js'
import { wordCount } from './line-edges.js'
import { isPartName } from './part-name.js'

/** Most words a title joined from two lines may have. */
const titleMaxWords = 20

/**
 * Fewest characters in the first line of a wrapped title. A title wraps
 * only once it has filled the line of its type, which at twice the body
 * size or so holds some thirty to fifty characters; a short first line
 * ("Guide to the new portal") is a whole title, and a heading under it
 * opens the first section.
 */
const titleMinFirstLine = 30

/**
 * Share of the body's measure a wrapped title's first line fills at least.
 * In a narrow column (two columns, a small page) a title's line holds
 * fewer than thirty characters: a type twice the body's, or a little more,
 * still fills about half the measure before it wraps (the wrapped titles
 * of the evaluation corpus and the held-out documents fill 0.48 to 0.67 of
 * it). So the first line need only reach this share when that is fewer
 * than `titleMinFirstLine` characters.
 */
const titleMinShare = 0.45

/**
 * Whether `second` is the second line of the title that `first` begins.
 *
 * @param first The document's first block.
 * @param second The block after it.
 * @param third The block after that, if any.
 * @param measure Characters in a full line of body text (see `Layout`);
 *   0 when unknown.
 * @returns Whether the two are one title wrapped over two lines: `first` a
 *   one-line heading on the first page of thirty characters or more (or
 *   of `titleMinShare` of the measure, when that is fewer), not
 *   ending in a question, an exclamation or a colon (or a one-line
 *   paragraph ending in a colon: a title before its subtitle); `second` a one-line heading without a number
 *   that names no standard report part ("Samenvatting" under the title is
 *   the first section); `third` a heading on its own line.
 */
export function continuesTitle(
  first: TypedBlock,
  second: TypedBlock,
  third: TypedBlock | undefined,
  measure = 0,
): boolean {
  const minFirstLine =
    measure > 0 ? Math.min(titleMinFirstLine, measure * titleMinShare) : titleMinFirstLine
  // A title and its subtitle wrapped at the colon between them ("Sharing
  // Data Between Councils:" / "A Guide for Local Teams"): the first line,
  // ending in a colon, reads as a lead-in paragraph, yet a lead-in does not
  // introduce a heading followed by another heading.
  const beforeSubtitle =
    first.kind === 'paragraph' && first.skip === undefined && first.text.endsWith(':')
  const titleLine =
    first.kind === 'heading'
      ? first.runIn === undefined && first.numbering === undefined && !/[?!:]$/.test(first.text)
      : beforeSubtitle
  return (
    titleLine &&
    second.kind === 'heading' &&
    third?.kind === 'heading' &&
    second.runIn === undefined &&
    third.runIn === undefined &&
    second.numbering === undefined &&
    first.block.lines.length === 1 &&
    second.block.lines.length === 1 &&
    first.block.lines[0]?.page === 1 &&
    first.text.length >= minFirstLine &&
    !isPartName(second.text) &&
    wordCount(first.text) + wordCount(second.text) <= titleMaxWords
  )
}
