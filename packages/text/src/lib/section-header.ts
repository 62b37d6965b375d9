/**
 * Running headers that repeat the current section's title. Their text
 * changes from section to section, so they do not repeat often enough to be
 * found as running headers; what marks them is that each agrees with a
 * heading of the document's own text: the section begun on the page (LaTeX's
 * `\rightmark` shows the first one begun on a page, a word processor's
 * field the current one) or one begun on an earlier page. The header stands
 * first on its page (under a page number or a running header that repeats
 * on many pages at most); the heading it repeats stands below it on the same
 * page or on a page before, never only further on.
 */
import { startsLowercase } from './line-edges.js'
import type { Line } from './lines.js'
import { readListMarker } from './list-marker.js'
import { pageNumberShape } from './page-number.js'

/**
 * Most words of a section title repeated as a running header: the header
 * line has the room of one line in a smaller type, some twenty words in a
 * report's measure. (Agreement with a heading is the evidence; this only
 * keeps a sentence-long line from being asked.)
 */
const titleMaxWords = 20

/**
 * Most lines a heading of the text wraps over where the header repeats it
 * on one line: the heading is set larger than the header.
 */
const headingMaxLines = 3

/**
 * How many letters of a line's key tell whether it can open a heading a
 * header repeats.
 */
const openingLength = 12

/**
 * Fewest letters in a header's key: a header of one or two letters ("A")
 * agrees with too much of the text by chance.
 */
const minKeyLength = 3

/**
 * Find the first lines of pages that repeat a section title of the text.
 *
 * @param pages The non-blank lines of each page.
 * @param needed On how many pages such a header must stand for the document
 *   to have them: on one or two pages a line that agrees with a heading is a
 *   heading that recurs in the text ("Advies" in two sections) and happens
 *   to open a page.
 * @param isRunning Whether a line is a running header that repeats on many
 *   pages (a title above the section's): the section header stands below it.
 * @returns The header lines (none where fewer than `needed` pages have one).
 */
export function findSectionHeaders(
  pages: Line[][],
  needed: number,
  isRunning: (line: Line) => boolean,
): Set<Line> {
  // The candidates on each page: its first line under a page number, and
  // where that is a running header repeating on many pages (a title), the
  // line under it. Each is read alone and with the line after it: a header
  // that also prints a paper reference may wrap ("Kosten en baten Tweede
  // Kamer, …, nr." and "4").
  const starts = pages.map((page) => {
    const at: number[] = []
    for (let index = 0; index < page.length && at.length < 2; index++) {
      const line = page[index] as Line
      if (pageNumberShape(line.text) !== undefined) continue
      at.push(index)
      if (!isRunning(line)) break
    }
    return at
  })
  // A header opens with its title, a constant part or a page number, not
  // in the middle of a sentence: a page's first line that does is text.
  const forms = pages.map((page, pageIndex) =>
    (starts[pageIndex] ?? []).flatMap((at) => {
      const line = page[at] as Line
      if (startsLowercase(line.text)) return []
      const next = page[at + 1]
      return next
        ? [
            { lines: [line], text: line.text },
            { lines: [line, next], text: `${line.text} ${next.text}` },
          ]
        : [{ lines: [line], text: line.text }]
    }),
  )
  const affixes = constantAffixes(
    forms.map((each) => each.map((form) => form.text)),
    needed,
  )
  const candidates = forms.map((each) =>
    each.map((form) => ({
      lines: form.lines,
      keys: headerKeys(form.text, affixes, form.lines.length > 1),
    })),
  )
  const wanted = new Set<string>()
  for (const candidate of candidates.flat()) for (const key of candidate.keys) wanted.add(key)
  if (wanted.size === 0) return new Set()
  // A key's first letters, to tell quickly whether a line can open a
  // heading that a header repeats: most lines cannot, and the lines of a
  // long document are many. Read from the line's first characters only; a
  // line whose opening is shorter (a short heading, or the first line of a
  // wrapped one) is looked up among the keys' shorter openings.
  const openings = new Set<string>()
  for (const key of wanted) {
    for (let size = minKeyLength; size < Math.min(key.length, openingLength); size++)
      openings.add(key.slice(0, size))
    openings.add(key.slice(0, openingLength))
  }
  // The wanted keys in order, to tell whether a line's key opens one (then
  // the heading may go on in the next line) by a binary search.
  const sorted = [...wanted].sort()
  const opensWanted = (key: string): boolean => {
    let low = 0
    let high = sorted.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((sorted[middle] as string) < key) low = middle + 1
      else high = middle
    }
    return sorted[low]?.startsWith(key) ?? false
  }
  // Where each wanted key stands as text: its first page, and the lines it
  // starts on by page (a header agrees with a heading below it on its own
  // page). How often it stands as text, against how many pages it heads.
  const firstPage = new Map<string, number>()
  const onPage = new Map<string, Line[]>()
  const textTimes = new Map<string, number>()
  pages.forEach((page, pageIndex) => {
    // A page's first line is no heading of the text; a line below a
    // running title may be, but where it is a header itself it is not
    // counted as the text's.
    const [first = -1, second = -1] = starts[pageIndex] ?? []
    for (let at = 0; at < page.length; at++) {
      const line = page[at] as Line
      // A heading opens with a capital or a number, not in the middle of
      // a sentence: most lines are passed over here.
      if (at === first || startsLowercase(line.text)) continue
      if (!openings.has(keyOpening(line.text))) continue
      let key = titleKey(line.text)
      // The heading may wrap; the header has it on one line.
      for (let end = at; end < Math.min(page.length, at + headingMaxLines); end++) {
        if (end > at) {
          const next = page[end] as Line
          if (end === first || !opensWanted(key)) break
          key += titleKey(next.text)
        }
        // Every span that reads as a wanted title counts: a line may read
        // as one title alone and as another with the line after it.
        if (!wanted.has(key)) continue
        if (!isTitleShaped(page.slice(at, end + 1).map((each) => each.text))) continue
        if (!firstPage.has(key)) firstPage.set(key, pageIndex)
        const place = `${pageIndex} ${key}`
        onPage.set(place, [...(onPage.get(place) ?? []), line])
        if (at !== second) textTimes.set(key, (textTimes.get(key) ?? 0) + 1)
      }
    }
  })

  const headers = new Map<Line[], string>()
  const pagesHeaded = new Map<string, number>()
  candidates.forEach((each, pageIndex) => {
    for (const candidate of each) {
      const key = candidate.keys.find((key) => {
        const first = firstPage.get(key)
        if (first === undefined) return false
        // Standing on an earlier page, or elsewhere on its own page (below
        // it: the header stands at the top).
        if (first < pageIndex) return true
        const here = onPage.get(`${pageIndex} ${key}`) ?? []
        return here.some((line) => !candidate.lines.includes(line))
      })
      if (key === undefined) continue
      headers.set(candidate.lines, key)
      pagesHeaded.set(key, (pagesHeaded.get(key) ?? 0) + 1)
      return
    }
  })
  // A label that stands in the text more often than it opens pages
  // ("Aanbeveling" under each finding) is text wherever it stands: a
  // section title stands once as a heading and heads each page of its
  // section.
  for (const [lines, key] of headers) {
    if ((textTimes.get(key) ?? 0) > (pagesHeaded.get(key) ?? 0)) headers.delete(lines)
  }
  return headers.size >= needed ? new Set([...headers.keys()].flat()) : new Set()
}

/**
 * The keys a page's first line may show a section title under: the line
 * itself, and the line without what the header prints beside the title: a
 * constant part (a paper reference, "Kosten en baten Tweede Kamer,
 * vergaderjaar 2025–2026, 36 123, nr. 4"; a report's name) or a page
 * number ("Kosten en baten 5"). Only a title-shaped text gets keys.
 *
 * @param wrapped Whether the text is the page's first two lines read as one.
 */
function headerKeys(text: string, affixes: Affixes, wrapped: boolean): string[] {
  // A header's title takes one line at most: read over two lines, the
  // header is a title with a constant part that wrapped, or nothing.
  const rests = withoutAffixes(text, affixes)
  const forms = wrapped ? rests : [text, ...rests]
  for (const form of [...forms]) {
    const bare = withoutPageNumber(form)
    if (bare !== form && bare !== '') forms.push(bare)
  }
  const keys: string[] = []
  for (const form of forms) {
    // A title opens with a capital or a number, as the heading it repeats,
    // and a header's line ends in a whole word: one that ends in a word
    // broken at its hyphen ("mensen-") is a line of text.
    if (startsLowercase(form) || /\p{L}-$/u.test(form) || !isTitleShaped([form])) continue
    const key = titleKey(form)
    if (key.length >= minKeyLength && !keys.includes(key)) keys.push(key)
  }
  return keys
}

/** Word sequences (digits as `#`) that open or close the first lines of many pages. */
interface Affixes {
  prefixes: Set<string>
  suffixes: Set<string>
}

/**
 * Fewest and most words of a constant part printed beside the section
 * title in a header: a paper reference or a report's name with its year is
 * some eight to ten words ("Tweede Kamer, vergaderjaar 2025–2026, 36 123,
 * nr. 4").
 */
const affixMinWords = 2
const affixMaxWords = 12

/**
 * What the first lines of many pages open or close with, their numbers
 * aside: the constant part of a header that also shows the current
 * section's title ("Kosten en baten | Jaarverslag 2025", "Drucksache 21/456
 * – Kosten und Nutzen"). Lines of text share no run of two words at their
 * start or end on many pages.
 *
 * @param texts The ways each page's header may read (its first line, its
 *   first two lines).
 * @param needed On how many pages it must stand.
 */
function constantAffixes(texts: string[][], needed: number): Affixes {
  const words = texts.map((page) => page.map(affixWords))
  // Grown a word at a time, only from parts constant at the size before (a
  // longer part is on no more pages than its shorter one): most pages'
  // first lines share no two words with many others, and are let go early.
  const grow = (end: 'start' | 'end'): Set<string> => {
    const constant = new Set<string>()
    let previous: Set<string> | undefined
    for (let size = affixMinWords; size <= affixMaxWords; size++) {
      const count = new Map<string, number>()
      for (const page of words) {
        const seen = new Set<string>()
        for (const each of page) {
          if (each.length <= size) continue
          const part = end === 'start' ? each.slice(0, size) : each.slice(each.length - size)
          const shorter = end === 'start' ? part.slice(0, -1) : part.slice(1)
          if (previous && !previous.has(shorter.join(' '))) continue
          seen.add(part.join(' '))
        }
        for (const part of seen) count.set(part, (count.get(part) ?? 0) + 1)
      }
      const frequent = new Set(
        [...count].filter(([, times]) => times >= needed).map(([part]) => part),
      )
      if (frequent.size === 0) break
      for (const part of frequent) constant.add(part)
      previous = frequent
    }
    return constant
  }
  return { prefixes: grow('start'), suffixes: grow('end') }
}

/** A line's words with each run of digits as `#`. */
function affixWords(text: string): string[] {
  return text.split(' ').map((word) => word.replace(/\d+/g, '#'))
}

/**
 * The text without the longest constant part at its start, at its end, and
 * at both. Each is a reading: a part constant over the pages of one long
 * section ("Werkwijze Tweede Kamer, …" on three pages) may take the title in.
 */
function withoutAffixes(text: string, affixes: Affixes): string[] {
  const words = text.split(' ')
  const keys = affixWords(text)
  let from = 0
  let to = words.length
  const longest = Math.min(words.length - 1, affixMaxWords)
  // Grown a word at a time while constant; the longest that is counts.
  if (affixes.prefixes.size > 0) {
    let prefix = keys.slice(0, affixMinWords - 1).join(' ')
    for (let size = affixMinWords; size <= longest; size++) {
      prefix += ` ${keys[size - 1]}`
      if (!affixes.prefixes.has(prefix)) break
      from = size
    }
  }
  if (affixes.suffixes.size > 0) {
    let suffix = keys.slice(keys.length - affixMinWords + 1).join(' ')
    for (let size = affixMinWords; size <= longest; size++) {
      suffix = `${keys[keys.length - size]} ${suffix}`
      if (!affixes.suffixes.has(suffix)) break
      to = words.length - size
    }
  }
  const readings = [words.slice(from).join(' '), words.slice(0, to).join(' ')]
  if (from < to) readings.push(words.slice(from, to).join(' '))
  return readings.filter((reading) => reading !== '' && reading !== text)
}

/** A page number before or after a header's title ("5 Kosten", "Kosten – 5 –", "Kosten Pagina 5 van 9"). */
const pageNumberBeside = [
  /\s+(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:pagina|page|seite|blz\.?|p\.|s\.)\s*\d{1,4}(?:\s*(?:van|of|von|\/)\s*\d{1,4})?|\d{1,4})$/i,
  /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4})\s+/,
]

/** The text without a page number at its start or end. */
function withoutPageNumber(text: string): string {
  return pageNumberBeside.reduce((rest, pattern) => rest.replace(pattern, ''), text).trim()
}

/**
 * A section title reduced to what a header and its heading share: no
 * section number (a header may leave it off, "Werkwijze" for "2.1
 * Werkwijze"), no case (a header may be in capitals), nothing but letters
 * and digits (a heading wrapped with a hyphen, "gemeente-" "lijke", reads
 * as the header's one word).
 */
function titleKey(text: string): string {
  const lower = text.replace(sectionNumber, '').toLowerCase()
  // A loop over the characters, plain ASCII told without a pattern (what
  // `replace(/[^\p{L}\p{N}]+/gu, '')` does, some times faster): long
  // documents have many lines that may open a heading.
  let key = ''
  let from = 0
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index)
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) continue
    if (code >= 0x80 && letterOrDigit.test(lower.charAt(index))) continue
    key += lower.slice(from, index)
    from = index + 1
  }
  return from === 0 ? lower : key + lower.slice(from)
}

/**
 * The first letters of a text's `titleKey`, found without making the key
 * (or a lowercase copy of the line): asked at every line of a document
 * that opens with a capital or a digit.
 */
function keyOpening(text: string): string {
  const number = sectionNumber.exec(text)
  let opening = ''
  for (
    let index = number ? number[0].length : 0;
    index < text.length && opening.length < openingLength;
    index++
  ) {
    const code = text.charCodeAt(index)
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))
      opening += text.charAt(index)
    else if (code >= 0x41 && code <= 0x5a) opening += String.fromCharCode(code + 0x20)
    else if (code >= 0x80) {
      // Outside ASCII, as `titleKey` reads it: the rest of the line lowercased.
      return titleKey(text.slice(0, index + 2 * openingLength)).slice(0, openingLength)
    }
  }
  return opening
}

/** A section number before a title ("2.3", "A.", "IV."). */
const sectionNumber = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z]\.|[IVXLC]{1,6}\.)\s+/

/** A letter or digit outside ASCII (a surrogate half of one counts too). */
const letterOrDigit = /[\p{L}\p{N}\p{Cs}]/u

/**
 * Whether lines could be a section title: few words, no list marker, no
 * closing punctuation. A list item or a sentence that recurs in a document
 * and happens to open a page is text, not a running header.
 *
 * @param lines The title's lines (a heading may wrap).
 * @returns Whether they could.
 */
function isTitleShaped(lines: string[]): boolean {
  const text = lines.join(' ')
  return (
    readListMarker(lines[0] ?? '') === undefined &&
    !/[.,;:]["'”’)]*$/.test(text) &&
    text.split(' ').length <= titleMaxWords
  )
}
