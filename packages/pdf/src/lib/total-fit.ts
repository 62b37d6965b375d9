/**
 * Justified lines by the total-fit algorithm (Knuth and Plass, "Breaking
 * paragraphs into lines", 1981): the breaks are chosen for the whole
 * paragraph at once, so no line is stretched much to save the next. Words
 * may break at hyphenation points; a broken word's fragments and its hyphen
 * become one `Span` with `/ActualText` of the whole word, so screen readers
 * and spec-following extractors read it whole (docs/accessibility.md §2).
 *
 * Hand-written: the npm line breakers (linebreak, tex-linebreak) either
 * break greedily or work on DOM text, not on kopij's measured pieces.
 */
import type { Hyphenator } from './hyphenation.js'
import type { Piece, Token } from './inline.js'
import { breakLines, type Line } from './line-break.js'
import type { StructElement } from './structure.js'

/** What total-fit breaking needs besides the tokens. */
export interface JustifyContext {
  hyphenate: Hyphenator | undefined
  /** A piece for part of a word (or a hyphen), in the word's style, owned by `element`. */
  reshape(piece: Piece, text: string, element: StructElement): Piece
  /** A Span for a hyphenated word, with the whole word as ActualText. */
  span(parent: StructElement, word: string): StructElement
}

/** A word that may be broken, shared by its fragments. */
interface Word {
  piece: Piece
  span: StructElement | undefined
}

type Item =
  | { kind: 'box'; width: number; piece: Piece; word: Word | undefined }
  | { kind: 'glue'; width: number; stretch: number; shrink: number; piece: Piece | undefined }
  | { kind: 'penalty'; width: number; penalty: number; flagged: boolean; word: Word | undefined }

interface Breakpoint {
  index: number
  line: number
  fitness: number
  demerits: number
  previous: Breakpoint | undefined
}

/** Penalties (Knuth and Plass's values, in their units). */
const hyphenPenalty = 50
const doubleHyphenDemerits = 3000
const fitnessDemerits = 3000
const forced = -10_000
const never = 10_000
/** Glue may stretch by half a space and shrink by a third (TeX's defaults for a text font). */
const stretchRatio = 0.5
const shrinkRatio = 1 / 3

/**
 * Break tokens into justified lines.
 *
 * @param lastLineMax The widest the last line may be.
 * @returns Lines with `spaceExtra` set on all but paragraph-final ones.
 */
export function breakJustified(
  tokens: readonly Token[],
  width: number,
  size: number,
  context: JustifyContext,
  lastLineMax = Number.POSITIVE_INFINITY,
): Line[] {
  const items = toItems(tokens, context)
  // The last line ends in glue that stretches without end (TeX's
  // \parfillskip); giving it a width keeps that much of the last line free.
  const fill = items.at(-2)
  if (fill?.kind === 'glue' && lastLineMax < width) fill.width = width - lastLineMax
  if (items.some((item) => item.kind === 'box' && item.width > width)) {
    // A word wider than the line must be cut: that is greedy breaking's job.
    return breakLines(tokens, width, size, lastLineMax)
  }
  const breaks = findBreaks(items, width, 2) ?? findBreaks(items, width, 10)
  if (!breaks) return breakLines(tokens, width, size, lastLineMax)
  return toLines(items, breaks, width, size, context)
}

function toItems(tokens: readonly Token[], context: JustifyContext): Item[] {
  const items: Item[] = []
  for (const token of tokens) {
    if (token.kind === 'glue') {
      items.push({
        kind: 'glue',
        width: token.width,
        stretch: token.width * stretchRatio,
        shrink: token.width * shrinkRatio,
        piece: token.piece,
      })
    } else if (token.kind === 'break') {
      items.push({ kind: 'glue', width: 0, stretch: never, shrink: 0, piece: undefined })
      items.push({ kind: 'penalty', width: 0, penalty: forced, flagged: false, word: undefined })
    } else {
      const [only] = token.pieces
      const parts =
        token.pieces.length === 1 && only && context.hyphenate ? context.hyphenate(only.text) : []
      if (!only || parts.length < 2) {
        for (const piece of token.pieces) {
          items.push({ kind: 'box', width: piece.width, piece, word: undefined })
        }
        continue
      }
      const word: Word = { piece: only, span: undefined }
      const hyphen = context.reshape(only, '-', only.element)
      parts.forEach((part, index) => {
        if (index > 0) {
          items.push({
            kind: 'penalty',
            width: hyphen.width,
            penalty: hyphenPenalty,
            flagged: true,
            word,
          })
        }
        const piece = context.reshape(only, part, only.element)
        items.push({ kind: 'box', width: piece.width, piece, word })
      })
    }
  }
  items.push({ kind: 'glue', width: 0, stretch: never, shrink: 0, piece: undefined })
  items.push({ kind: 'penalty', width: 0, penalty: forced, flagged: false, word: undefined })
  return items
}

/** The breakpoints of the best paragraph within a tolerance, or undefined. */
function findBreaks(
  items: readonly Item[],
  width: number,
  tolerance: number,
): number[] | undefined {
  const count = items.length
  const sumWidth = new Float64Array(count + 1)
  const sumStretch = new Float64Array(count + 1)
  const sumShrink = new Float64Array(count + 1)
  items.forEach((item, index) => {
    sumWidth[index + 1] = (sumWidth[index] ?? 0) + (item.kind === 'penalty' ? 0 : item.width)
    sumStretch[index + 1] = (sumStretch[index] ?? 0) + (item.kind === 'glue' ? item.stretch : 0)
    sumShrink[index + 1] = (sumShrink[index] ?? 0) + (item.kind === 'glue' ? item.shrink : 0)
  })
  /** First item of the line after a break: discardable glue and penalties are skipped. */
  const startAfter = (index: number): number => {
    let start = index === 0 ? 0 : index + 1
    while (start < count && (items[start] as Item).kind !== 'box') {
      const item = items[start] as Item
      if (item.kind === 'penalty' && item.penalty <= forced) break
      start++
    }
    return start
  }
  let active: Breakpoint[] = [{ index: 0, line: 0, fitness: 1, demerits: 0, previous: undefined }]
  for (let index = 0; index < count; index++) {
    const item = items[index] as Item
    const previous = items[index - 1]
    const legal =
      (item.kind === 'glue' && previous?.kind === 'box') ||
      (item.kind === 'penalty' && item.penalty < never)
    if (!legal) continue
    const penalty = item.kind === 'penalty' ? item.penalty : 0
    const best = new Map<number, Breakpoint>()
    const remaining: Breakpoint[] = []
    for (const node of active) {
      const start = startAfter(node.index)
      const natural =
        (sumWidth[index] ?? 0) - (sumWidth[start] ?? 0) + (item.kind === 'penalty' ? item.width : 0)
      let ratio: number
      if (natural < width) {
        const stretch = (sumStretch[index] ?? 0) - (sumStretch[start] ?? 0)
        ratio = stretch > 0 ? (width - natural) / stretch : Number.POSITIVE_INFINITY
      } else if (natural > width) {
        const shrink = (sumShrink[index] ?? 0) - (sumShrink[start] ?? 0)
        ratio = shrink > 0 ? (width - natural) / shrink : Number.NEGATIVE_INFINITY
      } else ratio = 0
      if (ratio >= -1 && penalty > forced) remaining.push(node)
      if (ratio < -1 || ratio > tolerance) continue
      const badness = 100 * Math.abs(ratio) ** 3
      let demerits =
        penalty >= 0
          ? (1 + badness + penalty) ** 2
          : penalty > forced
            ? (1 + badness) ** 2 - penalty ** 2
            : (1 + badness) ** 2
      const nodeItem = items[node.index]
      if (
        item.kind === 'penalty' &&
        item.flagged &&
        nodeItem?.kind === 'penalty' &&
        nodeItem.flagged
      ) {
        demerits += doubleHyphenDemerits
      }
      const fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
      if (Math.abs(fitness - node.fitness) > 1) demerits += fitnessDemerits
      const total = node.demerits + demerits
      const current = best.get(fitness)
      if (!current || total < current.demerits) {
        best.set(fitness, { index, line: node.line + 1, fitness, demerits: total, previous: node })
      }
    }
    active = [...remaining, ...best.values()]
    if (active.length === 0) return undefined
  }
  const last = active
    .filter((node) => node.index === count - 1)
    .sort((a, b) => a.demerits - b.demerits)[0]
  if (!last) return undefined
  const breaks: number[] = []
  for (let node: Breakpoint | undefined = last; node && node.index > 0; node = node.previous) {
    breaks.unshift(node.index)
  }
  return breaks
}

function toLines(
  items: readonly Item[],
  breaks: readonly number[],
  width: number,
  size: number,
  context: JustifyContext,
): Line[] {
  // Words broken at a line end get their Span first, so both fragments join it.
  for (const index of breaks) {
    const item = items[index]
    if (item?.kind === 'penalty' && item.word && !item.word.span) {
      item.word.span = context.span(item.word.piece.element, item.word.piece.text)
    }
  }
  const lines: Line[] = []
  let start = 0
  breaks.forEach((end, lineIndex) => {
    const line: Line = { pieces: [], width: 0, size }
    let glues = 0
    for (let index = start; index < end; index++) {
      const item = items[index] as Item
      if (item.kind === 'penalty') continue
      if (item.kind === 'glue') {
        if (!item.piece || line.pieces.length === 0) continue
        line.pieces.push(item.piece)
        line.width += item.width
        glues++
        continue
      }
      const span = item.word?.span
      const piece = span ? context.reshape(item.piece, item.piece.text, span) : item.piece
      line.pieces.push(piece)
      line.width += piece.width
      if (piece.style.size > line.size && piece.style.rise === 0) line.size = piece.style.size
    }
    // Trailing spaces do not count for justification.
    while (line.pieces.at(-1)?.text === ' ') {
      line.width -= (line.pieces.pop() as Piece).width
      glues--
    }
    const breakItem = items[end]
    if (breakItem?.kind === 'penalty' && breakItem.word?.span && breakItem.penalty > forced) {
      const hyphen = context.reshape(breakItem.word.piece, '-', breakItem.word.span)
      line.pieces.push(hyphen)
      line.width += hyphen.width
    } else if (breakItem?.kind === 'glue' && breakItem.piece) {
      // The space at the break stays at the line end, so words never run together.
      line.pieces.push(breakItem.piece)
    }
    const last = lineIndex === breaks.length - 1
    const forcedBreak = breakItem?.kind === 'penalty' && breakItem.penalty <= forced
    if (!last && !forcedBreak && glues > 0) line.spaceExtra = (width - line.width) / glues
    lines.push(line)
    start = end
  })
  return lines
}
