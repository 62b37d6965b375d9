/**
 * Draw one set line: pieces grouped by element and style into as few text
 * operators as possible, each group inside its element's marked content,
 * link areas collected for annotations, and a footnote's Note attached to
 * the structure right after the call that introduces it.
 */
import type { Canvas } from './canvas.js'
import type { Piece } from './inline.js'
import type { Line } from './line-break.js'

/** Underline position and thickness as fractions of the text size. */
const underlineOffset = 0.12
const underlineThickness = 0.06
/** Strikethrough height above the baseline: about half the x-height. */
const strikeOffset = 0.27

/**
 * Draw a line with its left end at `x` and its baseline at `baseline`.
 *
 * @param tagged Whether to mark the content for its elements; `false` when
 *   the caller has opened an artifact (a repeated table header).
 */
export function drawLine(
  canvas: Canvas,
  line: Line,
  x: number,
  baseline: number,
  tagged = true,
): void {
  let cursor = x
  const pieces = line.pieces
  const extra = line.spaceExtra ?? 0
  let index = 0
  while (index < pieces.length) {
    const start = index
    const first = pieces[index] as Piece
    let width = first.width
    index++
    while (index < pieces.length) {
      const next = pieces[index] as Piece
      if (next.element !== first.element || next.style !== first.style || next.link !== first.link)
        break
      if (next.footnote || first.footnote) break
      // Justified: each space is its own group, followed by the extra width.
      if (extra !== 0 && (next.text === ' ' || first.text === ' ')) break
      width += next.width
      index++
    }
    const last = pieces[index - 1] as Piece
    const { style } = first
    if (tagged) canvas.tag(first.element)
    canvas.pieces(pieces, start, index, style.size, cursor, baseline + style.rise, style.color)
    if (style.underline || style.strike) {
      // The closing space of a line is not underlined or struck through.
      const inkWidth = last.text === ' ' && index === pieces.length ? width - last.width : width
      const rule = (offset: number): void => {
        const y = baseline + style.rise + style.size * offset
        canvas.line(
          cursor,
          y,
          cursor + inkWidth,
          y,
          style.size * underlineThickness,
          style.color ?? [0, 0, 0],
        )
      }
      if (style.underline) rule(-underlineOffset)
      if (style.strike) rule(strikeOffset)
    }
    if (tagged && first.link) {
      const rect: [number, number, number, number] = [
        cursor,
        baseline - style.size * 0.25,
        cursor + width,
        baseline + style.size * 0.9,
      ]
      const previous = canvas.links.at(-1)
      if (
        previous &&
        previous.element === first.link.element &&
        previous.rect[1] === rect[1] &&
        rect[0] - previous.rect[2] < style.size
      ) {
        previous.rect[2] = rect[2]
      } else {
        canvas.links.push({
          element: first.link.element,
          url: first.link.url,
          destination: first.link.destination,
          contents: first.link.description,
          rect,
        })
      }
    }
    if (tagged && first.footnote?.first) canvas.attach(first.footnote.first.note)
    cursor += width
    if (extra !== 0 && first.text === ' ') cursor += extra
  }
}
