/**
 * Run-in headings: a short label that opens a paragraph on the same line,
 * ended by a colon ("Aanbeveling: Maak de tekst korter."), as LaTeX sets its
 * fourth heading level. One such paragraph may be a sentence with a colon;
 * when the document opens several paragraphs this way, they are headings.
 * In such a document a label alone on its line ("Navigatie:"), before a list
 * or the paragraph on the next line, is one too.
 */
import type { TypedBlock } from './block-kind.js'
import type { Line } from './lines.js'

/** Most words in a run-in label (the corpus labels average 3.5 words). */
const labelMaxWords = 8

/** Paragraphs that must open with a label before any counts as a heading. */
export const minRunIns = 3

// A label: starts with a capital or digit, holds no sentence punctuation or
// comma (a question mark may close it: "Wat betekent dit?: …"), ends with a
// colon; the paragraph goes on with a capital.
// A numbered step may lead the label ("Stap 1: Interviews: …").
export const runInLabel =
  /^((?:\p{Lu}\p{Ll}+ \d{1,2}: )?[\p{Lu}\p{N}][^.:;!?,()"“”]{0,80}?[?]?):\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u

/** Most times a label may stand alone in its block and still be a heading. */
const maxCaptionRepeats = 2

/**
 * A looser label, taken only in a document that sets run-in headings: it
 * may hold commas ("Open voor contact, maar met hulp: …").
 */
const looseLabel = /^([\p{Lu}\p{N}][^.:;!?()"“”]{0,120}?[?]?):\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u

/** Most words in a looser label. */
const looseMaxWords = 12

/**
 * Most words in a label alone on its line: longer ones are sentences that
 * introduce a list ("De volgende mensen hebben meegewerkt:").
 */
const aloneMaxWords = 5

/** A label with nothing after it: the whole block is "Label:". */
const labelOnly = /^([\p{Lu}\p{N}][^.:;!?,()"“”]{0,80}?[?]?):$/u

/** Where the label ends and the paragraph text starts. */
interface RunIn {
  /** The label, without its colon. */
  label: string
  /** Offset in the block text where the paragraph text starts. */
  rest: number
  /** Offset from the block's first line start to the label's end, in the normalised text. */
  labelEnd: number
  /** Offset from the block's first line start to the paragraph text, in the normalised text. */
  textStart: number
}

/**
 * Find the run-in label of each paragraph, when the document uses them.
 *
 * @param blocks The typed blocks.
 * @returns The run-in label by block index.
 */
function findRunInHeadings(blocks: TypedBlock[]): Map<number, RunIn> {
  const found = new Map<number, RunIn>()
  // Labels with text after them on the same line: the evidence that the
  // document sets run-in headings at all.
  let inline = 0
  // How often each label stands alone: a caption repeated all over the
  // document ("Voordelen:", "Nadelen:") introduces lists, it is no heading.
  const alone = new Map<string, number>()
  for (const block of blocks) {
    const label = block.kind === 'paragraph' ? labelOnly.exec(block.text)?.[1] : undefined
    if (label) alone.set(label, (alone.get(label) ?? 0) + 1)
  }
  const aloneFound = new Map<number, RunIn>()
  // Labels with a comma or more words, kept apart until the document has
  // shown that it sets run-in headings.
  const looseFound = new Map<number, RunIn>()
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return
    const onlyLabel = labelOnly.exec(block.text)
    const match = runInLabel.exec(block.text) ?? onlyLabel
    if (!match) {
      const loose = looseLabel.exec(block.text)
      const text = loose?.[1]
      const offsets = text ? rawOffsets(block.block.lines, 1) : undefined
      if (loose && text && offsets && text.split(' ').length <= looseMaxWords)
        looseFound.set(index, { label: text, rest: loose[0].length, ...offsets })
      return
    }
    const text = match?.[1]
    if (!match || !text || text.split(' ').length > labelMaxWords) return
    const offsets = rawOffsets(block.block.lines, text.split(':').length)
    if (!offsets) return
    const runIn = { label: text, rest: match[0].length, ...offsets }
    if (match !== onlyLabel) {
      inline++
      found.set(index, runIn)
    } else if (
      (alone.get(text) ?? 0) <= maxCaptionRepeats &&
      text.split(' ').length <= aloneMaxWords
    )
      aloneFound.set(index, runIn)
  })
  if (inline < minRunIns) return new Map()
  // Labels alone on their line are headings only in a document that sets
  // most of its labels inline; where they are the majority they are
  // captions that introduce lists ("Doel hiervan:").
  let aloneCount = 0
  for (const count of alone.values()) aloneCount += count
  if (inline > aloneCount) for (const [index, runIn] of aloneFound) found.set(index, runIn)
  for (const [index, runIn] of looseFound) found.set(index, runIn)
  return found
}

/**
 * Where the label's colon (the `colons`-th colon of the block) stands in the
 * normalised text, and where the text after it starts, both from the start
 * of the block's first line.
 */
function rawOffsets(
  lines: Line[],
  colons: number,
): { labelEnd: number; textStart: number } | undefined {
  const first = lines[0]
  if (!first) return undefined
  let seen = 0
  for (const [index, line] of lines.entries()) {
    let colon = -1
    while (seen < colons) {
      colon = line.text.indexOf(':', colon + 1)
      if (colon === -1) break
      seen++
    }
    if (colon === -1) continue
    const labelEnd = line.start + colon - first.start
    const after = /^:\s*/.exec(line.text.slice(colon))?.[0].length ?? 1
    const next = lines[index + 1]
    const textStart =
      colon + after < line.text.length
        ? line.start + colon + after - first.start
        : (next?.start ?? line.end) - first.start
    return { labelEnd, textStart }
  }
  return undefined
}

/**
 * Split each paragraph opened by a run-in label into a heading and a
 * paragraph (or only a heading, for a label alone in its block).
 *
 * @param typed The typed blocks.
 * @returns The typed blocks with run-in headings split off.
 */
export function splitRunInHeadings(typed: TypedBlock[]): TypedBlock[] {
  const runIns = findRunInHeadings(typed)
  if (runIns.size === 0) return typed
  return typed.flatMap((block, index): TypedBlock[] => {
    const runIn = runIns.get(index)
    if (!runIn || block.kind !== 'paragraph') return [block]
    const heading: TypedBlock = {
      kind: 'heading',
      block: block.block,
      text: runIn.label,
      numbering: undefined,
      runIn: runIn.labelEnd,
    }
    const rest = block.text.slice(runIn.rest)
    if (rest === '') return [heading]
    return [heading, { kind: 'paragraph', block: block.block, text: rest, skip: runIn.textStart }]
  })
}
