/**
 * What block layout hands to pagination: a flat list of items, each a line,
 * a table row or a rule, with the space above it, whether it must stay on
 * the page of the next item (headings, orphans and widows), and the
 * footnotes it calls for the first time.
 */
import type { Canvas } from './canvas.js'

/** A footnote, laid out, waiting for the page its first call lands on. */
export interface Footnote {
  items: FlowItem[]
  height: number
}

/** A table's header rows, drawn again (as an artifact) after a page break. */
interface RepeatedHeader {
  height: number
  draw(canvas: Canvas, top: number): void
}

/** One unbreakable piece of the flow. */
export interface FlowItem {
  /** Height in points. */
  height: number
  /** Space above, dropped at the top of a page. */
  spaceBefore: number
  /** Whether a page break between this item and the next is forbidden. */
  keepWithNext: boolean
  /** Footnotes first called in this item. */
  footnotes: Footnote[]
  /** Header rows to repeat when this item starts a page (table body rows). */
  repeatHeader?: RepeatedHeader
  /** Draw the item with its top edge at `top` (PDF y, from the bottom). */
  draw(canvas: Canvas, top: number): void
}
