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
  const open = (): PageState => {
    const canvas = newPage()
    canvases.push(canvas)
    const state: PageState = { canvas, y: area.top, empty: true, footnotes: [], footnoteHeight: 0 }
    const pending = carried
    carried = []
    for (const footnote of pending) addFootnote(state, footnote)
    return state
  }
  const addFootnote = (state: PageState, footnote: Footnote): void => {
    if (state.footnotes.length === 0) state.footnoteHeight += footnoteGap
    state.footnotes.push(footnote)
    state.footnoteHeight += footnote.height
  }
  const room = (state: PageState): number => state.y - area.bottom - state.footnoteHeight
  const footnoteNeed = (state: PageState, footnotes: readonly Footnote[]): number =>
    footnotes.length === 0
      ? 0
      : footnotes.reduce((sum, footnote) => sum + footnote.height, 0) +
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
      // A footnote that no longer fits goes to the foot of the next page.
      // (Carried footnotes land on the next page whatever their height.)
      const fits = footnote.height + (page.footnotes.length === 0 ? footnoteGap : 0) <= room(page)
      if (fits && carried.length === 0) addFootnote(page, footnote)
      else carried.push(footnote)
    }
  }
  finish(page, area)
  while (carried.length > 0) {
    page = open()
    finish(page, area)
  }
  return canvases
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
