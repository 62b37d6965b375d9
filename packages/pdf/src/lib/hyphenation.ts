/**
 * Hyphenation points for justified text, from the TeX patterns through
 * hypher (docs/dependencies.md §2: it breaks Dutch where the reports do).
 * Only used when `justify` is on: kopij does not hyphenate otherwise, and
 * the patterns are loaded only then.
 */
import { createRequire } from 'node:module'

/** Split a word at its allowed breaks. */
export type Hyphenator = (word: string) => string[]

/** A pattern package's export (hypher and its patterns ship no types). */
interface HypherLanguage {
  id: string
  leftmin: number
  rightmin: number
  patterns: Record<number, string>
}

/** hypher's engine. */
interface HypherEngine {
  hyphenate(word: string): string[]
}

const require = createRequire(import.meta.url)
const engines = new Map<string, HypherEngine>()

/** Pattern packages by primary language subtag. */
const patternPackages: Record<string, string> = {
  nl: 'hyphenation.nl',
  en: 'hyphenation.en-us',
}

/** Words shorter than this are never broken: too little to gain. */
const minimumLength = 6

/**
 * The hyphenator of a language, if kopij has its patterns (nl, en).
 *
 * @param language A BCP 47 tag.
 * @returns The hyphenator, or `undefined` for a language without patterns.
 */
export function hyphenatorFor(language: string): Hyphenator | undefined {
  const name = patternPackages[language.split('-')[0]?.toLowerCase() ?? '']
  if (!name) return undefined
  let engine = engines.get(name)
  if (!engine) {
    const Hypher = require('hypher') as new (language: HypherLanguage) => HypherEngine
    engine = new Hypher(require(name) as HypherLanguage)
    engines.set(name, engine)
  }
  const hypher = engine
  return (word) =>
    // Only plain words: never one with a hyphen, digit or other sign in it.
    word.length >= minimumLength && /^\p{L}+$/u.test(word) ? hypher.hyphenate(word) : [word]
}
