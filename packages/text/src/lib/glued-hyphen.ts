/**
 * Glued hyphens: pdftotext's own dehyphenation (its default mode, without
 * `-raw`) takes the hyphen off every line end and joins the two halves, also
 * where the hyphen belongs to the word: "Open-Source-⏎Projekt" comes out as
 * "Open-SourceProjekt", "Open-⏎Source-Arbeit" as "OpenSource-Arbeit". A
 * capital right after a letter inside a word is either the word's own (a
 * name: "GitHub", "PayPal") or such a join; the document's own spelling
 * tells which. Where the same word, or the two parts on either side of that
 * capital, stand elsewhere in the document joined by a hyphen
 * ("Open-Source-Projekte", "Source-Lizenz"), the hyphen is put back;
 * otherwise the word is left as it is (a name written in one piece stays
 * so).
 */

/** Whether a character code is a letter or a digit. */
function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    )
  }
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code))
}

/**
 * A letter before a capital and a lowercase letter, in the Latin letters of
 * the languages kopij reads (ASCII and Latin-1): where a hyphen may have been
 * lost before the capital. Without the `u` flag and with plain ranges the
 * pattern scans a text some thirty times faster than with Unicode classes
 * (10-20 against 550 ms of CPU time over 10 MB; a lookahead for the two
 * letters after the first made it five to ten times slower), and every
 * block is scanned.
 */
const gluedCapital = /[A-Za-zÀ-ÖØ-öø-ÿ][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]/g

/**
 * The offset of the first capital right after a letter and before a
 * lowercase letter, from `from` on, or -1.
 */
function innerCapital(text: string, from: number): number {
  gluedCapital.lastIndex = Math.max(0, from - 1)
  const match = gluedCapital.exec(text)
  return match === null ? -1 : match.index + 1
}

/**
 * Told of each word whose hyphen was put back, so that the change can be
 * reported: the text is changed on the document's evidence, never silently.
 */
export type OnGluedHyphen = (block: number, glued: string, restored: string) => void

/**
 * Put back the hyphens pdftotext's dehyphenation glued out of compounds,
 * where the document spells the same word with the hyphen elsewhere.
 *
 * @param texts The repaired text of each block, in order.
 * @param onRestore Told of each word changed, with its block's index.
 * @returns The texts, with the hyphens put back (the same array when none
 *   was lost).
 */
export function restoreGluedHyphens(texts: string[], onRestore?: OnGluedHyphen): string[] {
  // Most documents have no word with a capital inside: they cost one scan.
  const first = texts.findIndex((text) => innerCapital(text, 1) !== -1)
  if (first === -1) return texts
  // The hyphenated spellings that would tell, then which of them the
  // document has: a document has far more hyphenated words than glued ones.
  const wanted = new Set<string>()
  for (let index = first; index < texts.length; index++)
    restoreIn(texts[index] as string, (spelling) => {
      wanted.add(spelling)
      return false
    })
  const spelled = hyphenatedWords(texts, wanted)
  if (spelled.size === 0) return texts
  let result = texts
  for (let index = first; index < texts.length; index++) {
    const text = texts[index] as string
    const repaired = restoreIn(
      text,
      (spelling) => spelled.has(spelling),
      onRestore &&
        ((word, split) => onRestore(index, word, `${word.slice(0, split)}-${word.slice(split)}`)),
    )
    if (repaired === text) continue
    if (result === texts) result = texts.slice()
    result[index] = repaired
  }
  return result
}

/**
 * A text with a hyphen put back in each glued word, before the first inner
 * capital where the document spells the word, or the two parts around the
 * capital, with a hyphen.
 *
 * @param text The text.
 * @param spelled Whether the document has a hyphenated spelling.
 * @param onPut Told of each glued word and where its hyphen went.
 * @returns The text repaired.
 */
function restoreIn(
  text: string,
  spelled: (spelling: string) => boolean,
  onPut?: (word: string, split: number) => void,
): string {
  let out = ''
  let done = 0
  for (let at = innerCapital(text, 1); at !== -1; at = innerCapital(text, at + 1)) {
    // The word around the capital, its inner hyphens included.
    let start = at
    while (start > 0 && (isWordCode(text.charCodeAt(start - 1)) || innerHyphen(text, start - 1)))
      start--
    let end = at
    while (end < text.length && (isWordCode(text.charCodeAt(end)) || innerHyphen(text, end))) end++
    if (start < done) continue
    const word = text.slice(start, end)
    const split = at - start
    // The parts on either side, as far as the hyphens around them.
    const left = word.lastIndexOf('-', split) + 1
    const right = word.indexOf('-', split)
    const pair = `${word.slice(left, split)}-${word.slice(split, right === -1 ? undefined : right)}`
    // Both are asked (each is wanted when the spellings are collected).
    const whole = spelled(`${word.slice(0, split)}-${word.slice(split)}`)
    if (!spelled(pair) && !whole) continue
    onPut?.(word, split)
    out += `${text.slice(done, at)}-`
    done = at
  }
  return done === 0 ? text : out + text.slice(done)
}

/** Whether the character at an offset is a hyphen between two letters or digits. */
function innerHyphen(text: string, at: number): boolean {
  return (
    text.charCodeAt(at) === 0x2d &&
    at > 0 &&
    isWordCode(text.charCodeAt(at - 1)) &&
    isWordCode(text.charCodeAt(at + 1))
  )
}

/**
 * Which of the wanted spellings the texts have: a word with inner hyphens
 * whole, or two of its parts with the hyphen between them
 * ("Open-Source-Projekt" has "Open-Source" and "Source-Projekt"). Found
 * from each hyphen outwards, since hyphens are far rarer than words.
 */
function hyphenatedWords(texts: readonly string[], wanted: ReadonlySet<string>): Set<string> {
  const words = new Set<string>()
  for (const text of texts) {
    let end = -1
    for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
      if (at <= end || !innerHyphen(text, at)) continue
      let start = at
      while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--
      end = at
      while (end < text.length && (isWordCode(text.charCodeAt(end)) || innerHyphen(text, end)))
        end++
      const found = text.slice(start, end)
      if (wanted.has(found)) words.add(found)
      // Each hyphen of the word with the parts on either side.
      let partStart = start
      for (let hyphen = at; hyphen !== -1 && hyphen < end; ) {
        const next = text.indexOf('-', hyphen + 1)
        const partEnd = next === -1 || next > end ? end : next
        const pair = text.slice(partStart, partEnd)
        if (wanted.has(pair)) words.add(pair)
        partStart = hyphen + 1
        hyphen = next
      }
    }
  }
  return words
}
