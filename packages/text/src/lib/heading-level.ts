/**
 * Heading levels, inferred over the whole document so they agree: the title
 * is level 1; numbered headings take their level from the depth of their
 * number ("2.3.1" is two below "2"); unnumbered headings that introduce
 * numbered sections sit one above them; other unnumbered headings are
 * level 2, or one deeper when they follow a heading with no text between.
 */
import type { TypedBlock } from './block-kind.js'

/** Shallowest level a run-in heading gets. */
const runInMinLevel = 4

/** Heading levels for the typed blocks. */
export interface HeadingLevels {
  /** Level of each block that is a heading, by block index. */
  levels: Map<number, 1 | 2 | 3 | 4 | 5 | 6>
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
  const levels = new Map<number, 1 | 2 | 3 | 4 | 5 | 6>()
  const first = blocks[0]
  const title =
    first?.kind === 'heading' && first.runIn === undefined && first.block.lines[0]?.page === 1
      ? 0
      : undefined
  const headings = blocks.flatMap((block, index) =>
    block.kind === 'heading' && index !== title ? [{ block, index }] : [],
  )
  const numbered = headings.filter(({ block }) => block.numbering !== undefined)
  const parts = numbered.map(({ block }) => block.numbering?.length ?? 1)
  const minParts = parts.length > 0 ? Math.min(...parts) : 1

  // Does an unnumbered heading introduce a run of top-level numbered ones?
  let unnumberedIntroducesNumbered = false
  for (let index = 0; index < headings.length - 1; index++) {
    const current = headings[index]
    const next = headings[index + 1]
    if (
      current?.block.numbering === undefined &&
      next?.block.numbering !== undefined &&
      next.block.numbering.length === minParts
    ) {
      unnumberedIntroducesNumbered = true
    }
  }
  const titleBlock = title === undefined ? undefined : blocks[title]
  const titleParts =
    titleBlock?.kind === 'heading' && titleBlock.numbering ? titleBlock.numbering.length : undefined
  const numberedBase = unnumberedIntroducesNumbered
    ? 3 - minParts
    : titleParts !== undefined
      ? 1 - titleParts
      : 2 - minParts

  if (title !== undefined) levels.set(title, 1)
  let previousLevel = 1
  // Level of the last heading that stands on its own line.
  let sectionLevel = 1
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading' || index === title) return
    let level: number
    // Run-in headings sit below the section they are in, at level 4 or
    // deeper: typesetters run in only their lowest levels.
    if (block.runIn !== undefined) level = Math.max(runInMinLevel, sectionLevel + 1)
    else if (block.numbering) level = numberedBase + block.numbering.length
    else if (blocks[index - 1]?.kind === 'heading' && index - 1 !== title) level = previousLevel + 1
    else level = 2
    const clamped = Math.min(6, Math.max(title === undefined ? 1 : 2, level)) as
      | 1
      | 2
      | 3
      | 4
      | 5
      | 6
    levels.set(index, clamped)
    previousLevel = clamped
    if (block.runIn === undefined) sectionLevel = clamped
  })
  return { levels, title }
}
