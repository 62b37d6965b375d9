/**
 * Heading levels, inferred over the whole document so they agree:
 *
 * - the title is level 1;
 * - in a document numbered by sections ("2", "2.3", "2.3.1"), a numbered
 *   heading takes its level from the depth of its number: "2.3.1" is two
 *   below "2"; a numbered title ("1 Report") is level 1, so its "1.1" is 2;
 * - a run of single numbers ("1.", "2.", "3.") in a document without
 *   section numbers is one level below the heading that stands before its
 *   first member: such runs are sibling headings inside a section;
 * - an unnumbered heading directly followed by another heading opens
 *   subsections: the one after it is a level deeper;
 * - the first heading after the title is a top-level section (level 2);
 * - other unnumbered headings sit at the level of the document's
 *   unnumbered sections: level 2, or 3 when the document has unnumbered
 *   headings that open subsections (those are then 2);
 * - a run-in heading sits below the section it is in, at level 4 or deeper.
 */
import type { TypedBlock } from './block-kind.js'

/** Shallowest level a run-in heading gets (LaTeX runs in its fourth level). */
const runInMinLevel = 4

type Depth = 1 | 2 | 3 | 4 | 5 | 6

/** Heading levels for the typed blocks. */
export interface HeadingLevels {
  /** Level of each block that is a heading, by block index. */
  levels: Map<number, Depth>
  /** Index of the block that is the document title, if any. */
  title: number | undefined
}

/**
 * Assign a level to every heading.
 *
 * @param blocks The typed blocks.
 * @returns The levels and the title.
 */
export function assignHeadingLevels(blocks: TypedBlock[]): HeadingLevels {
  const levels = new Map<number, Depth>()
  const title = findTitle(blocks)
  const numberedLevel = sectionNumbering(blocks, title)
  const groups = numberRuns(blocks, title, numberedLevel !== undefined)

  // Unnumbered headings directly followed by another heading open sections
  // with subsections. A document that has them has two unnumbered levels;
  // its other unnumbered headings are subsections.
  const isPlainHeading = (block: TypedBlock | undefined, index: number): boolean =>
    block?.kind === 'heading' &&
    block.runIn === undefined &&
    block.numbering === undefined &&
    index !== title
  const parents = new Set<number>()
  blocks.forEach((block, index) => {
    const next = blocks[index + 1]
    if (isPlainHeading(block, index) && next?.kind === 'heading' && next.runIn === undefined)
      parents.add(index)
  })
  const plainLeafLevel = parents.size > 0 ? 3 : 2
  const floor = title === undefined ? 1 : 2
  if (title !== undefined) levels.set(title, 1)

  let previousLevel = 1
  // Whether a heading on its own line has come yet (the title aside).
  let opened = false
  // Level of the last heading that stands on its own line.
  let sectionLevel = 1
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading' || index === title) return
    const afterHeading = blocks[index - 1]?.kind === 'heading' && index - 1 !== title
    let level: number
    const group = groups.get(index)
    // Run-in headings sit below the section they are in, at level 4 or
    // deeper: typesetters run in only their lowest levels.
    if (block.runIn !== undefined) level = Math.max(runInMinLevel, sectionLevel + 1)
    else if (block.numbering && numberedLevel) level = numberedLevel(block.numbering)
    else if (group) {
      const anchor = group.anchor === undefined ? undefined : levels.get(group.anchor)
      level = (anchor ?? floor - 1) + 1
    } else if (afterHeading) level = previousLevel + 1
    // The first section heading opens a top-level part: nothing stands
    // above it but the title.
    else if (!opened && title !== undefined) level = floor
    else if (parents.has(index)) level = 2
    else level = plainLeafLevel
    const clamped = Math.min(6, Math.max(floor, level)) as Depth
    levels.set(index, clamped)
    previousLevel = clamped
    if (block.runIn === undefined) {
      sectionLevel = clamped
      opened = true
    }
  })
  return { levels, title }
}

/** The first block is the title when it is a heading on the first page. */
function findTitle(blocks: TypedBlock[]): number | undefined {
  const first = blocks[0]
  return first?.kind === 'heading' && first.runIn === undefined && first.block.lines[0]?.page === 1
    ? 0
    : undefined
}

/**
 * For a document numbered by sections (some number has two or more parts,
 * "2.3"), the level of a numbered heading from its number; otherwise
 * `undefined`.
 */
function sectionNumbering(
  blocks: TypedBlock[],
  title: number | undefined,
): ((numbering: number[]) => number) | undefined {
  const numbered = blocks.flatMap((block, index) =>
    block.kind === 'heading' && block.numbering && block.runIn === undefined && index !== title
      ? [{ numbering: block.numbering, index }]
      : [],
  )
  if (!numbered.some(({ numbering }) => numbering.length > 1)) return undefined
  const minParts = Math.min(...numbered.map(({ numbering }) => numbering.length))
  const titleBlock = title === undefined ? undefined : blocks[title]
  const titleParts =
    titleBlock?.kind === 'heading' && titleBlock.numbering ? titleBlock.numbering.length : undefined
  // A numbered title ("1 Report") is level 1: its sections are one deeper.
  if (titleParts !== undefined) return (numbering) => 1 - titleParts + numbering.length
  // Does an unnumbered heading introduce a run of top-level numbered ones?
  const headings = blocks.flatMap((block, index) =>
    block.kind === 'heading' && block.runIn === undefined && index !== title ? [block] : [],
  )
  const introduced = headings.some((block, index) => {
    const next = headings[index + 1]
    return (
      block.kind === 'heading' &&
      block.numbering === undefined &&
      next?.kind === 'heading' &&
      next.numbering?.length === minParts
    )
  })
  const base = introduced ? 3 - minParts : 2 - minParts
  return (numbering) => base + numbering.length
}

/** A heading in a run of single-numbered headings, and what the run sits under. */
interface NumberRun {
  /** Index of the heading before the run's first member, if any. */
  anchor: number | undefined
}

/**
 * Runs of single-numbered headings ("1.", "2.", "3."): each run counts on
 * from its first member; a number that does not follow on starts a new run.
 */
function numberRuns(
  blocks: TypedBlock[],
  title: number | undefined,
  sectionNumbered: boolean,
): Map<number, NumberRun> {
  const runs = new Map<number, NumberRun>()
  if (sectionNumbered) return runs
  let current: { run: NumberRun; last: number } | undefined
  let previousHeading: number | undefined
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading' || block.runIn !== undefined) return
    const value = block.numbering?.length === 1 ? block.numbering[0] : undefined
    if (index !== title && value !== undefined) {
      if (!current || value !== current.last + 1) {
        current = { run: { anchor: previousHeading }, last: value }
      } else current.last = value
      runs.set(index, current.run)
    }
    previousHeading = index
  })
  return runs
}
