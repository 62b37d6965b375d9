/// <reference path="../types/hyphenation.d.ts" />
/**
 * Hyphenation patterns (TeX patterns, see pattern-hyphenator.ts): may a
 * word be broken at a given place? A break the patterns do not allow is
 * evidence that the hyphen at a line end belongs to the word.
 */

import { createRequire } from 'node:module'
import de from 'hyphenation.de'
import en from 'hyphenation.en-us'
import nl from 'hyphenation.nl'
import { primarySubtag } from './language-tag.js'
import { PatternHyphenator, type PatternLanguage } from './pattern-hyphenator.js'

const patterns: Record<string, PatternLanguage> = { nl, en, de }
const engines = new Map<string, PatternHyphenator>()

const require = createRequire(import.meta.url)
let britishEngine: PatternHyphenator | undefined

/**
 * The British English patterns, loaded on first use: only a break the
 * American patterns refuse in an English word asks them (see `canBreakAt`).
 */
function britishEnglish(): PatternHyphenator {
  britishEngine ??= new PatternHyphenator(require('hyphenation.en-gb') as PatternLanguage)
  return britishEngine
}

/**
 * Hyphenations kept per engine, by lowercased word; cleared when full, so
 * memory stays bounded. The break decisions ask about the same words again
 * and again, and the hyphenator keeps no answers: each call walks the
 * patterns anew.
 */
const hyphenations = new Map<PatternHyphenator, Map<string, readonly string[]>>()
const maxHyphenations = 50_000

/** A word's parts between allowed breaks, as the patterns give them for its lowercase. */
function hyphenate(hyphenator: PatternHyphenator, word: string): readonly string[] {
  let known = hyphenations.get(hyphenator)
  if (!known) {
    known = new Map()
    hyphenations.set(hyphenator, known)
  }
  const lower = word.toLowerCase()
  let parts = known.get(lower)
  if (parts === undefined) {
    parts = hyphenator.hyphenate(lower)
    if (known.size >= maxHyphenations) known.clear()
    known.set(lower, parts)
  }
  return parts
}

function engine(language: string): PatternHyphenator | undefined {
  const primary = primarySubtag(language)
  const existing = engines.get(primary)
  if (existing) return existing
  const pattern = patterns[primary]
  if (!pattern) return undefined
  const created = new PatternHyphenator(pattern)
  engines.set(primary, created)
  return created
}

/**
 * Check whether the patterns of a language allow a break in a word.
 *
 * @param language BCP 47 tag.
 * @param word The whole word.
 * @param at Number of characters before the break.
 * @returns Whether the break is allowed, or `undefined` without patterns.
 */
export function canBreakAt(language: string, word: string, at: number): boolean | undefined {
  const hyphenator = engine(language)
  if (!hyphenator) return undefined
  if (allowsBreak(hyphenator, word, at)) return true
  // English is typeset with American or British patterns, and they differ
  // ("fa-vour-ably", "re-usable" only in the British ones): a break either
  // allows is one a typesetter may have made.
  return primarySubtag(language) === 'en' && allowsBreak(britishEnglish(), word, at)
}

function allowsBreak(hyphenator: PatternHyphenator, word: string, at: number): boolean {
  let position = 0
  for (const part of hyphenate(hyphenator, word)) {
    position += part.length
    if (position === at) return true
    if (position > at) return false
  }
  return false
}

/**
 * The first part of a word up to its first allowed break ("ver" of
 * "verwerken"), as a typesetter may end a line with it.
 *
 * @param language BCP 47 tag.
 * @param word The word, letters only.
 * @returns The first part, or `undefined` when the patterns allow no break
 *   (or the language has none).
 */
export function firstSyllable(language: string, word: string): string | undefined {
  const hyphenator = engine(language)
  const parts = hyphenator && hyphenate(hyphenator, word)
  if (!parts || parts.length < 2) return undefined
  return word.slice(0, (parts[0] as string).length)
}

/**
 * The places the patterns allow a break in a word, as numbers of
 * characters before the break ("verwerken": 3, 6).
 *
 * @param language BCP 47 tag.
 * @param word The word, letters only.
 * @returns The places, in order (none without patterns).
 */
export function breakPoints(language: string, word: string): number[] {
  const hyphenator = engine(language)
  const parts = hyphenator ? hyphenate(hyphenator, word) : []
  const points: number[] = []
  let position = 0
  for (const part of parts.slice(0, -1)) {
    position += part.length
    points.push(position)
  }
  return points
}
