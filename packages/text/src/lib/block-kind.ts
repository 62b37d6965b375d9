/**
 * What each block is: a heading, a list item or a paragraph, told by its
 * shape (length, closing punctuation, a leading number or bullet) and its
 * neighbours.
 */
import { headingNumber } from './block-boundary.js'
import type { Block } from './blocks.js'
import { isDateLine } from './date-line.js'
import { continuesSentence, isLeadIn } from './lead-in.js'
import { type ListMarker, readListMarker } from './list-marker.js'

/** A block with its kind decided. */
export type TypedBlock =
  | {
      kind: 'paragraph'
      block: Block
      text: string
      /** After a run-in heading: offset of its text from the first line's start (normalised text). */
      skip?: number
    }
  | {
      kind: 'heading'
      block: Block
      text: string
      numbering: number[] | undefined
      /** For a run-in heading: offset of the label's end from the first line's start (normalised text). */
      runIn?: number
    }
  | { kind: 'listItem'; block: Block; text: string; marker: ListMarker }

/** Most words a heading has; longer blocks are paragraphs whatever their end. */
const headingMaxWords = 20

/** Most lines a heading wraps over. */
export const headingMaxLines = 3

/**
 * Decide the kind of every block.
 *
 * @param blocks The blocks.
 * @param texts The repaired text of each block.
 * @returns The typed blocks.
 */
export function classifyBlocks(blocks: Block[], texts: string[]): TypedBlock[] {
  const markers = blocks.map((block) => readListMarker(block.lines[0]?.text ?? ''))
  const sectionNumbered =
    blocks.filter((block) => sectionNumber.test(block.lines[0]?.text ?? '')).length >=
    minSectionNumbers
  const typed = blocks.flatMap((block, index): TypedBlock[] => {
    const text = texts[index] ?? ''
    const marker = markers[index]
    const headingLike = looksLikeHeading(block, text)
    const numbering = readNumbering(text)
    if (marker && !(marker.ordered && headingLike && !inOrderedRun(markers, index))) {
      return [{ kind: 'listItem', block, text: text.slice(marker.length).trimStart(), marker }]
    }
    if (headingLike) return [{ kind: 'heading', block, text, numbering }]
    const opening = sectionNumbered ? openingHeading(block, text) : undefined
    if (opening) return opening
    return [{ kind: 'paragraph', block, text }]
  })
  return typed.map((block, index) => {
    if (
      block.kind === 'heading' &&
      block.numbering === undefined &&
      !ellipsis.test(block.text) &&
      leadsIntoList(typed, index)
    )
      return { kind: 'paragraph', block: block.block, text: block.text }
    if (index === 0 && block.kind === 'paragraph' && isTitle(block, typed[1]))
      return { kind: 'heading', block: block.block, text: block.text, numbering: undefined }
    return block
  })
}

/**
 * Whether a document's first block, taken for a paragraph, is its title: a
 * heading follows it directly (the outline has begun, and a report opens
 * with its title), and it is shaped like a heading once the exclamation and
 * question marks inside it are left out. A title may quote a slogan with
 * several ("Onderzoek naar de campagne Doe mee! Blijf gezond!"), where a
 * heading inside the text asks or exclaims once.
 */
function isTitle(block: TypedBlock, next: TypedBlock | undefined): boolean {
  return next?.kind === 'heading' && isSlogan(block.block, block.text)
}

/**
 * Check whether a block is shaped like a heading but for the exclamation or
 * question marks inside it ("Doe mee! Blijf fit!"): a slogan, which a
 * title may quote.
 *
 * @param block The block.
 * @param text Its repaired text.
 * @returns Whether it is.
 */
export function isSlogan(block: Block, text: string): boolean {
  return /[!?]\s/.test(text) && looksLikeHeading(block, text.replace(/[!?]+(?=\s)/g, ''))
}

/**
 * Whether the list after a block runs on from it as the end of its
 * sentence (see `continuesSentence`): then the block is a lead-in whose
 * colon was left out. A heading that trails off in an ellipsis ("Als
 * bewoner wil ik …") is continued by its items on purpose and stays one.
 */
function leadsIntoList(typed: TypedBlock[], index: number): boolean {
  const first = typed[index + 1]
  if (first?.kind !== 'listItem') return false
  const items: string[] = []
  for (let next = index + 1; ; next++) {
    const item = typed[next]
    if (item?.kind !== 'listItem' || item.marker.family !== first.marker.family) break
    items.push(item.text)
  }
  return continuesSentence(items)
}

/** A section number of two or more parts and a capital: "2.3 Aanpak". */
const sectionNumber = /^\d{1,2}(?:\.\d{1,2})+\.?\s+["'“‘(]?\p{Lu}/u

/** Blocks that must open with a section number before a document counts as numbered by sections. */
const minSectionNumbers = 2

/** Most words a heading line that opens a block may have. */
const openingMaxWords = 16

/**
 * In a document numbered by sections, a block whose first line is a
 * section number and a title, without closing punctuation, and whose next
 * line starts a sentence, is a heading and the paragraph after it: the
 * heading filled its line, so the layout showed no break.
 */
function openingHeading(block: Block, text: string): TypedBlock[] | undefined {
  const [first, second] = block.lines
  if (!first || !second || block.breaks[0]?.kind !== 'space') return undefined
  if (!sectionNumber.test(first.text) || /[.,;:!?-]["'”’)]*$/.test(first.text)) return undefined
  if (first.text.split(' ').length > openingMaxWords) return undefined
  if (!/^["'“‘(]?\p{Lu}/u.test(second.text) || !text.startsWith(`${first.text} `)) return undefined
  return [
    {
      kind: 'heading',
      block: { lines: [first], breaks: [], marked: false },
      text: first.text,
      numbering: readNumbering(first.text),
    },
    {
      kind: 'paragraph',
      block: { lines: block.lines.slice(1), breaks: block.breaks.slice(1), marked: false },
      text: text.slice(first.text.length + 1),
    },
  ]
}

/** Whether a numbered block has numbered neighbours of the same family, as list items do. */
function inOrderedRun(markers: Array<ListMarker | undefined>, index: number): boolean {
  const marker = markers[index]
  if (!marker?.ordered || marker.number === undefined) return false
  const before = markers[index - 1]
  const after = markers[index + 1]
  return (
    (before?.family === marker.family && before.number === marker.number - 1) ||
    (after?.family === marker.family && after.number === marker.number + 1)
  )
}

function looksLikeHeading(block: Block, text: string): boolean {
  if (block.lines.length > headingMaxLines) return false
  if (text.split(' ').length > headingMaxWords) return false
  if (!/^["'“‘„(]?[\p{Lu}\p{N}]/u.test(text)) return false
  // A piece of a sentence cut off by a wrong break leaves a bracket open or
  // closed alone ("Issue-Template?)"); headings hold no addresses.
  if (count(text, '(') !== count(text, ')')) return false
  if (/[\p{L}\p{N}.]@[\p{L}\p{N}-]+\.\p{L}|https?:\/\/|\bwww\./u.test(text)) return false
  // Nor a file's format and size ("Rapport (PDF, 1,2 MB)"): that is the
  // text of a download link.
  if (fileLink.test(text)) return false
  // A quotation, alone or with its attribution ("“…” — Respondent 3"), is
  // quoted speech, not a heading; a date alone dates a letter or a cover.
  if (quotation.test(text) || isDateLine(text)) return false
  // Words before a colon that end in a copula make a sentence ("De vraag
  // van dit onderzoek is: Hoe …?").
  const colon = text.indexOf(': ')
  if (colon !== -1 && isLeadIn(text.slice(0, colon))) return false
  // The heading number's own full stop ("1. Inleiding") is no sentence end.
  const title = text.replace(headingNumber, '')
  // An ellipsis trails off rather than ending a sentence: a heading may
  // close with one ("Als bewoner wil ik …"), unless a sentence ends before it.
  const trailing = title.replace(ellipsis, '')
  if (trailing !== title) return !/[.!?:;,]\s|[.,;:]$/.test(trailing)
  // Sentences end in punctuation; headings do not, except a single
  // question or exclamation.
  if (/[.,;:]["'”’)]*$/.test(title)) return false
  if (/[?!]["'”’)]*$/.test(title) && /[.!?]\s/.test(title)) return false
  return true
}

/** A file's format and size in brackets at the end: "(PDF, 8.1 MB)", "[docx 120 kB]". */
const fileLink =
  /[([](?:pdf|docx?|odt|ods|xlsx?|csv|pptx?|zip|txt|rtf|epub)\b[^)\]]*\d+(?:[.,]\d+)?\s?(?:[kmg]i?b|bytes?)[)\]]$/iu

/** An ellipsis at the end of a text: "…", "..." or ". . .". */
const ellipsis = /\s?(?:…|\.\s?\.\s?\.)["'”’)]*$/u

/** A text that is one quotation, possibly followed by a dash and who said it. */
const quotation = /^["“„'‘][^"“”„]*["”'’]\s*(?:[—–-]\s*\S.*)?$/u

/** How often a character occurs in a text. */
function count(text: string, character: string): number {
  return text.split(character).length - 1
}

/** The heading number as a list of parts: "2.3.1 Titel" → [2, 3, 1], "B." → [2], "IV." → [4]. */
function readNumbering(text: string): number[] | undefined {
  const match = headingNumber.exec(text)
  if (!match) return undefined
  const value = match[0].trim().replace(/\.$/, '')
  if (/^\d+(\.\d+)*$/.test(value)) return value.split('.').map(Number)
  // A single letter counts as a letter, except the ones that are more
  // likely roman numbers (I, V, X).
  if (/^[A-Z]$/.test(value) && !/^[IVX]$/.test(value)) return [value.charCodeAt(0) - 64]
  return [romanValue(value)]
}

/** The value of a roman number ("IV" → 4); the pattern admits only I V X L C. */
function romanValue(roman: string): number {
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }
  let total = 0
  for (let index = 0; index < roman.length; index++) {
    const value = digits[roman[index] ?? ''] ?? 0
    const next = digits[roman[index + 1] ?? ''] ?? 0
    total += value < next ? -value : value
  }
  return total
}
