/**
 * A heading line glued to the paragraph under it: a short line shaped like
 * a heading opens a block, and the paragraph's first line follows it with
 * no blank line between (pdftotext output). A paragraph's first line runs
 * on to the measure; a line that opens a block and stops short of it
 * although the next line's first word would have fitted is a block of its
 * own, a heading (or a title) when it has no closing punctuation.
 */
import { headingMaxWords } from './block-boundary.js'
import { endsOpen } from './heading-wrap.js'
import { primarySubtag } from './language-tag.js'
import { firstWord, wordCount } from './line-edges.js'
import { endsShort, type LineFill } from './line-fill.js'
import type { Line } from './lines.js'

/**
 * Check whether the first line of a block is a heading line that ends
 * before the next line: it starts with a capital or digit, ends in a letter
 * or digit (no closing punctuation, no broken word), holds no sentence
 * punctuation or comma (a sentence that stops short ends with its mark), does
 * not end in an article, preposition or conjunction (a heading does not
 * end there), stops short of the measure by the document's glyph widths,
 * and the next line starts with a capital letter. Not in German: every
 * German noun starts with a capital, so a capital at the start of the next
 * line does not show that a sentence or block starts there.
 *
 * @param line The block's first and only line so far.
 * @param next The line after it.
 * @param fill The document's fill model, when known.
 * @param language The document's language (BCP 47), if known.
 * @param hyphenates Whether the typesetter hyphenates (then the next word's
 *   first syllable counts as fitting, see `endsShort`).
 * @returns Whether the block ends after `line`.
 */
export function endsHeadingLine(
  line: Line,
  next: Line,
  fill: LineFill | undefined,
  language: string | undefined,
  hyphenates: boolean,
): boolean {
  if (fill === undefined || line.marker !== undefined) return false
  if (language !== undefined && primarySubtag(language) === 'de') return false
  const text = line.text
  return (
    /^[\p{Lu}\p{N}]/u.test(text) &&
    /[\p{L}\p{N}]$/u.test(text) &&
    !/[.!?:;,]/u.test(text.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s/, '')) &&
    wordCount(text) <= headingMaxWords &&
    !endsOpen(text, language) &&
    /^["'“‘(]?\p{Lu}/u.test(next.text) &&
    endsShort(text, firstWord(next.text), fill, hyphenates ? language : undefined)
  )
}
