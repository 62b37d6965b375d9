/**
 * Pagination: flow items onto pages, top to bottom. An item moves to the
 * next page when it and the items it must stay with (a heading and the
 * first lines after it, the first two or last two lines of a paragraph) do
 * not fit. Footnotes go to the foot of the page of their first call, above
 * the running footer; a table's header rows are repeated after a break.
 */
import type { Canvas, Color } from './canvas.js'
import type { FlowItem, Footnote } from './flow.js'

/** The text area of a page, in PDF units (y grows upwards). */
export interface TextArea {
  top: number
  bottom: number
  left: number
  width: number
}

/** Space between the text and the footnote rule, and the rule's length. */
const footnoteGap = 10
/**
 * Footnotes taller than this share of the text area may be split between
 * pages (the rest continues at the foot of the next); shorter ones move
 * whole. Continued footnotes take at most `carriedShare` of a new page, so
 * the text that calls them still has room.
 */
const splitShare = 0.25
const carriedShare = 0.5
const footnoteRuleLength = 72
const footnoteRuleColor: Color = [0.4, 0.4, 0.4]

interface PageState {
  canvas: Canvas
  y: number
  empty: boolean
  footnotes: Footnote[]
  footnoteHeight: number
}

/**
 * Place every item.
 *
 * @param items The flow, in reading order.
 * @param area The text area of every page.
 * @param newPage Makes the next page.
 * @returns The pages' canvases, drawn.
 */
export function paginate(
  items: readonly FlowItem[],
  area: TextArea,
  newPage: () => Canvas,
): Canvas[] {
  const canvases: Canvas[] = []
  const height = area.top - area.bottom
  let carried: Footnote[] = []
  const splittable = height * splitShare
  const open = (): PageState => {
    const canvas = newPage()
    canvases.push(canvas)
    const state: PageState = { canvas, y: area.top, empty: true, footnotes: [], footnoteHeight: 0 }
    const pending = carried
    carried = []
    for (const footnote of pending) {
      if (carried.length > 0) carried.push(footnote)
      else {
        const limit = Math.max(height * carriedShare - state.footnoteHeight, 0)
        const rest = placeFootnote(state, footnote, limit, state.footnotes.length === 0)
        if (rest) carried.push(rest)
      }
    }
    return state
  }
  const addFootnote = (state: PageState, footnote: Footnote): void => {
    if (state.footnotes.length === 0) state.footnoteHeight += footnoteGap
    state.footnotes.push(footnote)
    state.footnoteHeight += footnote.height
  }
  /**
   * Place a footnote in at most `limit` of a page's foot: whole if it fits,
   * else, if it is tall, the lines that fit (at least one when `force`).
   *
   * @returns What is left to carry to the next page.
   */
  const placeFootnote = (
    state: PageState,
    footnote: Footnote,
    limit: number,
    force: boolean,
  ): Footnote | undefined => {
    const gap = state.footnotes.length === 0 ? footnoteGap : 0
    if (footnote.height + gap <= limit) {
      addFootnote(state, footnote)
      return undefined
    }
    if (footnote.height <= splittable && !force) return footnote
    const [here, rest] = splitFootnote(footnote, limit - gap, force)
    if (here) addFootnote(state, here)
    return rest
  }
  const room = (state: PageState): number => state.y - area.bottom - state.footnoteHeight
  /** A tall footnote may split, so only its first line must fit with its call. */
  const needOf = (footnote: Footnote): number => {
    if (footnote.height <= splittable) return footnote.height
    const first = footnote.items[0]
    return first ? first.spaceBefore + first.height : 0
  }
  const footnoteNeed = (state: PageState, footnotes: readonly Footnote[]): number =>
    footnotes.length === 0
      ? 0
      : footnotes.reduce((sum, footnote) => sum + needOf(footnote), 0) +
        (state.footnotes.length === 0 ? footnoteGap : 0)

  let page = open()
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as FlowItem
    // The item and everything it must stay with, up to a page's height.
    let need =
      (page.empty ? 0 : item.spaceBefore) + item.height + footnoteNeed(page, item.footnotes)
    for (
      let next = index;
      (items[next] as FlowItem).keepWithNext && next + 1 < items.length;
      next++
    ) {
      const following = items[next + 1] as FlowItem
      need += following.spaceBefore + following.height + footnoteNeed(page, following.footnotes)
      if (need > height) break
    }
    if (need > room(page) && !page.empty) {
      finish(page, area)
      page = open()
      if (item.repeatHeader) {
        item.repeatHeader.draw(page.canvas, page.y)
        page.y -= item.repeatHeader.height
      }
    }
    const spaceBefore = page.empty ? 0 : item.spaceBefore
    item.draw(page.canvas, page.y - spaceBefore)
    page.y -= spaceBefore + item.height
    page.empty = false
    for (const footnote of item.footnotes) {
      // A footnote that no longer fits goes to the foot of the next page, or
      // if it is tall, what does not fit; notes keep their order.
      if (carried.length > 0) carried.push(footnote)
      else {
        const rest = placeFootnote(page, footnote, room(page), false)
        if (rest) carried.push(rest)
      }
    }
  }
  finish(page, area)
  while (carried.length > 0) {
    page = open()
    finish(page, area)
  }
  return canvases
}

/**
 * Split a footnote after the lines that fit in `room`.
 *
 * @param force Take the first line even if it does not fit (a page with
 *   nothing else at its foot must make progress).
 * @returns The part that fits (if any) and the rest (if any).
 */
function splitFootnote(
  footnote: Footnote,
  room: number,
  force: boolean,
): [Footnote | undefined, Footnote | undefined] {
  let used = 0
  let count = 0
  for (const item of footnote.items) {
    const need = item.spaceBefore + item.height
    if (used + need > room && !(force && count === 0)) break
    used += need
    count++
  }
  if (count === 0) return [undefined, footnote]
  if (count === footnote.items.length) return [footnote, undefined]
  const rest = footnote.items.slice(count)
  return [
    { items: footnote.items.slice(0, count), height: used },
    { items: rest, height: rest.reduce((sum, item) => sum + item.spaceBefore + item.height, 0) },
  ]
}

/** Finish a page: its footnotes, then its content stream. */
function finish(state: PageState, area: TextArea): void {
  drawFootnotes(state, area)
  state.canvas.flush()
}

/** Draw a page's footnotes below a short rule, just above the bottom margin. */
function drawFootnotes(state: PageState, area: TextArea): void {
  if (state.footnotes.length === 0) return
  const canvas = state.canvas
  let top = area.bottom + state.footnoteHeight
  canvas.artifact('Layout')
  canvas.line(
    area.left,
    top - footnoteGap / 2,
    area.left + footnoteRuleLength,
    top - footnoteGap / 2,
    0.5,
    footnoteRuleColor,
  )
  canvas.close()
  top -= footnoteGap
  for (const footnote of state.footnotes) {
    for (const item of footnote.items) {
      top -= item.spaceBefore
      item.draw(canvas, top)
      top -= item.height
    }
    canvas.close()
  }
}
