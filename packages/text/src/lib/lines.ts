/**
 * Lines: the normalised text cut into lines, each with its page (form feeds
 * are page breaks, as pdftotext writes them), what its end looks like and
 * the list marker it starts with.
 */
import { type ListMarker, readListMarker } from './list-marker.js'
import type { NormalizedText } from './normalize.js'

/** One line of the normalised text. */
export interface Line {
  /** Index of the line (0-based). */
  readonly index: number
  /** The line without leading and trailing spaces and form feeds. */
  readonly text: string
  /** Offset of `text` in the normalised text. */
  readonly start: number
  /** Offset just past `text` in the normalised text. */
  readonly end: number
  /** Page (1-based): form feeds before or in the line start a new page. */
  readonly page: number
  /** Whether the line has nothing but spaces. */
  readonly blank: boolean
  /** Whether spaces followed the text before the line end. */
  readonly trailingSpace: boolean
  /** Whether a soft hyphen stood at the end of the line. */
  readonly softHyphen: boolean
  /**
   * The list marker the line starts with, if any: read once here, since
   * grouping the lines into blocks asks for it at every line and its
   * neighbours.
   */
  readonly marker: ListMarker | undefined
}

const space = 0x20
const formFeed = 0x0c

/** `LineRecord.flags`: spaces followed the text. */
const trailingSpaceFlag = 1
/** `LineRecord.flags`: a soft hyphen stood at the line end. */
const softHyphenFlag = 2

/**
 * A line as kept: what can be derived (its end, whether it is blank) is
 * derived, and the two facts about its end share one number. A document
 * keeps every line until its tree is built, so each field is one more word
 * of memory per line.
 */
class LineRecord implements Line {
  constructor(
    readonly index: number,
    readonly text: string,
    readonly start: number,
    readonly page: number,
    private readonly flags: number,
    readonly marker: ListMarker | undefined,
  ) {}

  get end(): number {
    return this.start + this.text.length
  }

  get blank(): boolean {
    return this.text === ''
  }

  get trailingSpace(): boolean {
    return (this.flags & trailingSpaceFlag) !== 0
  }

  get softHyphen(): boolean {
    return (this.flags & softHyphenFlag) !== 0
  }
}

/**
 * Cut normalised text into lines.
 *
 * @param text The normalised text.
 * @returns The lines, in order.
 */
export function splitLines(text: NormalizedText): Line[] {
  const { value } = text
  const lines: Line[] = []
  let page = 1
  let lineStart = 0
  let index = 0
  while (lineStart <= value.length) {
    let lineEnd = value.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = value.length
    let start = lineStart
    // Form feeds anywhere before the text start new pages; pdftotext puts
    // them at the start of the first line of the next page.
    while (
      start < lineEnd &&
      (value.charCodeAt(start) === formFeed || value.charCodeAt(start) === space)
    ) {
      if (value.charCodeAt(start) === formFeed) page++
      start++
    }
    const contentStart = start
    let end = lineEnd
    let trailingSpace = false
    while (
      end > start &&
      (value.charCodeAt(end - 1) === space || value.charCodeAt(end - 1) === formFeed)
    ) {
      if (value.charCodeAt(end - 1) === space) trailingSpace = true
      end--
    }
    const lineText = value.slice(contentStart, end)
    const flags =
      (trailingSpace && end > contentStart ? trailingSpaceFlag : 0) |
      (text.softHyphenLineEnds.has(lineEnd) ? softHyphenFlag : 0)
    lines.push(
      new LineRecord(index++, lineText, contentStart, page, flags, readListMarker(lineText)),
    )
    // A form feed after the text (rare) starts the next page.
    for (let at = end; at < lineEnd; at++) if (value.charCodeAt(at) === formFeed) page++
    if (lineEnd === value.length) break
    lineStart = lineEnd + 1
  }
  return lines
}
