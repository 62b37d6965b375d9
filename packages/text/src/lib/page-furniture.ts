/**
 * Page furniture: running headers and footers and page numbers, found by
 * where they stand (the first and last lines of a page) and by repeating on
 * many pages once their numbers are ignored. They leave the flow; the parser
 * keeps them in the metadata and reports each one.
 */
import type { FurnitureKind } from '@kopij/ast'
import type { Line } from './lines.js'
import { furnitureKey, pageNumberShape } from './page-number.js'
import { findPaperReference } from './paper-reference.js'
import { findSectionHeaders } from './section-header.js'

/** How many lines at the top and the bottom of a page may be furniture. */
const zoneSize = 3

/**
 * Share of the pages a line must repeat on (besides at least two) to count
 * as running furniture: footers skip the first page in some layouts, and a
 * long document may change its header per chapter.
 */
const repeatShare = 0.3

/** A line that is furniture, and what kind. */
export interface FurnitureLine {
  /** The line. */
  line: Line
  /** What it is. */
  kind: FurnitureKind
}

/**
 * Find the furniture lines.
 *
 * @param lines All lines.
 * @returns The furniture lines by line index.
 */
export function findFurniture(lines: Line[]): Map<number, FurnitureLine> {
  const pages = groupPages(lines)
  const found = new Map<number, FurnitureLine>()
  const zones = pages.map((page) => ({
    top: page.slice(0, zoneSize),
    bottom: page.slice(Math.max(0, page.length - zoneSize)),
  }))
  // The key of each zone line, made once: the counts, the repeat test and
  // the walk down each zone all ask for it.
  const zoneKeys = new Map<Line, string>()
  for (const zone of zones) {
    for (const line of [...zone.top, ...zone.bottom])
      if (!zoneKeys.has(line)) zoneKeys.set(line, furnitureKey(line.text))
  }
  const keyOf = (line: Line): string => zoneKeys.get(line) ?? furnitureKey(line.text)

  // Keys repeating across pages in the top or the bottom zone.
  const topCount = new Map<string, number>()
  const bottomCount = new Map<string, number>()
  for (const zone of zones) {
    for (const key of new Set(zone.top.map(keyOf))) topCount.set(key, (topCount.get(key) ?? 0) + 1)
    for (const key of new Set(zone.bottom.map(keyOf)))
      bottomCount.set(key, (bottomCount.get(key) ?? 0) + 1)
  }
  const needed = Math.max(2, Math.ceil(pages.length * repeatShare))
  // A roman numeral is also a word ("vi", "c", a list item's "i"): lines of
  // that shape are page numbers only where two pages or more have one.
  let romanPages = 0
  for (const zone of zones) {
    if ([...zone.top, ...zone.bottom].some((line) => pageNumberShape(line.text) === 'roman'))
      romanPages++
  }
  const numbered = { roman: romanPages >= 2 }
  // A running footer whose page number wrapped onto a line of its own (at
  // page 10, say) is its usual text without the number.
  const stems = (count: Map<string, number>): Set<string> =>
    new Set([...count].filter(([, pages]) => pages >= needed).map(([key]) => stripPageNumber(key)))
  const topStems = stems(topCount)
  const bottomStems = stems(bottomCount)
  // Keys of lines in the middle of pages: a line that stands there more
  // often than at page tops and bottoms is a recurring heading or label of
  // the text ("Findings"), not a running header or footer. Only repeating
  // keys and their stems are ever looked up, so a middle line whose key
  // cannot start like one of those is not keyed (most of the text).
  const lookedUp = new Set<string>([...topStems, ...bottomStems])
  for (const count of [topCount, bottomCount]) {
    for (const [key, times] of count) if (times >= needed) lookedUp.add(key)
  }
  const starts = new Set([...lookedUp].map((key) => key.charAt(0)))
  const middleCount = new Map<string, number>()
  for (const page of pages) {
    for (let index = zoneSize; index < page.length - zoneSize; index++) {
      const line = page[index] as Line
      const start = keyStart(line.text)
      if (start !== undefined && !starts.has(start)) continue
      const key = furnitureKey(line.text)
      middleCount.set(key, (middleCount.get(key) ?? 0) + 1)
    }
  }
  const repeats = (count: Map<string, number>, line: Line): boolean => {
    const key = keyOf(line)
    const zoneTimes = (topCount.get(key) ?? 0) + (bottomCount.get(key) ?? 0)
    if ((middleCount.get(key) ?? 0) > zoneTimes) return false
    if ((count.get(key) ?? 0) >= needed) return true
    return key.length > 0 && (count === topCount ? topStems : bottomStems).has(key)
  }

  // Running headers that repeat the current section's title: each agrees
  // with a heading of the text on its page or before it.
  const sectionHeaders = findSectionHeaders(
    pages,
    needed,
    (line) => repeats(topCount, line) && keyOf(line) !== '',
  )
  pages.forEach((_, pageIndex) => {
    const zone = zones[pageIndex]
    if (!zone) return
    const topKeys = new Set<string>()
    // Below a header that repeats the section's title, the section's own
    // text begins: a heading that recurs in the text ("What this means")
    // and stands there on some pages is no second running header. A line
    // that never stands inside a page (a paper reference) still is one.
    let belowSectionHeader = false
    // Top zone: walk down while lines are furniture.
    for (const line of zone.top) {
      const key = keyOf(line)
      // A page has one running header: a line below it that matches it
      // again, or only its stem (the header's text with its number cut
      // off), is text, such as the title the header repeats, wrapped at its
      // year ("Jaarverslag 2024–" then "25").
      if (topKeys.has(key)) break
      const kind = classify(
        line,
        'top',
        repeats(topCount, line) &&
          key !== '' &&
          (!belowSectionHeader || (middleCount.get(key) ?? 0) === 0),
        sectionHeaders.has(line),
        numbered,
      )
      if (!kind) break
      if (sectionHeaders.has(line)) belowSectionHeader = true
      topKeys.add(key)
      if (kind !== 'pageNumber') topKeys.add(stripPageNumber(key))
      found.set(line.index, { line, kind })
    }
    // Bottom zone: walk up while lines are furniture.
    for (let index = zone.bottom.length - 1; index >= 0; index--) {
      const line = zone.bottom[index] as Line
      if (found.has(line.index)) break
      const kind = classify(
        line,
        'bottom',
        repeats(bottomCount, line) && keyOf(line) !== '',
        false,
        numbered,
      )
      if (!kind) break
      found.set(line.index, { line, kind })
    }
  })
  return found
}

/**
 * The first character of a line's `furnitureKey`, found without making the
 * key, or `undefined` where that is not certain (a line opening with a
 * character outside the BMP or a space other than the plain one).
 */
function keyStart(text: string): string | undefined {
  const code = text.charCodeAt(0)
  if (code >= 0x30 && code <= 0x39) return '#'
  // Plain ASCII, most lines' start, without the pattern and the case
  // mapping below: a capital's lowercase is 0x20 on.
  if (code > 0x20 && code < 0x7f)
    return String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 0x20 : code)
  if ((code >= 0xd800 && code <= 0xdfff) || /^\s/.test(text)) return undefined
  return text.charAt(0).toLowerCase().charAt(0)
}

/**
 * What kind of furniture a zone line is, if any.
 *
 * @param line The line.
 * @param where The zone it stands in.
 * @param repeated Whether its key, not empty, repeats on enough pages.
 * @param sectionHeader Whether it repeats the title of a section begun on its page or before.
 * @param numbered Whether roman page numbers are in use.
 * @returns Its kind, or `undefined` when it is text.
 */
function classify(
  line: Line,
  where: 'top' | 'bottom',
  repeated: boolean,
  sectionHeader: boolean,
  numbered: { roman: boolean },
): FurnitureKind | undefined {
  const shape = pageNumberShape(line.text)
  if (shape === 'arabic' || (shape === 'roman' && numbered.roman)) return 'pageNumber'
  const reference = findPaperReference(line.text)
  if (reference?.wholeLine) return where === 'top' ? 'runningHeader' : 'runningFooter'
  if (repeated) return where === 'top' ? 'runningHeader' : 'runningFooter'
  if (sectionHeader && where === 'top') return 'runningHeader'
  return undefined
}

/** A furniture key without the page number at its start or end. */
function stripPageNumber(key: string): string {
  return key
    .replace(/\s*(?:[-–—]\s*#\s*[-–—]|(?:pagina|page|seite)\s*#(?:\s*(?:van|of|von)\s*#)?|#)$/, '')
    .replace(/^(?:[-–—]\s*#\s*[-–—]|#)\s*/, '')
}

/**
 * The non-blank lines of each page, in order. Each page's array is made at
 * its final length: grown by `push`, a page's array kept room unused (0.12
 * MB at 1 MB of text), alive while V8 copies what survives its first
 * collection of the parse (see `LineFacts` in lines.ts).
 */
function groupPages(lines: Line[]): Line[][] {
  // An index rather than `for…of`: until the loop is optimised, each step of
  // an iterator is an object, one per line of the document.
  const counts: number[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.blank) continue
    while (counts.length < line.page) counts.push(0)
    counts[line.page - 1] = (counts[line.page - 1] as number) + 1
  }
  const pages = counts.map((count) => new Array<Line>(count))
  const filled = counts.map(() => 0)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.blank) continue
    const page = line.page - 1
    const at = filled[page] as number
    ;(pages[page] as Line[])[at] = line
    filled[page] = at + 1
  }
  return pages.filter((page) => page.length > 0)
}
