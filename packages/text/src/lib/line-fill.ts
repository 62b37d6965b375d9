/**
 * Line fill: how much of the measure a line takes, in estimated typeset
 * width rather than in characters. A paragraph's last line is the only one
 * a typesetter leaves short on purpose; whether the next word would have
 * fitted on it is the evidence for a paragraph end when no blank line marks
 * one (pdftotext -raw output). Character counts vary by a tenth between
 * justified lines ("mmm" against "iii"); summed glyph widths vary less.
 */
import { breakPoints, firstSyllable } from './hyphenation-points.js'
import { atMost } from './layout.js'
import { endsInLetterHyphen } from './letters.js'
import { endsWithMark, firstWord, startsLowercase } from './line-edges.js'
import type { Line } from './lines.js'
import { readListMarker } from './list-marker.js'

/**
 * Advance widths in thousandths of an em of a book serif (Times Roman's
 * metrics, which Liberation Serif shares; Computer Modern differs by a few
 * percent). Hand-written rather than loaded from a font library: only the
 * relative widths of letters matter here, the text's real font is unknown,
 * and loading font files would cost the parser its start-up time.
 */
const serifWidths: Record<string, number> = {
  ' ': 250,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  '.': 250,
  ',': 250,
  ':': 278,
  ';': 278,
  '-': 333,
  '(': 333,
  ')': 333,
  '[': 333,
  ']': 333,
  '"': 408,
  "'": 180,
  '!': 333,
  '?': 444,
  '/': 278,
  '–': 500,
  '—': 1000,
  '“': 444,
  '”': 444,
  '„': 444,
  '‘': 333,
  '’': 333,
  '*': 500,
  '@': 921,
  '&': 778,
  '%': 833,
}

/** Width of a character not in the table: a digit's, the median letter's. */
const defaultWidth = 500

/**
 * Quantile of the mid-paragraph line widths under which a line is narrow
 * whatever the next word: justified lines in a paragraph rarely fall below
 * the lower third of their own spread.
 */
const narrowQuantile = 0.3

/**
 * Quantile of the mid-paragraph line widths that must lie near the full
 * measure for the text to count as justified.
 */
const justifiedQuantile = 0.1

/** Share of the full measure that quantile must reach in justified text. */
const justifiedShare = 0.8

/** Share of the full measure a narrow line stays under at most. */
const narrowShare = 0.9

/**
 * Quantile of the mid-paragraph line widths taken as the full measure (the
 * widest lines run a little over it where a typesetter shrinks spaces).
 */
const fullQuantile = 0.98

/**
 * Share of the full measure a line plus the next word must stay under for
 * the word to have fitted: the estimate of widths is a few percent off for
 * any real font. A document whose widths prove more exact gets up to
 * `exactFitShare` (see `fitQuantile`).
 */
const fitShare = 0.97

/** The share for a document whose estimated widths are exact. */
const exactFitShare = 1

/**
 * Quantile of the fits (line plus next word, over the full measure) of lines
 * that certainly run on, taken as the document's share: in those the next
 * word did not fit, so all but the estimate's errors lie above 1, and a low
 * quantile shows how far the estimate strays for this document's font.
 */
const fitQuantile = 0.05

/**
 * Taken off that quantile: the lines that run on are a sample, and a share
 * set right at their edge would take the next such line for an end.
 */
const fitMargin = 0.005

/**
 * Share of the lines that must end in a word broken by a hyphen, or be two
 * lines pdftotext joined at one, for the typesetter to count as one that
 * hyphenates: a typesetter that does not still breaks after the hyphen of a
 * compound ("dual-⏎use") now and then.
 */
const hyphenatedShare = 0.02

/** Lines that certainly run on needed before their fits are trusted. */
const minFitLines = 20

/** Mid-paragraph lines needed before the widths are trusted. */
const minLines = 8

/** How many times the median a line may be wide and still count (pdftotext joins lines). */
const overlongFactor = 1.5

/**
 * Share of the full measure from which a line is taken for two or more
 * typeset lines joined: a justified line shrinks by a few percent at most.
 */
const joinedShare = 1.05

/**
 * Share of an item's later lines that may reach nearer the paragraphs'
 * measure than the list's while the items still count as hanging: nearly
 * none do where they hang, nearly all where they wrap back to the margin.
 */
const hangingShare = 0.5

/** Item lines that run on needed before the list measure is trusted. */
const minItemLines = 5

/**
 * Quantile of the run-on item widths taken as the list measure: item lines
 * are few, so this leaves out the widest one or two (a wide code word, an
 * item set in a wider block) rather than the widest 2 % as for paragraphs.
 */
const itemQuantile = 0.95

/** The document's measure in estimated widths. */
export interface LineFill {
  /** Width of a line as wide as the measure. */
  full: number
  /** Width under which a line counts as narrow. */
  narrow: number
  /**
   * Share of `full` a line plus the next word must stay under for the word
   * to have fitted, learnt from the document (between 0.97 and 1).
   */
  fit: number
  /**
   * Width of a typical line that runs on (the median): a justified line's
   * natural width, before its spaces are stretched, lies under `full`.
   */
  typical: number
  /**
   * Whether the typesetter hyphenates: enough lines end in a broken word
   * (or were joined at one by pdftotext).
   */
  hyphenates: boolean
  /**
   * Width of a full line of a list item's text (its marker left out), when
   * enough item lines run on to tell: items are indented, so their lines
   * are narrower than the paragraphs' by the indent.
   */
  item?: number
  /**
   * Whether an item's lines after its first hang at the list's indent (most
   * stay within the list measure), as far as the item lines that run on
   * show.
   */
  itemsHang?: boolean
}

/** The width of one character, looked up the slow way (table, base letter, space). */
function characterWidth(character: string): number {
  return (
    serifWidths[character] ??
    serifWidths[character.normalize('NFD').charAt(0)] ??
    (/\s/.test(character) ? serifWidths[' '] : undefined) ??
    defaultWidth
  )
}

/**
 * Widths by UTF-16 code unit for the Basic Multilingual Plane, filled as
 * characters are first met (0 = not looked up yet; no character is 0 wide):
 * every line is measured, and the lookup above costs a normalisation for
 * each accented letter.
 */
const widthByCode = new Uint16Array(0x10000)

/**
 * Estimate the typeset width of a text, in ems.
 *
 * @param text The text.
 * @returns Its width.
 */
export function textWidth(text: string): number {
  return widthUnits(text) / 1000
}

/**
 * The width of a space and a text after it (and of a hyphen after that), as
 * `textWidth` gives it for the joined string, without joining: a string
 * joined from pieces is read a character at a time far slower than a plain
 * one, and this is asked at nearly every line. Widths are whole thousandths,
 * so their sum does not depend on how the text is cut.
 *
 * @param text The text after the space.
 * @param hyphen Whether a hyphen follows it.
 * @returns Its width, in ems.
 */
export function spacedWidth(text: string, hyphen = false): number {
  return (spaceUnits + widthUnits(text) + (hyphen ? hyphenUnits : 0)) / 1000
}

/** A text's width in thousandths of an em: whole numbers, summed exactly. */
function widthUnits(text: string): number {
  let total = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdfff) {
      // A character outside the BMP (two code units): rare, measured whole.
      const character = String.fromCodePoint(text.codePointAt(index) ?? code)
      total += characterWidth(character)
      index += character.length - 1
      continue
    }
    let width = widthByCode[code] as number
    if (width === 0) {
      width = characterWidth(text.charAt(index))
      widthByCode[code] = width
    }
    total += width
  }
  return total
}

/** The widths of a space and a hyphen, in thousandths of an em. */
const spaceUnits = widthUnits(' ')
const hyphenUnits = widthUnits('-')

/**
 * Measure a document's lines in widths: which width is full and which
 * narrow, learnt from the lines that certainly run on (the next line goes on
 * in lowercase and the line does not end a clause).
 *
 * @param lines The body lines, in order (no furniture, no blanks).
 * @param wrapsMarked Whether the text marks its soft wraps with a trailing
 *   space (`Layout.trailingSpaceMarksWrap`): there a line without one that
 *   runs on in lowercase lost its hyphenation hyphen.
 * @returns The fill model, or `undefined` when too few lines run on.
 */
export function measureFill(lines: Line[], wrapsMarked = false): LineFill | undefined {
  // Typed arrays of the lines' count, filled from the start (each count
  // below says how far): kept outside the JavaScript heap, and not grown a
  // step at a time as arrays are by `push`, which left a copy behind at
  // each step (1 MB at 1 MB of text).
  const widths = new Float64Array(lines.length)
  let widthCount = 0
  const itemWidths = new Float64Array(lines.length)
  let itemCount = 0
  // The widths of an item's later lines that run on.
  const continuations = new Float64Array(lines.length)
  let continuationCount = 0
  // A line that runs on after a line that ran on too (the middle of a
  // paragraph, no heading or item start): its width and the next word's.
  const runWidths = new Float64Array(lines.length)
  const runWords = new Float64Array(lines.length)
  let runCount = 0
  let ranOn = false
  // Whether the run of lines the line belongs to opened with a list marker:
  // an item's lines are narrower than the paragraphs'.
  let inItem = false
  // Lines whose hyphenation hyphen was lost (see `lostHyphen`).
  let lost = 0
  // Each line's width, measured once: both passes below need most of them.
  const lineWidths = new Float64Array(lines.length).fill(-1)
  const widthAt = (index: number): number => {
    let width = lineWidths[index] as number
    if (width < 0) {
      width = textWidth((lines[index] as Line).text)
      lineWidths[index] = width
    }
    return width
  }
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index] as Line
    const next = lines[index + 1] as Line
    const runsOn =
      line.page === next.page && startsLowercase(next.text) && !endsWithMark(line.text, '.!?:;')
    const before = ranOn
    ranOn = runsOn
    // The typesetter set a hyphen at the end of a line that lost it in the
    // copy. Measured without it, every such line would count as a little
    // short of the measure, and the measure learnt from them too narrow.
    const hyphen = wrapsMarked && lostHyphen(line, next) ? textWidth('-') : 0
    if (hyphen > 0) {
      lineWidths[index] = textWidth(line.text) + hyphen
      lost++
    }
    const marker = !before || runsOn ? line.marker : undefined
    if (!before) inItem = marker !== undefined
    if (!runsOn) continue
    const width = widthAt(index)
    widths[widthCount++] = width
    if (before && !inItem && !line.text.endsWith(',')) {
      runWidths[runCount] = width
      runWords[runCount++] = spacedWidth(firstWord(next.text))
    }
    // An item's first line that runs on shows the list measure (hanging
    // indent: the text of every item line starts at the same place); its
    // later lines show whether the items do hang.
    if (marker) itemWidths[itemCount++] = textWidth(line.text.slice(marker.length)) + hyphen
    else if (inItem) continuations[continuationCount++] = width
  }
  if (widthCount < minLines) return undefined
  // Typed arrays sort numbers without a comparator call per comparison,
  // which made the sorts most of this function's time.
  const sorted = widths.subarray(0, widthCount).sort()
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
  const usual = atMost(sorted, median * overlongFactor)
  const quantile = (share: number): number => usual[Math.floor((usual.length - 1) * share)] ?? 0
  const full = quantile(fullQuantile)
  // Only in justified text do the lines that run on fill the measure, so
  // that a line narrower than most of them stands out; in ragged text only
  // the next word's fit tells.
  const justified = quantile(justifiedQuantile) >= full * justifiedShare
  // The font is unknown, so a narrow line must also be well short of full.
  const narrow = Math.min(quantile(narrowQuantile), full * narrowShare)
  // The fits are written over the run widths already read.
  let fitCount = 0
  for (let index = 0; index < runCount; index++) {
    const width = runWidths[index] as number
    if (width <= full * joinedShare)
      runWidths[fitCount++] = (width + (runWords[index] as number)) / full
  }
  const fits = runWidths.subarray(0, fitCount).sort()
  const fit =
    fits.length >= minFitLines
      ? Math.min(
          exactFitShare,
          Math.max(
            fitShare,
            (fits[Math.floor((fits.length - 1) * fitQuantile)] as number) - fitMargin,
          ),
        )
      : fitShare
  let broken = lost
  for (let index = 0; index < lines.length; index++) {
    if (endsInLetterHyphen((lines[index] as Line).text) || widthAt(index) > full * overlongFactor)
      broken++
  }
  const hyphenates = broken >= lines.length * hyphenatedShare
  const fill: LineFill = {
    full,
    narrow: justified ? narrow : 0,
    fit,
    typical: quantile(0.5),
    hyphenates,
  }
  let kept = 0
  for (let index = 0; index < itemCount; index++) {
    const width = itemWidths[index] as number
    if (width <= full * joinedShare) itemWidths[kept++] = width
  }
  const items = itemWidths.subarray(0, kept).sort()
  if (items.length >= minItemLines) {
    fill.item = items[Math.floor((items.length - 1) * itemQuantile)] as number
    // Lines an item runs on with hang at the list's indent, unless most of
    // them reach nearer the paragraphs' measure (items whose lines wrap
    // back to the margin).
    const outside = (fill.item + full) / 2
    let wide = 0
    for (let index = 0; index < continuationCount; index++) {
      const width = continuations[index] as number
      if (width > outside && width <= full * joinedShare) wide++
    }
    fill.itemsHang = continuationCount > 0 && wide < continuationCount * hangingShare
  }
  return fill
}

/**
 * Check whether a line lost its hyphenation hyphen, in a text that marks its
 * soft wraps with a trailing space: the line ends in a letter without the
 * mark and the next line goes on in lowercase (the word was broken there, as
 * the line-break decision takes it too).
 */
function lostHyphen(line: Line, next: Line): boolean {
  return !line.trailingSpace && /\p{L}$/u.test(line.text) && startsLowercase(next.text)
}

/**
 * Check whether a line was left short: it is narrow, or the next line's
 * first word would have fitted on it, or (with the language's hyphenation
 * patterns) the word's first syllable and a hyphen would have.
 *
 * @param line The line's text.
 * @param nextWord The first word of the next line.
 * @param fill The document's fill model.
 * @param language The document's language, for its hyphenation patterns.
 * @returns Whether the line ended short.
 */
export function endsShort(
  line: string,
  nextWord: string,
  fill: LineFill,
  language?: string,
): boolean {
  const whole = textWidth(line)
  const width =
    language && whole > fill.full * joinedShare
      ? lastPartWidth(line, fill, language)
      : lastLineWidth(whole, fill.full)
  // The width of the last of joined lines is only known roughly: the narrow
  // test needs the real width.
  if (width === whole && width <= fill.narrow) return true
  // The document's own share holds for its lines as they stand; the last
  // part of joined lines is only estimated.
  const room = fill.full * (width === whole ? fill.fit : fitShare)
  if (width + spacedWidth(nextWord) <= room) return true
  // A hyphenating typesetter that ends a line inside a paragraph breaks the
  // next word when its first syllable fits; a line that had room for the
  // syllable and its hyphen was ended on purpose.
  const syllable = language ? firstPart(nextWord, language) : undefined
  return syllable !== undefined && width + spacedWidth(syllable, true) <= room
}

/**
 * The next word's part before its first allowed break, with any opening
 * punctuation ("(ver" of "(verwerken"); `undefined` when the word may not be
 * broken, is not all letters or has more than one capital.
 */
function firstPart(word: string, language: string): string | undefined {
  const match = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u.exec(word)
  // Words in capitals ("README", "GitHub") are not broken by convention.
  if (!match || /\p{Lu}.*\p{Lu}/u.test(match[2] as string)) return undefined
  const syllable = firstSyllable(language, match[2] as string)
  return syllable === undefined ? undefined : `${match[1]}${syllable}`
}

/**
 * Check whether the next word would have fitted on a line with room to spare.
 *
 * @param line The line's text.
 * @param nextWord The first word of the next line.
 * @param fill The document's fill model.
 * @param share Share of the full measure the line plus the word must stay under.
 * @returns Whether it would have.
 */
export function hasRoomLeft(
  line: string,
  nextWord: string,
  fill: LineFill,
  share: number,
): boolean {
  return lastLineWidth(textWidth(line), fill.full) + spacedWidth(nextWord) <= fill.full * share
}

/**
 * Check whether the next word would have fitted on a list item's line: its
 * text (without the marker) measured against the list measure.
 *
 * @param line The line's text (the item's first line with its marker).
 * @param nextWord The first word of the next line.
 * @param fill The document's fill model.
 * @param item The list measure.
 * @returns Whether the word would have fitted.
 */
export function itemHasRoom(line: string, nextWord: string, fill: LineFill, item: number): boolean {
  const marker = readListMarker(line)
  const width = textWidth(marker ? line.slice(marker.length) : line)
  // Only a line wider than the paragraphs' measure is several joined ones.
  if (width > fill.full * joinedShare)
    return lastLineWidth(width, item) + spacedWidth(nextWord) <= item * fitShare
  return width + spacedWidth(nextWord) <= item * fill.fit
}

/**
 * Check whether a line is set outside a list: where an item's lines hang
 * at the list's indent, a line nearer the paragraphs' measure than the
 * list's is a paragraph's. A line pdftotext joined (wider than the measure)
 * tells nothing here.
 *
 * @param text The line.
 * @param fill The document's fill model.
 * @returns Whether it is, where the document shows the list measure.
 */
export function setOutsideList(text: string, fill: LineFill): boolean {
  if (fill.item === undefined || fill.itemsHang !== true) return false
  const width = textWidth(text)
  return width > (fill.item + fill.full) / 2 && width <= fill.full * joinedShare
}

/**
 * pdftotext's own dehyphenation glues a hyphenated line to the next one;
 * what counts is the last of the lines it joined.
 */
function lastLineWidth(width: number, measure: number): number {
  let rest = width
  while (rest > measure * joinedShare) rest -= measure
  return rest
}

/**
 * The width of the last of the lines pdftotext joined after hyphens, with
 * each join placed where the language's patterns allow a break and the line
 * before it, hyphen included, comes nearest a typical line's width (its
 * natural width: the full measure is the widest lines', whose spaces the
 * typesetter shrank).
 */
function lastPartWidth(text: string, fill: LineFill, language: string): number {
  let rest = text
  let width = textWidth(rest)
  while (width > fill.full * joinedShare) {
    const cut = joinPlace(rest, fill, language)
    if (cut === undefined) return lastLineWidth(width, fill.full)
    rest = rest.slice(cut)
    width = textWidth(rest)
  }
  return width
}

/** Where in a text the first typeset line ended inside a word, if a break fits. */
function joinPlace(text: string, fill: LineFill, language: string): number | undefined {
  const measure = fill.full
  let best: number | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  const hyphen = textWidth('-')
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const start = match.index
    const before = textWidth(text.slice(0, start))
    if (before > measure * joinedShare) break
    if (before + textWidth(match[0]) < measure * 0.85) continue
    for (const point of breakPoints(language, match[0])) {
      const distance = Math.abs(textWidth(text.slice(0, start + point)) + hyphen - fill.typical)
      if (distance < bestDistance) {
        bestDistance = distance
        best = start + point
      }
    }
  }
  return best
}
