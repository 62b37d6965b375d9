/**
 * Blocks: the body lines grouped into paragraphs-to-be, with every line
 * break inside a block decided.
 */
import { type BoundaryContext, endsNumberedHeading, isBlockBoundary } from './block-boundary.js'
import { endsHeadingLine } from './heading-line.js'
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
 * @param body The lines that are neither blank nor furniture, when the
 *   caller has them already (the parser does).
 * @returns The blocks.
 */
export function groupBlocks(
  lines: Line[],
  isFurniture: (line: Line) => boolean,
  layout: Layout,
  context: HyphenContext,
  body: Line[] = lines.filter((line) => !line.blank && !isFurniture(line)),
): Block[] {
  const blocks: Block[] = []
  let current: Block | undefined
  let blankBetween = false
  let bodyIndex = -1
  const fill = measureFill(body, layout.trailingSpaceMarksWrap)
  // The next word's first syllable only tells where the typesetter
  // hyphenates: hyphens stand at line ends, or were lost (found as such, or
  // in text copied with its soft wraps marked, where none can be counted).
  const hyphenates =
    fill?.hyphenates === true || context.hyphensLost === true || layout.trailingSpaceMarksWrap
  // What the boundary decision weighs besides the two lines: one object,
  // its fields set for each line (the decision keeps none of it), rather
  // than an object and an array of the lines after for every line.
  const following: Line[] = []
  const boundary: BoundaryContext = {
    layout,
    blankBetween: false,
    following,
    inListItem: false,
    listFamily: undefined,
    blockLines: [],
    fill,
    language: hyphenates ? context.language : undefined,
  }
  const contextAt = (block: Block, blank: boolean): BoundaryContext => {
    boundary.blankBetween = blank
    boundary.inListItem = block.marked
    boundary.listFamily = block.family
    boundary.blockLines = block.lines
    // Set in place: emptying the array (`length = 0`) gives up its storage,
    // and the next push allocated a new one, at every line.
    let count = 0
    for (let at = bodyIndex + 1; at < bodyIndex + 3 && at < body.length; at++)
      following[count++] = body[at] as Line
    following.length = count
    return boundary
  }
  // An index rather than `for…of`: until the loop is optimised, each step of
  // an iterator is an object, one per line of the document.
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
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
      (current.lines.length === 1 &&
        (endsNumberedHeading(previous, line) ||
          endsHeadingLine(previous, line, fill, context.language, hyphenates))) ||
      isBlockBoundary(previous, line, contextAt(current, blankBetween))
    ) {
      fit(current)
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
  fit(current)
  return blocks
}

/**
 * Give a finished block arrays of its own length: an array grown by `push`
 * keeps room for a dozen entries more, and a document's blocks are kept
 * until its tree is built.
 */
function fit(block: Block | undefined): void {
  if (!block || block.lines.length < 2) return
  block.lines = block.lines.slice()
  block.breaks = block.breaks.slice()
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
