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
  index: number
  /** The line without leading and trailing spaces and form feeds. */
  text: string
  /** Offset of `text` in the normalised text. */
  start: number
  /** Offset just past `text` in the normalised text. */
  end: number
  /** Page (1-based): form feeds before or in the line start a new page. */
  page: number
  /** Whether the line has nothing but spaces. */
  blank: boolean
  /** Whether spaces followed the text before the line end. */
  trailingSpace: boolean
  /** Whether a soft hyphen stood at the end of the line. */
  softHyphen: boolean
  /** Leading spaces (after any form feed). */
  indent: number
  /**
   * The list marker the line starts with, if any: read once here, since
   * grouping the lines into blocks asks for it at every line and its
   * neighbours.
   */
  marker: ListMarker | undefined
}

const space = 0x20
const formFeed = 0x0c

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
    let indent = 0
    while (
      start < lineEnd &&
      (value.charCodeAt(start) === formFeed || value.charCodeAt(start) === space)
    ) {
      if (value.charCodeAt(start) === formFeed) {
        page++
        indent = 0
      } else indent++
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
    lines.push({
      index: index++,
      text: lineText,
      start: contentStart,
      end,
      page,
      blank: end === contentStart,
      trailingSpace: trailingSpace && end > contentStart,
      softHyphen: text.softHyphenLineEnds.has(lineEnd),
      indent,
      marker: readListMarker(lineText),
    })
    // A form feed after the text (rare) starts the next page.
    for (let at = end; at < lineEnd; at++) if (value.charCodeAt(at) === formFeed) page++
    if (lineEnd === value.length) break
    lineStart = lineEnd + 1
  }
  return lines
}
