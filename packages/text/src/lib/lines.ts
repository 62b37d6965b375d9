/**
 * Lines: the normalised text cut into lines, each with its page (form feeds
 * are page breaks, as pdftotext writes them) and what its end looks like.
 */
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
    while (start < lineEnd && (value[start] === '\f' || value[start] === ' ')) {
      if (value[start] === '\f') page++
      start++
    }
    const contentStart = start
    let end = lineEnd
    let trailingSpace = false
    while (end > start && (value[end - 1] === ' ' || value[end - 1] === '\f')) {
      if (value[end - 1] === ' ') trailingSpace = true
      end--
    }
    const raw = value.slice(lineStart, lineEnd)
    const indentMatch = /^\f*( *)/.exec(raw)
    lines.push({
      index: index++,
      text: value.slice(contentStart, end),
      start: contentStart,
      end,
      page,
      blank: end === contentStart,
      trailingSpace: trailingSpace && end > contentStart,
      softHyphen: text.softHyphenLineEnds.has(lineEnd),
      indent: indentMatch?.[1]?.length ?? 0,
    })
    // A form feed after the text (rare) starts the next page.
    for (let at = end; at < lineEnd; at++) if (value[at] === '\f') page++
    if (lineEnd === value.length) break
    lineStart = lineEnd + 1
  }
  return lines
}
