/**
 * Run-in headings: a short label that opens a paragraph on the same line,
 * ended by a colon ("Aanbeveling: Maak de tekst korter."), as LaTeX sets its
 * fourth heading level. One such paragraph may be a sentence with a colon;
 * when the document opens several paragraphs this way, they are headings.
 * In such a document a label alone on its line ("Navigatie:"), before a list
 * or the paragraph on the next line, is one too, and so is a numbered label
 * ("2. Opzet: …") that would otherwise read as a list item.
 */
import type { TypedBlock } from './block-kind.js'
import { isCalloutLabel } from './callout-label.js'
import { announcesList, isLeadIn } from './lead-in.js'
import type { Line } from './lines.js'

/** Most words in a run-in label (the corpus labels average 3.5 words). */
const labelMaxWords = 8

/**
 * Most words in a run-in label that is a question ("Hoe vinden bewoners de
 * aanvraag?: …"): a question mark before the colon never occurs in running
 * text, so the label is one whatever its length, up to a heading's.
 */
const questionMaxWords = 20

/** A numbered step that leads a label: "Stap 2: ". */
const stepPrefix = /^\p{Lu}\p{Ll}+ \d{1,2}: /u

/** Whether a label is too long to be one; a leading step number does not count. */
function tooLong(label: string, maxWords = labelMaxWords): boolean {
  const words = label.replace(stepPrefix, '').split(' ').length
  return words > (label.endsWith('?') ? questionMaxWords : maxWords)
}

/**
 * Paragraphs that must open with a label before any counts as a heading.
 * One may be a sentence with a colon; a second paragraph opened the same
 * way, a capitalised label of a few words and a colon on its own line
 * before capitalised text, is the document's heading style (callouts and
 * lead-ins, the prose that opens this way, are not counted). Reports often
 * set only two or three run-in headings under a section.
 */
export const minRunIns = 2

// A label: starts with a capital or digit, holds no sentence punctuation or
// comma (a question mark may close it: "Wat betekent dit?: …"), ends with a
// colon; the paragraph goes on with a capital.
// A numbered step may lead the label ("Stap 1: Interviews: …"), and a
// heading with a short subtitle after its own colon keeps it: the subtitle
// opens in lowercase, where the paragraph after a label opens with a
// capital ("Case study: a rural service: In one county …"); at most four
// words, as a subtitle names, where a clause after a colon says something
// ("Ter illustratie: binnen de gemeente is de vraag: …").
export const runInLabel =
  /^((?:\p{Lu}\p{Ll}+ \d{1,2}: )?[\p{Lu}\p{N}][^.:;!?,()"“”]{0,80}?(?:: \p{Ll}[^\s.:;!?,()"“”]*(?: [^\s.:;!?,()"“”]+){0,3})?[?]?):\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u

/**
 * Check whether a line opens a run-in label that wraps onto the next line
 * ("Gevoel dat er geen ruimte is voor deze groe-" then "pen: Een
 * veelgehoord …"): a long label in a narrow column reaches past the line
 * end, so its colon stands on the second line, before the paragraph's
 * text. Taken only in a document that has shown it sets run-in headings
 * (the caller checks), and only for a label as short as a looser one
 * (`looseMaxWords`), without a comma and not a lead-in or callout (see
 * `labelIn`): a sentence that wraps before a colon has more words.
 *
 * @param line The line that may open the label.
 * @param next The line after it.
 * @returns Whether the label starts on `line` and ends on `next`.
 */
export function opensWrappedRunIn(line: Line, next: Line | undefined): boolean {
  if (next === undefined || line.text.includes(':') || !next.text.includes(':')) return false
  // A word broken at the line end is joined to its rest: the label's words
  // are counted, not spelled.
  const joined = /\p{L}-$/u.test(line.text)
    ? `${line.text.slice(0, -1)}${next.text}`
    : `${line.text} ${next.text}`
  const match = labelIn(runInLabel, joined)
  const label = match?.[1]
  return (
    match !== null &&
    label !== undefined &&
    label.length > line.text.length &&
    !tooLong(label, looseMaxWords)
  )
}

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

/**
 * A label alone in its block before a paragraph: the run-in heading filled
 * its line, so its text starts on the next one ("Open voor contact, maar
 * met hulp:" then "Bewoners willen …"). Commas allowed, as in `looseLabel`.
 */
const looseLabelOnly = /^([\p{Lu}\p{N}][^.:;!?()"“”]{0,120}?[?]?):$/u

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
 * Most words in a numbered label alone in its block ("2. In hoeverre vinden
 * bewoners de knop?:"): that is a heading line, and the number marks it, so
 * it may be as long as a heading on its own line. Run in before text, a
 * numbered label is as short as other labels (`labelMaxWords`).
 */
const numberedMaxWords = 20

/**
 * Most words in the label of a block taken for a heading: a longer label is
 * a sentence that introduces what follows ("De vraag van dit onderzoek was:
 * …").
 */
const headingLabelMaxWords = 5

/**
 * The label of a numbered run-in heading: commas and a bracketed aside
 * allowed ("4. Begin en (zo nodig) einde: …"), as in a heading on its own
 * line; the number marks it as a heading.
 */
const numberedLabel =
  /^([\p{Lu}\p{N}](?:[^.:;!?()"“”]|\([^().:;!?"“”]*\)){0,120}?[?]?):\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u

/**
 * A label with nothing after it in a numbered block: commas allowed, the
 * number marks it. The label may end in a colon of its own ("… inzage in:"),
 * doubled by the colon that runs it in.
 */
const numberedLabelOnly = /^([\p{Lu}\p{N}][^.:;!"“”]{0,160}?[?:]?):$/u

/**
 * A label that is itself a heading number: a word and a number or letter
 * ("Stap 2", "Bijlage B", "Hoofdstuk IV"). A heading "Stap 2: Gesprekken" is
 * numbered, not run in.
 */
const numberLabel = /^\p{Lu}\p{Ll}+ (?:\d{1,3}|[A-Z]|[IVXL]{1,6})$/u

/** A quotation mark or apostrophe that opens quoted words. */
const openingQuote = /^["'“‘„‚«‹]/u

/**
 * The label a pattern finds at the start of a text, unless the text after
 * it opens a quotation: a colon before quoted words introduces them
 * ("Casus: "Je woont in …"", "Status: ‘Afgerond’ …"), it ends no label;
 * or unless it is a callout label ("Let op: …") or a lead-in ("De vraag
 * is: …").
 */
function labelIn(pattern: RegExp, text: string): RegExpExecArray | null {
  const match = pattern.exec(text)
  if (!match || openingQuote.test(text.slice(match[0].length))) return null
  // "Positief: … voegen Negatief: …", "Namens de gemeente: Anna de Vries
  // Bureau Noord: …": fields of a form, no heading and its text. When the
  // text after the label opens with a field ("Zoeken: Positief: … Negatief:
  // …"), the label stands over the fields: a heading.
  const rest = text.slice(match[0].length)
  if (!fieldFirst.test(rest) && holdsGluedLabel(rest)) return null
  // "Let op: …", "Tip: …" open a remark, not a section; "De vraag is: …"
  // is a sentence.
  const label = match[1] ?? ''
  return isCalloutLabel(label) || isLeadIn(label) ? null : match
}

/** A text that opens with a one-word label: "Positief: …". */
const fieldFirst = /^\p{Lu}[\p{L}'’-]*:\s/u

/** A capitalised word before a colon inside a text: where another label may end. */
const innerLabelEnd = /(\p{Lu}[\p{L}'’-]*):\s/gu

/**
 * Whether a text holds a label glued to the words before it: a capitalised
 * word and a colon where no sentence ended before, after more words than a
 * label has or after a comma ("… toe te voegen Negatief: …", "Anna de Vries,
 * a.devries@example.nl Bureau Noord: …"). A paragraph of such fields lists
 * values under their names, as a form or a contact block does; the label
 * that opens it names the first field, not a section. A label after a
 * sentence end ("… weergegeven? Advies van het panel: …") is a label
 * of its own and leaves the text a paragraph.
 */
function holdsGluedLabel(text: string): boolean {
  for (const match of text.matchAll(innerLabelEnd)) {
    const before = text.slice(0, match.index + (match[1] ?? '').length)
    const start = Math.max(
      before.lastIndexOf('. '),
      before.lastIndexOf('? '),
      before.lastIndexOf('! '),
      before.lastIndexOf(': '),
    )
    const words = before.slice(start + 1).trim()
    if (words.includes(',') || words.split(' ').length > labelMaxWords) return true
  }
  return false
}

/**
 * The label a pattern finds when it is all the block holds ("Navigatie:"),
 * unless its words announce a list inside a sentence ("De volgende punten
 * zijn bekeken:", see `announcesList`).
 */
function labelAlone(pattern: RegExp, text: string): RegExpExecArray | null {
  const match = labelIn(pattern, text)
  return match && !announcesList(match[1] ?? '') ? match : null
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
    const wrapped = labelAlone(looseLabelOnly, block.text)?.[1]
    if (wrapped && !tooLong(wrapped, looseMaxWords) && blocks[index + 1]?.kind === 'paragraph') {
      const offsets = rawOffsets(block.block.lines, wrapped.split(':').length)
      if (offsets) looseFound.set(index, { label: wrapped, rest: block.text.length, ...offsets })
      return
    }
    const onlyLabel = labelAlone(labelOnly, block.text)
    const match = labelIn(runInLabel, block.text) ?? onlyLabel
    if (!match) {
      const loose = labelIn(looseLabel, block.text)
      const text = loose?.[1]
      const offsets = text ? rawOffsets(block.block.lines, 1) : undefined
      if (loose && text && offsets && text.split(' ').length <= looseMaxWords)
        looseFound.set(index, { label: text, rest: loose[0].length, ...offsets })
      return
    }
    const text = match?.[1]
    if (!match || !text || tooLong(text)) return
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
  for (const [index, runIn] of findLabelledLists(blocks)) found.set(index, runIn)
  for (const [index, runIn] of findNumberedRunIns(blocks)) found.set(index, runIn)
  for (const [index, runIn] of findRunInsInHeadings(blocks)) found.set(index, runIn)
  return found
}

/** Fewest labels, each alone before its list, in a row that make parallel sections. */
const minLabelledLists = 3

/**
 * In a document that sets run-in headings, labels alone in their blocks,
 * each before a list and one right after the other's list ("Maak de
 * navigatie duidelijker:" • … "Verbeter de bevestiging:" • …), are parallel
 * sections: run-in headings whose text is a list. Their labels differ, as
 * section names do; a label that recurs in the row is a caption
 * ("Voordelen:", "Nadelen:") and the row stays paragraphs.
 */
function findLabelledLists(blocks: TypedBlock[]): Map<number, RunIn> {
  const found = new Map<number, RunIn>()
  let row: Array<[number, RunIn]> = []
  const close = (): void => {
    const labels = new Set(row.map(([, runIn]) => runIn.label.toLowerCase()))
    if (row.length >= minLabelledLists && labels.size === row.length)
      for (const [index, runIn] of row) found.set(index, runIn)
    row = []
  }
  let index = 0
  while (index < blocks.length) {
    const block = blocks[index] as TypedBlock
    const label =
      block.kind === 'paragraph' ? labelAlone(looseLabelOnly, block.text)?.[1] : undefined
    const offsets = label ? rawOffsets(block.block.lines, label.split(':').length) : undefined
    let end = index + 1
    while (blocks[end]?.kind === 'listItem') end++
    if (!label || !offsets || tooLong(label, looseMaxWords) || end === index + 1) {
      close()
      index++
      continue
    }
    row.push([index, { label, rest: block.text.length, ...offsets }])
    index = end
  }
  close()
  return found
}

/**
 * In a document that sets run-in headings, numbered headings run in too:
 * "1. Persoonlijke gegevens: Hier staat …" reads as a list item, but its
 * label is a heading. A numbered list announced by a lead-in that ends in a
 * colon ("Dit waren:") is a list whatever its items open with: a heading is
 * never announced that way. So is a run whose items mostly open without a
 * label: one colon among them belongs to a sentence. A label alone in its
 * block ("2. Opzet van de test:") counts when something other than the next
 * item follows it.
 */
function findNumberedRunIns(blocks: TypedBlock[]): Map<number, RunIn> {
  const found = new Map<number, RunIn>()
  // Runs of items numbered on from each other, with the label of each.
  const runs: Array<{
    last: number
    announced: boolean
    items: Array<[number, RunIn | undefined]>
  }> = []
  blocks.forEach((block, index) => {
    if (block.kind !== 'listItem' || block.marker.family !== '1.') return
    const number = block.marker.number ?? 0
    let run = runs.at(-1)
    if (!run || number !== run.last + 1) {
      const before = blocks[index - 1]
      run = {
        last: number,
        announced: before !== undefined && /:["'”’)]*$/.test(before.text),
        items: [],
      }
      runs.push(run)
    } else run.last = number
    run.items.push([index, numberedLabelOf(block, blocks[index + 1])])
  })
  for (const run of runs) {
    const labelled = run.items.filter(([, runIn]) => runIn !== undefined)
    if (run.announced || labelled.length * 2 <= run.items.length) continue
    for (const [index, runIn] of labelled) if (runIn) found.set(index, runIn)
  }
  return found
}

/** The run-in label of a numbered item, with its number, if it opens with one. */
function numberedLabelOf(
  block: Extract<TypedBlock, { kind: 'listItem' }>,
  next: TypedBlock | undefined,
): RunIn | undefined {
  const inline = labelIn(runInLabel, block.text) ?? labelIn(numberedLabel, block.text)
  const onlyLabel =
    next?.kind === 'listItem' && next.marker.family === block.marker.family
      ? undefined
      : labelIn(numberedLabelOnly, block.text)
  const match = inline ?? onlyLabel
  const label = match?.[1]
  if (!match || !label || tooLong(label, inline ? labelMaxWords : numberedMaxWords))
    return undefined
  const offsets = rawOffsets(block.block.lines, label.split(':').length)
  if (!offsets) return undefined
  return { label: `${block.marker.marker} ${label}`, rest: match[0].length, ...offsets }
}

/**
 * In a document that sets run-in headings, a short block taken for a
 * heading by its shape may be a run-in heading and a short paragraph
 * ("Bevindingen: Doelen en taken"): the label is the heading. A label that
 * is a heading number ("Stap 2: Gesprekken") is part of the heading.
 */
function findRunInsInHeadings(blocks: TypedBlock[]): Map<number, RunIn> {
  const found = new Map<number, RunIn>()
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading' || block.numbering !== undefined || block.runIn !== undefined)
      return
    // The document's first block on its first page is its title (see
    // heading-level's findTitle), and a title's colon parts a name from
    // its subtitle ("Handreichung: Barrierefreie …"): nothing stands above
    // the title for it to run into.
    if (index === 0 && block.block.lines[0]?.page === 1) return
    const match = labelIn(runInLabel, block.text)
    const label = match?.[1]
    if (
      !match ||
      !label ||
      numberLabel.test(label) ||
      label.split(' ').length > headingLabelMaxWords
    )
      return
    const offsets = rawOffsets(block.block.lines, label.split(':').length)
    if (offsets) found.set(index, { label, rest: match[0].length, ...offsets })
  })
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
 * Split each paragraph (or numbered item, or short block taken for a
 * heading) opened by a run-in label into a heading and a paragraph (or only
 * a heading, for a label alone in its block).
 *
 * @param typed The typed blocks.
 * @returns The typed blocks with run-in headings split off.
 */
export function splitRunInHeadings(typed: TypedBlock[]): TypedBlock[] {
  const runIns = findRunInHeadings(typed)
  if (runIns.size === 0) return typed
  return typed.flatMap((block, index): TypedBlock[] => {
    const runIn = runIns.get(index)
    if (!runIn) return [block]
    const heading: TypedBlock = {
      kind: 'heading',
      block: block.block,
      text: runIn.label,
      numbering:
        block.kind === 'listItem' && block.marker.number !== undefined
          ? [block.marker.number]
          : undefined,
      runIn: runIn.labelEnd,
    }
    const rest = block.text.slice(runIn.rest)
    if (rest === '') return [heading]
    return [heading, { kind: 'paragraph', block: block.block, text: rest, skip: runIn.textStart }]
  })
}
