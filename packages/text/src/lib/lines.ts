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

/** `LineFacts.flags`: spaces followed the text. */
const trailingSpaceFlag = 1
/** `LineFacts.flags`: a soft hyphen stood at the line end. */
const softHyphenFlag = 2
/**
 * `LineFacts.flags`: the line starts with a list marker (in `markers`):
 * asked at every line, the flag answers for the many lines without one.
 */
const markerFlag = 4

/**
 * What a document's lines hold besides their text, one slot per line in
 * typed arrays (kept outside the JavaScript heap), and the few list markers
 * by line index.
 *
 * Why not fields of each line: a document keeps every line until its tree is
 * built, and what the parse keeps alive while it runs decides its memory.
 * V8 copies each young object that outlives a garbage collection, then moves
 * it to the old generation; when the bytes copied so pass the size of the
 * young generation, V8 doubles it, and the process keeps the larger size.
 * The lines are made first and live longest, so they are copied twice. A
 * line with its numbers as fields was 72 bytes; with them here it is 48:
 * 1 MB of report text has about 18,000 lines, 0.45 MB less to copy twice,
 * which with the other cuts of the same kind keeps V8 from growing its young
 * generation during a 1 MB parse (see the bench's memory figures).
 */
interface LineFacts {
  /** Offset of each line's text in the normalised text. */
  readonly starts: Int32Array
  /** Page of each line (1-based). */
  readonly pages: Int32Array
  /** `trailingSpaceFlag`, `softHyphenFlag` and `markerFlag` of each line. */
  readonly flags: Uint8Array
  /** The list marker of each line that starts with one, by line index. */
  readonly markers: Map<number, ListMarker>
}

/**
 * A line as kept: its text, its index and its document's `LineFacts`; the
 * rest is read from those (see `LineFacts` for why).
 */
class LineRecord implements Line {
  constructor(
    readonly text: string,
    readonly index: number,
    private readonly facts: LineFacts,
  ) {}

  get start(): number {
    return this.facts.starts[this.index] as number
  }

  get end(): number {
    return this.start + this.text.length
  }

  get page(): number {
    return this.facts.pages[this.index] as number
  }

  get blank(): boolean {
    return this.text === ''
  }

  get trailingSpace(): boolean {
    return ((this.facts.flags[this.index] as number) & trailingSpaceFlag) !== 0
  }

  get softHyphen(): boolean {
    return ((this.facts.flags[this.index] as number) & softHyphenFlag) !== 0
  }

  get marker(): ListMarker | undefined {
    return ((this.facts.flags[this.index] as number) & markerFlag) === 0
      ? undefined
      : this.facts.markers.get(this.index)
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
  let count = 1
  for (let at = value.indexOf('\n'); at !== -1; at = value.indexOf('\n', at + 1)) count++
  const facts: LineFacts = {
    starts: new Int32Array(count),
    pages: new Int32Array(count),
    flags: new Uint8Array(count),
    markers: new Map(),
  }
  const lines: Line[] = new Array(count)
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
    facts.starts[index] = contentStart
    facts.pages[index] = page
    const marker = readListMarker(lineText)
    if (marker) facts.markers.set(index, marker)
    facts.flags[index] =
      (trailingSpace && end > contentStart ? trailingSpaceFlag : 0) |
      (text.softHyphenLineEnds.has(lineEnd) ? softHyphenFlag : 0) |
      (marker ? markerFlag : 0)
    lines[index] = new LineRecord(lineText, index, facts)
    index++
    // A form feed after the text (rare) starts the next page.
    for (let at = end; at < lineEnd; at++) if (value.charCodeAt(at) === formFeed) page++
    if (lineEnd === value.length) break
    lineStart = lineEnd + 1
  }
  return lines
}
