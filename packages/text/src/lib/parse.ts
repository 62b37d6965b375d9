/**
 * `fromText`: raw report text to a kopij tree. Each stage is one module;
 * this file runs them in order.
 */
import type { DocumentMetadata, RemovedFurniture } from '@kopij/ast'
import type { Root } from 'mdast'
import type { Point, Position } from 'unist'
import { VFile } from 'vfile'
import { location } from 'vfile-location'
import { classifyBlocks } from './block-kind.js'
import { markBlockLanguages } from './block-language.js'
import { type Block, groupBlocks, joinLines } from './blocks.js'
import { findFootnotes } from './footnote.js'
import { restoreGluedHyphens } from './glued-hyphen.js'
import { assignHeadingLevels } from './heading-level.js'
import { joinWrappedHeadings } from './heading-wrap.js'
import { detectLanguage } from './language.js'
import { measureLayout } from './layout.js'
import { brokenLinePieces } from './line-break.js'
import { type Line, splitLines } from './lines.js'
import { detectLostHyphens } from './lost-hyphen.js'
import { report } from './messages.js'
import { normalizeText } from './normalize.js'
import { joinerFor } from './one-byte-join.js'
import { checkOptions, type Options } from './options.js'
import { findFurniture } from './page-furniture.js'
import { findPaperReference } from './paper-reference.js'
import { splitRunInHeadings } from './run-in-heading.js'
import { buildTree } from './tree.js'
import { collectVocabulary } from './vocabulary.js'

/**
 * Parse raw report text (as extracted from a PDF) into a kopij tree: lines
 * unwrapped, words broken at line ends repaired, running headers, footers and
 * page numbers taken out of the flow (into `metadata.furniture`), and
 * headings, paragraphs and lists recovered.
 *
 * @param document The text, as a string or a `VFile`. Pass a `VFile` to
 *   receive the messages; with a string they are not kept.
 * @param options Language and furniture handling; see `Options`.
 * @returns The tree; every node has a position into the input.
 * @throws {TypeError} For an unknown option or a value of the wrong type.
 *
 * Messages (`source` `@kopij/text`): `text-normalized`, `replacement-character`,
 * `furniture-removed`, `hyphen-uncertain`, `language-unsupported`
 * (see the README).
 */
export function fromText(document: string | VFile, options?: Options): Root {
  const settings = checkOptions(options)
  const file = typeof document === 'string' ? new VFile({ value: document }) : document
  const input = String(file.value ?? '')
  const place = location(input)
  const normalized = normalizeText(input)
  const pointAt = (offset: number): Point => {
    return place.toPoint(normalized.offsets.toInput(offset)) ?? { line: 1, column: 1, offset: 0 }
  }
  const positionOf = (start: number, end: number): Position => ({
    start: pointAt(start),
    end: pointAt(end),
  })
  report.normalized(file, normalized.changes, positionOf(0, 0))
  for (
    let index = input.indexOf('\uFFFD');
    index !== -1;
    index = input.indexOf('\uFFFD', index + 1)
  ) {
    report.replacementCharacter(file, place.toPoint(index) ?? { line: 1, column: 1 })
  }

  const lines = splitLines(normalized)
  const furniture = findFurniture(lines)
  const removeFurniture = settings.removeFurniture ?? true
  const removed: RemovedFurniture[] = []
  let paper: DocumentMetadata['parliamentaryPaper']
  for (const { line, kind } of [...furniture.values()].sort(
    (a, b) => a.line.index - b.line.index,
  )) {
    const position = positionOf(line.start, line.end)
    removed.push({ kind, value: line.text, page: line.page, position })
    const reference = findPaperReference(line.text)
    if (!paper && reference?.reference.chamber) paper = reference.reference
    if (removeFurniture) report.furnitureRemoved(file, kind, line.text, position)
  }
  // Which lines left the flow, by line index: the stages below ask at every
  // line, some several times, and an array is read faster than a map.
  const furnitureFlags = new Uint8Array(lines.length)
  if (removeFurniture) for (const index of furniture.keys()) furnitureFlags[index] = 1
  const isFurniture = (line: Line): boolean => furnitureFlags[line.index] === 1
  const footnotes = findFootnotes(lines, isFurniture)
  const outOfFlowFlags = furnitureFlags.slice()
  for (const index of footnotes.lines) outOfFlowFlags[index] = 1
  const outOfFlow = (line: Line): boolean => outOfFlowFlags[line.index] === 1
  const body = lines.filter((line) => !line.blank && !outOfFlow(line))

  const language = settings.language ?? detectLanguage(body.map((line) => line.text).join('\n'))
  if (settings.language && !/^(nl|en|de)(-|$)/i.test(settings.language)) {
    report.languageUnsupported(file, settings.language, positionOf(0, 0))
  }
  const layout = measureLayout(body)
  const vocabulary = collectVocabulary(body)
  const hyphensLost =
    !layout.trailingSpaceMarksWrap && detectLostHyphens(body, language, vocabulary)
  const context = {
    language,
    vocabulary,
    hyphensAreGenuine: layout.trailingSpaceMarksWrap || hyphensLost,
    hyphensLost,
  }
  const blocks = groupBlocks(lines, outOfFlow, layout, context, body)
  const join = joinerFor(normalized.value)
  const texts = restoreGluedHyphens(
    blocks.map((block) => blockText(block, join)),
    (index, glued, restored) => {
      // The glued word stands inside one line: pdftotext joined it there.
      const block = blocks[index] as Block
      const line = block.lines.find((candidate) => candidate.text.includes(glued))
      const at = line ? line.start + line.text.indexOf(glued) : (block.lines[0]?.start ?? 0)
      report.hyphenRestored(file, glued, restored, positionOf(at, at + (line ? glued.length : 0)))
    },
  )
  for (const block of blocks) {
    block.breaks.forEach((decision, index) => {
      const line = block.lines[index] as Line
      if (decision.hyphen?.uncertain) {
        report.hyphenUncertain(file, line.text, decision.hyphen, positionOf(line.end - 1, line.end))
      }
    })
  }
  const typed = joinWrappedHeadings(
    splitRunInHeadings(classifyBlocks(blocks, texts)),
    new Set(removed.map((item) => item.value)),
    language,
    layout.measure,
  )
  const levels = assignHeadingLevels(typed, layout.measure)

  const metadata: DocumentMetadata = {}
  const titleBlock = levels.title === undefined ? undefined : typed[levels.title]
  if (titleBlock) metadata.title = titleBlock.text
  if (language) metadata.language = language
  if (paper) metadata.parliamentaryPaper = paper
  if (removed.length > 0) metadata.furniture = removed
  const notes = footnotes.notes.map((note) => {
    const block = joinLines(note.lines, layout, context)
    return {
      number: note.number,
      ordinal: note.ordinal,
      block,
      text: blockText(block, join).slice(note.skip),
    }
  })
  const tree = buildTree(typed, levels, positionOf, metadata, notes)
  markBlockLanguages(tree, language)
  return tree
}

/**
 * The repaired text of a block: its lines joined as the breaks decide (by
 * `join`, see `joinerFor`).
 */
function blockText(block: Block, join: (pieces: string[]) => string): string {
  const text = join(brokenLinePieces(block.lines, block.breaks))
  // The pattern only where it has something to do: it ran over the whole
  // text of the document otherwise, and most blocks have no double space.
  return text.includes('  ') ? text.replace(/ {2,}/g, ' ') : text
}
