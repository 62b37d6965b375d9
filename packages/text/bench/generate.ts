/**
 * Generated report text for benchmarks: pages of wrapped, hyphenated Dutch
 * text with numbered headings, bullet lists, running footers and page
 * numbers, in the shape pdftotext -raw writes. Deterministic for a size.
 */

const words = [
  'de',
  'gemeente',
  'heeft',
  'in',
  'het',
  'afgelopen',
  'jaar',
  'samenwerking',
  'met',
  'partners',
  'versterkt',
  'om',
  'bewoners',
  'beter',
  'te',
  'ondersteunen',
  'bij',
  'vragen',
  'over',
  'zorg',
  'wonen',
  'werk',
  'en',
  'inkomen',
  'beleidsdialoog',
  'mensenrechten',
  'uitvoering',
  'verantwoording',
  'gebalanceerde',
  'benadering',
  'wijkteams',
  'dual-use',
  'EU-lidstaten',
  'onderzoek',
  'resultaten',
]
const measure = 62

/**
 * A pseudo-random sequence that is the same on every run: the C library's
 * linear congruential generator, multiplied in 32-bit integers
 * (`Math.imul`). Multiplied as a double, the product lost its low bits and
 * the sequence fell into a cycle of about 10,000 steps, so that 10 MB of
 * "report" was one 600 KB stretch over and over: every line stood on many
 * pages, which no report does, and it made the running-header rules and the
 * caches of word answers look busier or luckier than on a real document.
 */
function sequence(seed: number): () => number {
  let state = seed
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff
    return state / 0x7fffffff
  }
}

/**
 * Generate report text of about a given size.
 *
 * @param size Characters wanted.
 * @returns The text.
 */
export function generateReport(size: number): string {
  const random = sequence(42)
  const out: string[] = []
  let length = 0
  let page = 1
  let linesOnPage = 0
  let section = 0
  const push = (line: string): void => {
    out.push(line)
    length += line.length + 1
    linesOnPage++
    if (linesOnPage >= 45) {
      out.push(`Gemeente Ommeren | Jaarverslag – ${page} –`)
      page++
      linesOnPage = 0
      out.push('\f')
    }
  }
  push('Jaarverslag Gemeente Ommeren')
  while (length < size) {
    section++
    push(`${section} Hoofdstuk over onderwerp ${section}`)
    for (let paragraph = 0; paragraph < 4; paragraph++) {
      let line = ''
      const count = 40 + Math.floor(random() * 60)
      for (let index = 0; index < count; index++) {
        let word = words[Math.floor(random() * words.length)] ?? 'de'
        if (index === 0) word = word.charAt(0).toUpperCase() + word.slice(1)
        if (index === count - 1) word += '.'
        if (line.length + word.length + 1 > measure) {
          const split = word.length > 8 && !word.includes('-') ? Math.floor(word.length / 2) : 0
          if (split > 0 && line.length + split + 2 <= measure) {
            push(`${line} ${word.slice(0, split)}-`)
            line = word.slice(split)
          } else {
            push(line)
            line = word
          }
        } else line = line ? `${line} ${word}` : word
      }
      push(line)
    }
    push('Belangrijke punten:')
    for (let item = 0; item < 3; item++)
      push(`• Punt ${item + 1} over de uitvoering van het beleid.`)
  }
  return out.join('\n')
}
