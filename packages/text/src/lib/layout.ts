/**
 * What the document's lines look like as a whole: its measure (the length of
 * a full line) and whether it marks soft wraps with a trailing space, as text
 * copied from some PDF viewers does (pdftotext output does not).
 */
import type { Line } from './lines.js'
import { minRunIns, runInLabel } from './run-in-heading.js'

/** Facts about the document's layout that the break decisions weigh. */
export interface Layout {
  /** Characters in a full line: a high quantile of the line lengths. */
  measure: number
  /** Whether a trailing space marks a soft wrap (and its absence a join or block end). */
  trailingSpaceMarksWrap: boolean
  /**
   * Whether, besides, block ends lack the trailing space, so a line with one
   * never ends a block (the user's own example does this).
   */
  trailingSpaceExcludesBlockEnd: boolean
  /**
   * Whether paragraphs open with run-in labels ("Label: Text") after a
   * sentence end often enough that such a line starts a block.
   */
  runInLabels: boolean
}

/**
 * Quantile of line lengths taken as the measure. Justified lines vary by a
 * few characters in proportional type; the 85th percentile lies among the
 * full lines whenever at least a fifth of the lines are full.
 */
const measureQuantile = 0.85

/**
 * Share of lines with a trailing space from which the document counts as
 * marking soft wraps. pdftotext writes none at all; text copied from a PDF
 * viewer marks most wraps, but headings, paragraph ends and lost hyphens
 * lack the space, which in a short excerpt can be over half the lines.
 */
const markedShare = 0.25

/** How many times the median a line may be long and still count for the measure. */
const overlongFactor = 1.5

/** Lines needed before the quantile is trusted over the longest line. */
const minLinesForQuantile = 20

/**
 * Share of short, sentence-final lines that may carry a trailing space while
 * block ends still count as unmarked.
 */
const blockEndMarkedShare = 0.3

/**
 * Measure the layout of a document.
 *
 * @param lines The body lines (no furniture, no blanks).
 * @returns The layout.
 */
export function measureLayout(lines: Line[]): Layout {
  // A typed array sorts numbers without a comparator call per comparison.
  // Filled and filtered by index: `Int32Array.from` with a mapping steps
  // an iterator, and a typed array's `filter` gathers its values in a list
  // first, both an object for every line of the document.
  const all = new Int32Array(lines.length)
  for (let index = 0; index < lines.length; index++) all[index] = (lines[index] as Line).text.length
  all.sort()
  // pdftotext's own dehyphenation (its default mode) glues the next line on
  // to a hyphenated one, making lines of about twice the measure; they would
  // inflate it, so lines far above the median are left out.
  const median = all[Math.floor((all.length - 1) / 2)] ?? 0
  const lengths = all.length >= minLinesForQuantile ? atMost(all, median * overlongFactor) : all
  // In a short text too few lines are full for a quantile; the longest
  // line is the best guess at the measure there.
  const quantile = lengths.length >= minLinesForQuantile ? measureQuantile : 1
  const measure = lengths[Math.floor((lengths.length - 1) * quantile)] ?? 0
  let withSpace = 0
  let counted = 0
  let labels = 0
  let shortEnds = 0
  let shortEndsWithSpace = 0
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index] as Line
    counted++
    if (line.trailingSpace) withSpace++
    const next = lines[index + 1]
    // Enough labels seen, or no colon: the pattern need not run.
    if (
      labels < minRunIns &&
      next?.text.includes(':') &&
      !line.text.endsWith('-') &&
      runInLabel.test(next.text)
    )
      labels++
    if (line.text.length < measure * 0.6 && /[.!?]$/.test(line.text)) {
      shortEnds++
      if (line.trailingSpace) shortEndsWithSpace++
    }
  }
  const trailingSpaceMarksWrap = counted > 0 && withSpace / counted >= markedShare
  return {
    measure,
    runInLabels: labels >= minRunIns,
    trailingSpaceMarksWrap,
    trailingSpaceExcludesBlockEnd:
      trailingSpaceMarksWrap &&
      shortEnds > 0 &&
      shortEndsWithSpace / shortEnds <= blockEndMarkedShare,
  }
}

/**
 * The values of a sorted typed array up to a limit, in order (what
 * `filter((value) => value <= limit)` gives on a sorted array).
 *
 * @param sorted Values in ascending order.
 * @param limit The largest value kept.
 * @returns The leading values up to the limit (a view, not a copy).
 */
export function atMost<Values extends Int32Array | Float64Array>(
  sorted: Values,
  limit: number,
): Values {
  let end = 0
  while (end < sorted.length && (sorted[end] as number) <= limit) end++
  return sorted.subarray(0, end) as Values
}
