/**
 * Blocks: the body lines grouped into paragraphs-to-be, with every line
 * break inside a block decided.
 */
import { endsNumberedHeading, isBlockBoundary } from './block-boundary.js'
import type { HyphenContext } from './hyphen-repair.js'
import type { Layout } from './layout.js'
import { type BreakDecision, decideBreak } from './line-break.js'
import { measureFill } from './line-fill.js'
import type { Line } from './lines.js'

/** A run of lines that make one block. */
export interface Block {
  /** Its lines, in order. */
  lines: Line[]
  /** The decision for each break between its lines (`lines.length - 1`). */
  breaks: BreakDecision[]
  /** Whether its first line starts with a list marker. */
  marked: boolean
  /** The family of that marker ("•", "1."), when there is one. */
  family?: string
}

/**
 * Group body lines into blocks and decide the breaks inside them.
 *
 * @param lines All lines of the document (blank lines included).
 * @param isFurniture Whether a line left the flow as page furniture.
 * @param layout The document's layout.
 * @param context Language and vocabulary for hyphen repair.
 * @returns The blocks.
 */
export function groupBlocks(
  lines: Line[],
  isFurniture: (line: Line) => boolean,
  layout: Layout,
  context: HyphenContext,
): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  let blankBetween = false
  const body = lines.filter((line) => !line.blank && !isFurniture(line))
  let bodyIndex = -1
  const fill = measureFill(body)
  // The next word's first syllable only tells where the typesetter
  // hyphenates: hyphens stand at line ends, or were lost (found as such, or
  // in text copied with its soft wraps marked, where none can be counted).
  const hyphenates =
    fill?.hyphenates === true || context.hyphensLost === true || layout.trailingSpaceMarksWrap
  for (const line of lines) {
    if (isFurniture(line)) continue
    if (line.blank) {
      blankBetween = true
      continue
    }
    bodyIndex++
    const previous = current?.lines.at(-1)
    // Blank lines around furniture at a page break say nothing about the
    // text: a paragraph cut by the page goes on.
    if (previous && previous.page !== line.page) blankBetween = false
    if (
      !current ||
      !previous ||
      opensNextItem(current, line) ||
      (current.lines.length === 1 && endsNumberedHeading(previous, line)) ||
      isBlockBoundary(previous, line, {
        layout,
        blankBetween,
        following: body.slice(bodyIndex + 1, bodyIndex + 3),
        inListItem: current.marked,
        listFamily: current.family,
        fill,
        language: hyphenates ? context.language : undefined,
      })
    ) {
      const marker = line.marker
      current = { lines: [line], breaks: [], marked: marker !== undefined }
      if (marker) current.family = marker.family
      blocks.push(current)
    } else {
      current.breaks.push(decideBreak(previous, line, layout, context))
      current.lines.push(line)
    }
    blankBetween = false
  }
  return blocks
}

/**
 * Whether a line starts the item numbered after the block's own ("2." after
 * "1."): a numbered marker that could be a number in the text counts when
 * it goes on with the list.
 */
function opensNextItem(block: Block, line: Line): boolean {
  const open = block.lines[0]?.marker
  const marker = line.marker
  return (
    open?.number !== undefined &&
    marker?.number !== undefined &&
    open.family === marker.family &&
    marker.number === open.number + 1
  )
}

/**
 * One block of given lines, its breaks decided (a footnote's lines).
 *
 * @param lines The lines, in order.
 * @param layout The document's layout.
 * @param context Language and vocabulary for hyphen repair.
 * @returns The block.
 */
export function joinLines(lines: Line[], layout: Layout, context: HyphenContext): Block {
  const breaks = lines
    .slice(1)
    .map((line, index) => decideBreak(lines[index] as Line, line, layout, context))
  return { lines, breaks, marked: false }
}
