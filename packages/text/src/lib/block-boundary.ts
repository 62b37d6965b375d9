/**
 * Block boundaries: whether a line break ends a paragraph, heading or list
 * item. pdftotext -raw writes no blank line between paragraphs, so the
 * evidence is the layout: a line that stops well before the measure although
 * the next line's first word would have fitted, followed by a line that
 * starts like a block does.
 */
import type { Layout } from './layout.js'
import { hasLetter } from './letters.js'
import { endsWithMark, firstWord, startsLowercase, wordCount } from './line-edges.js'
import {
  endsShort,
  hasRoomLeft,
  itemHasRoom,
  type LineFill,
  setOutsideList,
  textWidth,
} from './line-fill.js'
import type { Line } from './lines.js'
import { isWeakMarker } from './list-marker.js'
import { opensWrappedRunIn, runInLabel } from './run-in-heading.js'

/**
 * Share of the measure a line plus the next line's first word must stay
 * under to count as ended early. Justified lines in proportional type vary
 * by about a tenth in character count, so a line is only "short" with room
 * to spare.
 */
const fitShare = 0.92

/**
 * Share of the paragraphs' measure a list item's line plus the next word
 * must stay under for the item to have ended there: item lines are indented
 * by a few characters, so only a line with plenty of room left counts.
 */
const listFitShare = 0.9

/** Most words a one-line heading has. */
export const headingMaxWords = 16

/**
 * A section number of two or more parts ("2.3", "1.2.3") at the line start:
 * before a capital it opens a heading wherever the line before stops, as a
 * wrapped cross-reference ("zie paragraaf⏎2.3 voor") goes on in lowercase.
 */
const sectionNumber = /^\d{1,2}(?:\.\d{1,2})+\.?\s/

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
  return line.text.length + 1 + firstWord(next.text).length < layout.measure * fitShare
}

/** What besides the two lines a boundary decision weighs. */
export interface BoundaryContext {
  /** The document's layout. */
  layout: Layout
  /** Whether blank lines stood between the two lines. */
  blankBetween?: boolean
  /** The body lines after `next`, in order (the decision looks at two). */
  following?: readonly Line[]
  /** Whether the block the first line ends is a list item. */
  inListItem?: boolean
  /** The family of that list item's marker ("•", "1."), when it is one. */
  listFamily?: string | undefined
  /** The lines of the block the first line ends, in order (it is the last). */
  blockLines?: readonly Line[]
  /** The document's measure in estimated widths, when known. */
  fill?: LineFill | undefined
  /**
   * The document's language (BCP 47), for its hyphenation patterns, when
   * its typesetter hyphenates.
   */
  language?: string | undefined
}

/**
 * Decide whether a break between two body lines is a block boundary.
 *
 * @param line The line before the break.
 * @param next The line after it.
 * @param context The layout and the lines around.
 * @returns Whether a new block starts at `next`.
 */
export function isBlockBoundary(line: Line, next: Line, context: BoundaryContext): boolean {
  const { layout, blankBetween = false, following = [], inListItem = false, fill } = context
  const after = following[0]
  if (blankBetween) return true
  const early = endsEarly(line, next, layout)
  const sentenceEnd = endsWithMark(line.text, '.!?:')
  const marker = next.marker
  if (marker && (!isWeakMarker(marker) || sentenceEnd || early)) return true
  // A line without a letter ("1", "2020") cannot open a paragraph or a
  // heading: it is the tail of the line before (a wrapped number).
  if (!hasLetter(next.text)) return false
  if (
    headingNumber.test(next.text) &&
    (sentenceEnd || early || sectionNumber.test(next.text)) &&
    !/[-,]$/.test(line.text) &&
    startsUpper(next.text.replace(headingNumber, ''))
  )
    return true
  if (endsAttribution(line.text) && startsUpper(next.text)) return true
  if (quotationsMeet(line.text, next.text)) return true
  if (context.blockLines && quotationCloses(context.blockLines, next.text)) return true
  if (line.text.endsWith('-')) return false
  if (
    layout.runInLabels &&
    endsWithMark(line.text, '.!?') &&
    (runInLabel.test(next.text) || opensWrappedRunIn(next, after))
  )
    return true
  // A full line that ends a sentence or a list item, then a short line
  // shaped like a heading (no closing punctuation) before a line that starts
  // a block: the short line is a heading of its own.
  const fullStop = endsWithMark(line.text, '.!?')
  if (
    after &&
    // After a list item that ends without a full stop, a short line before
    // the next item is more likely the item's last words than a heading.
    (fullStop ||
      (inListItem &&
        !/[,;]$/.test(line.text) &&
        after.marker === undefined &&
        // An item's line filled to the list measure runs on: its sentence
        // goes on in the next line, however short that line is.
        (fill === undefined || !itemLineFull(line, fill)))) &&
    startsUpper(next.text) &&
    !endsWithMark(next.text, '.,;:') &&
    !(inListItem && asksOnward(line.text, next.text)) &&
    wordCount(next.text) <= headingMaxWords &&
    endsEarly(next, after, layout) &&
    (startsUpper(after.text) || after.marker !== undefined) &&
    !(layout.trailingSpaceExcludesBlockEnd && next.trailingSpace)
  )
    return true
  if (fullStop && startsTwoLineHeading(next, following, layout)) return true
  if (inListItem && isListLeadIn(line, next, after, context.listFamily)) return true
  if (layout.trailingSpaceExcludesBlockEnd && line.trailingSpace) return false
  if (layout.trailingSpaceExcludesBlockEnd && !line.trailingSpace && startsUpper(next.text)) {
    // The document marks every soft wrap; a line without the mark ends a
    // block unless the next line goes on with a lowercase word.
    return true
  }
  // After a sentence end, a line that starts with anything but a lowercase
  // letter ("@name", "(als …)", a quote) may open a block when the layout
  // says so; other lines need a capital.
  const upper = startsUpper(next.text)
  if (!upper && (!sentenceEnd || startsLowercase(next.text))) return false
  // A list item's lines are narrower than the paragraphs' by the item's
  // indent, so the character measure says nothing about where an item ends:
  // the widths below (against the list measure) decide.
  if (early && !(inListItem && fill !== undefined)) return true
  if (fill === undefined) return false
  const nextWord = firstWord(next.text)
  // A list item ends at a line the next word would have fitted on (by the
  // list measure: its lines are indented), or before a line set outside the
  // list.
  if (inListItem)
    return (
      upper &&
      !/[,;]$/.test(line.text) &&
      (itemLineHasRoom(line.text, nextWord, fill) ||
        setOutsideList(next.text, fill) ||
        runsOutsideList(line, next, after, fill))
    )
  // A sentence or a lead-in ends at a line the next word would have fitted
  // on: the typesetter ended the paragraph there.
  return endsWithMark(line.text, '.!?:') && endsShort(line.text, nextWord, fill, context.language)
}

/**
 * Check whether the next line's first word would have fitted on a list
 * item's line: against the list measure when the document shows it, else
 * with plenty of room under the paragraphs' measure.
 *
 * @param line The item's line.
 * @param nextWord The next line's first word.
 * @param fill The document's fill model.
 * @returns Whether it would have.
 */
function itemLineHasRoom(line: string, nextWord: string, fill: LineFill): boolean {
  return fill.item === undefined
    ? hasRoomLeft(line, nextWord, fill, listFitShare)
    : itemHasRoom(line, nextWord, fill, fill.item)
}

/**
 * Check whether an item's sentence ends before a line that runs on into a
 * line set outside the list: the two lines are one sentence, so the first
 * stands outside the list too, however short it is (the last line of an
 * item and the first of the paragraph after it can both be narrower than
 * the list measure; the paragraph's next line shows its measure).
 *
 * @param line The item's line, before the break.
 * @param next The line after the break.
 * @param after The line after that.
 * @param fill The document's fill model.
 * @returns Whether the item ends at the break.
 */
function runsOutsideList(line: Line, next: Line, after: Line | undefined, fill: LineFill): boolean {
  return (
    after !== undefined &&
    endsWithMark(line.text, '.!?') &&
    !endsWithMark(next.text, '.!?:;') &&
    after.marker === undefined &&
    setOutsideList(after.text, fill)
  )
}

/**
 * Share of the list measure from which an item's line counts as full: the
 * lines of an item that run on fill its measure to within a short word.
 */
const itemFullShare = 0.95

/**
 * Check whether a list item's line fills the list measure (its marker left
 * out), or, where the document does not show that measure, most of the
 * paragraphs' measure.
 *
 * @param line The item's line.
 * @param fill The document's fill model.
 * @returns Whether it does.
 */
function itemLineFull(line: Line, fill: LineFill): boolean {
  const text = line.marker ? line.text.slice(line.marker.length) : line.text
  return textWidth(text) >= (fill.item ?? fill.full * listFitShare) * itemFullShare
}

/**
 * Check whether a short question follows a list item's question: an item
 * that asks ("Heb je een mobiel?") goes on with its next question ("Wat
 * voor merk?"), as in an interview guide or a checklist; a heading is not
 * one of a run of questions.
 *
 * @param line The item's line, ending in a question mark.
 * @param next The short line after it.
 * @returns Whether it does.
 */
function asksOnward(line: string, next: string): boolean {
  return /\?["”’)]*$/.test(line) && /\?$/.test(next)
}

/**
 * Check whether a line opens a heading wrapped onto a second line: it stops
 * well before the measure although it runs on into the next line (so it is
 * set in a larger type, the sign of a heading), the second line ends short
 * without closing punctuation, and a block starts after it.
 *
 * @param first The line that may open the heading.
 * @param following The body lines after it.
 * @param layout The document's layout.
 * @returns Whether it does.
 */
function startsTwoLineHeading(first: Line, following: readonly Line[], layout: Layout): boolean {
  const [second, after] = following
  return (
    second !== undefined &&
    after !== undefined &&
    startsUpper(first.text) &&
    // The first line runs on: a word broken at the end, or the second line
    // goes on in lowercase.
    (/\p{L}-$/u.test(first.text) || /^\p{Ll}/u.test(second.text)) &&
    !endsWithMark(first.text, '.,;:') &&
    !endsWithMark(second.text, '.,;:') &&
    wordCount(first.text) + wordCount(second.text) <= headingMaxWords &&
    endsEarly(first, second, layout) &&
    endsEarly(second, after, layout) &&
    (startsUpper(after.text) || after.marker !== undefined) &&
    !(layout.trailingSpaceExcludesBlockEnd && (first.trailingSpace || second.trailingSpace))
  )
}

/**
 * Check whether a short line between two items of one list introduces the
 * items after it ("Publicatiepagina:", "Wil je helpen?"): it ends in a colon
 * or a question mark, the item before it ran on without closing punctuation,
 * and the item after it has the same marker. An item's own words before
 * items of its own would have them nested, under another marker.
 *
 * @param line The item's line before the break.
 * @param next The short line.
 * @param after The line after it.
 * @param family The marker family of the item `line` belongs to.
 * @returns Whether `next` starts a block.
 */
function isListLeadIn(
  line: Line,
  next: Line,
  after: Line | undefined,
  family: string | undefined,
): boolean {
  return (
    family !== undefined &&
    after !== undefined &&
    after.marker?.family === family &&
    !endsWithMark(line.text, '.!?:;,') &&
    // A capital letter: an item's sentence may wrap before a number.
    /^["'“‘’„(]?\p{Lu}/u.test(next.text) &&
    /[:?]$/.test(next.text) &&
    wordCount(next.text) <= headingMaxWords
  )
}

/**
 * A quotation's attribution at a line end: a closing quote, a dash and a
 * short source ("” — Respondent 4", "\" – A. de Vries, 2021").
 */
const attribution = /["”»’]\s+[—–]\s+\S[^"“”„«»]{0,40}$/u

/**
 * Check whether a line ends a quotation with its attribution: a quoted
 * testimony or epigraph is set as a block of its own, so what follows
 * starts another.
 *
 * @param text The line.
 * @returns Whether it does.
 */
function endsAttribution(text: string): boolean {
  // Most lines have no dash: the pattern, tried from every position of the
  // line, need not run on them.
  return (text.includes('—') || text.includes('–')) && attribution.test(text)
}

/**
 * Check whether one quotation ends at a line end and another opens the next
 * line: a closing quote after the sentence's mark, then an opening quote
 * before a capital. Quoted statements set one after another ("Dit werkt
 * niet." / "Waarom niet?") are blocks of their own; running text seldom
 * closes one quotation and opens the next right at a line break.
 *
 * @param text The line.
 * @param next The next line.
 * @returns Whether they do.
 */
function quotationsMeet(text: string, next: string): boolean {
  return /[.!?…]["”»’']$/u.test(text) && /^["“„«‘]\p{Lu}/u.test(next)
}

/** A sentence's mark and a closing double quote at the end of a line. */
const closedQuotation = /[.!?…]["”»]$/u

/** Double quotation marks, opening and closing. */
const doubleQuotes = /["“”„«»]/gu

/**
 * Check whether the block so far is one quotation that closes at the end of
 * its last line, before a line that starts a sentence: the block opens with
 * a quotation mark, the last line ends a sentence and the quotation, and the
 * marks in between pair up (a quotation inside it, "18 jaar!"). A quoted
 * statement standing alone (a respondent's words, the question a study
 * asks) is set as a block of its own; the sentence after it starts another,
 * whether or not its line was full.
 *
 * @param lines The block's lines, the line before the break last.
 * @param next The line after the break.
 * @returns Whether the block ends there.
 */
function quotationCloses(lines: readonly Line[], next: string): boolean {
  const last = lines.at(-1)?.text ?? ''
  // Most lines end otherwise: the block need not be read.
  if (!closedQuotation.test(last) || !/^["“„«]/u.test(lines[0]?.text ?? '')) return false
  if (!/^["'“‘„(]?\p{Lu}/u.test(next)) return false
  let marks = 0
  for (const line of lines) marks += line.text.match(doubleQuotes)?.length ?? 0
  return marks % 2 === 0
}

/**
 * Check whether a block's only line is a numbered heading ended before a
 * line that starts with a capital: "2.3 Scope" then "The report covers".
 * Only section numbers with more than one part count.
 * A numbered line without closing punctuation that is followed by a capital
 * rarely wraps onto a name.
 *
 * @param first The block's first and only line.
 * @param next The line after it.
 * @returns Whether the block ends there.
 */
export function endsNumberedHeading(first: Line, next: Line): boolean {
  const match = headingNumber.exec(first.text)
  return (
    match !== null &&
    // "2.3", not "2." (a list item's number as often as a heading's).
    /^\d{1,2}(?:\.\d{1,2})+\.?\s/.test(match[0]) &&
    /^\p{Lu}/u.test(first.text.slice(match[0].length)) &&
    !/[-–,;:.!?]["'”’)]*$/.test(first.text) &&
    /^["'“‘„(]?\p{Lu}/u.test(next.text)
  )
}

/**
 * Check whether text starts like a block: a capital, a digit, or an opening
 * quote or bracket before one.
 *
 * @param text The text.
 * @returns Whether it does.
 */
function startsUpper(text: string): boolean {
  // Opening quotes include ’ and ‚ (typeset single quotes) and guillemets.
  return /^["'“‘’‚„«»‹›([]?[\p{Lu}\p{N}]/u.test(text)
}
