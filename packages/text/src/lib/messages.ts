/**
 * The messages `@kopij/text` puts on the file, one function per rule id, so
 * every message has the same source, a place and a link to the README.
 */
import type { FurnitureKind } from '@kopij/ast'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import type { HyphenVerdict } from './hyphen-repair.js'
import type { NormalizationChanges } from './normalize.js'

const source = '@kopij/text'
const readme = 'https://github.com/kopij/kopij/tree/main/packages/text#messages'

const furnitureNames: Record<FurnitureKind, string> = {
  runningHeader: 'running header',
  runningFooter: 'running footer',
  pageNumber: 'page number',
  repeatedLine: 'repeated line',
}

const hyphenDoubts: Record<HyphenVerdict['decision'], string> = {
  drop: 'Removed the hyphen of',
  keep: 'Kept the hyphen of',
  suspend: 'Kept the hyphen and space after',
  join: 'Joined the next line to',
  space: 'Kept the space after',
}

/**
 * Make a message without the stack trace V8 records for every `Error`:
 * `VFileMessage` is an `Error`, and sets its `stack` to `''` once made, so
 * the trace is thrown away, but recording it was most of the cost of a
 * message, and a document has one for every furniture line.
 *
 * @param make What makes the message.
 * @returns What it returns.
 */
function withoutStackTrace<Result>(make: () => Result): Result {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Message helpers by rule id. */
export const report = {
  /** Info: characters were normalised (counts by kind). */
  normalized(file: VFile, changes: NormalizationChanges, place: Position): void {
    const parts = Object.entries(changes)
      .filter(([, count]) => count > 0)
      .map(([kind, count]) => `${count} ${kind}`)
    if (parts.length === 0) return
    const message = withoutStackTrace(() =>
      file.info(`Normalised characters: ${parts.join(', ')}`, {
        place,
        ruleId: 'text-normalized',
        source,
      }),
    )
    message.url = `${readme}-text-normalized`
  },

  /** Warning: the input holds U+FFFD, a character lost before kopij saw it. */
  replacementCharacter(file: VFile, place: Point): void {
    const message = withoutStackTrace(() =>
      file.message(
        'Found a replacement character (U+FFFD): a character was lost when the text was decoded or extracted; check the source',
        { place, ruleId: 'replacement-character', source },
      ),
    )
    message.url = `${readme}-replacement-character`
  },

  /** Info: a running header, footer or page number left the flow. */
  furnitureRemoved(file: VFile, kind: FurnitureKind, value: string, place: Position): void {
    const message = withoutStackTrace(() =>
      file.info(
        `Removed ${furnitureNames[kind]} \`${value}\` from the text; it is kept in the metadata`,
        { place, ruleId: 'furniture-removed', source },
      ),
    )
    message.actual = value
    message.url = `${readme}-furniture-removed`
  },

  /**
   * Warning: a hyphen at a line end, or a word that may have lost one there,
   * was decided on weak evidence.
   */
  hyphenUncertain(file: VFile, line: string, verdict: HyphenVerdict, place: Position): void {
    const word = line.slice(line.lastIndexOf(' ') + 1)
    const message = withoutStackTrace(() =>
      file.message(
        `${hyphenDoubts[verdict.decision]} \`${word}\` at the line end on weak evidence (${verdict.evidence}): check the word`,
        { place, ruleId: 'hyphen-uncertain', source },
      ),
    )
    message.actual = word
    message.url = `${readme}-hyphen-uncertain`
  },

  /**
   * Info: a hyphen that the extraction glued out of a compound was put back,
   * on the document's own spelling of the word elsewhere.
   */
  hyphenRestored(file: VFile, glued: string, restored: string, place: Position): void {
    const message = withoutStackTrace(() =>
      file.info(
        `Put back the hyphen in \`${glued}\` (\`${restored}\`): the document writes the word with it elsewhere`,
        { place, ruleId: 'hyphen-restored', source },
      ),
    )
    message.actual = glued
    message.expected = [restored]
    message.url = `${readme}-hyphen-restored`
  },

  /** Warning: no hyphenation patterns or lexicon for the given language. */
  languageUnsupported(file: VFile, language: string, place: Position): void {
    const message = withoutStackTrace(() =>
      file.message(
        `No hyphenation patterns or lexicon for language \`${language}\`: hyphens at line ends are repaired from the document's own words only`,
        { place, ruleId: 'language-unsupported', source },
      ),
    )
    message.url = `${readme}-language-unsupported`
  },
}
