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

/** A capital after a letter and before a lowercase letter: where a hyphen may have been lost. */
const innerCapital = /\p{L}\p{Lu}\p{Ll}/u

/** A word with its inner hyphens ("Open-SourceProjekt", "E-Mail"). */
const word = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu

/** The letters and digits a hyphenated word is made of, on either side of a hyphen. */
const wordCharacter = /[\p{L}\p{N}]/u

/**
 * Put back the hyphens pdftotext's dehyphenation glued out of compounds,
 * where the document spells the same word with the hyphen elsewhere.
 *
 * @param texts The repaired text of each block, in order.
 * @returns The texts, with the hyphens put back (the same array when none
 *   was lost).
 */
export function restoreGluedHyphens(texts: string[]): string[] {
  // Most documents have no word with a capital inside: they cost one scan.
  if (!texts.some((text) => innerCapital.test(text))) return texts
  const spelled = hyphenatedWords(texts)
  if (spelled.size === 0) return texts
  return texts.map((text) =>
    innerCapital.test(text) ? text.replace(word, (found) => restored(found, spelled)) : text,
  )
}

/**
 * The word with a hyphen put back before its first inner capital whose
 * hyphenated spelling the document has, or the word itself.
 */
function restored(found: string, spelled: ReadonlySet<string>): string {
  for (let index = 1; index + 1 < found.length; index++) {
    const character = found.charAt(index)
    if (
      character !== character.toUpperCase() ||
      character === character.toLowerCase() ||
      !/\p{L}/u.test(found.charAt(index - 1)) ||
      !/\p{Ll}/u.test(found.charAt(index + 1))
    )
      continue
    const candidate = `${found.slice(0, index)}-${found.slice(index)}`
    if (spelled.has(candidate)) return candidate
    // The parts on either side, as far as the hyphens around them.
    const start = found.lastIndexOf('-', index) + 1
    const end = found.indexOf('-', index)
    const pair = `${found.slice(start, index)}-${found.slice(index, end === -1 ? undefined : end)}`
    if (spelled.has(pair)) return candidate
  }
  return found
}

/**
 * Every word of the texts that has an inner hyphen, and every two parts a
 * hyphen joins in one ("Open-Source-Projekt" gives "Open-Source" and
 * "Source-Projekt"): found from each hyphen outwards, since hyphens are far
 * rarer than words.
 */
function hyphenatedWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>()
  for (const text of texts) {
    let end = -1
    for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
      if (at <= end) continue
      let start = at
      while (start > 0 && wordCharacter.test(text.charAt(start - 1))) start--
      end = at
      while (
        end < text.length &&
        (wordCharacter.test(text.charAt(end)) ||
          (text.charAt(end) === '-' && wordCharacter.test(text.charAt(end + 1))))
      )
        end++
      if (start === at || end === at + 1) continue
      const found = text.slice(start, end)
      words.add(found)
      const parts = found.split('-')
      for (let index = 1; index < parts.length; index++)
        words.add(`${parts[index - 1]}-${parts[index]}`)
    }
  }
  return words
}
