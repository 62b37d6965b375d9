/**
 * Run-in headings: a short label that opens a paragraph on the same line,
 * ended by a colon ("Aanbeveling: Maak de tekst korter."), as LaTeX sets its
 * fourth heading level. One such paragraph may be a sentence with a colon;
 * when the document opens several paragraphs this way, they are headings.
 */
import type { TypedBlock } from './block-kind.js'

/** Most words in a run-in label (the corpus labels average 3.5 words). */
const labelMaxWords = 8

/** Paragraphs that must open with a label before any counts as a heading. */
export const minRunIns = 3

// A label: starts with a capital or digit, holds no sentence punctuation or
// comma, ends with a colon; the paragraph goes on with a capital.
export const runInLabel = /^([\p{Lu}\p{N}][^.:;!?,()"“”]{0,80}?):\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u

/** Where the label ends and the paragraph text starts, in the block text. */
export interface RunIn {
  /** The label, without its colon. */
  label: string
  /** Offset in the block text where the paragraph text starts. */
  rest: number
}

/**
 * Find the run-in label of each paragraph, when the document uses them.
 *
 * @param blocks The typed blocks.
 * @returns The run-in label by block index.
 */
export function findRunInHeadings(blocks: TypedBlock[]): Map<number, RunIn> {
  const found = new Map<number, RunIn>()
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return
    const match = runInLabel.exec(block.text)
    const text = match?.[1]
    if (!match || !text || text.split(' ').length > labelMaxWords) return
    // The label must stand on the first line, or positions cannot point at it.
    if (match[0].length > (block.block.lines[0]?.text.length ?? 0)) return
    found.set(index, { label: text, rest: match[0].length })
  })
  return found.size >= minRunIns ? found : new Map()
}
