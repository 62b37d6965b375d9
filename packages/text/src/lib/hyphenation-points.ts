/// <reference path="../types/hypher.d.ts" />
/**
 * Hyphenation patterns (TeX patterns through hypher): may a word be broken
 * at a given place? A break the patterns do not allow is evidence that the
 * hyphen at a line end belongs to the word.
 */

import de from 'hyphenation.de'
import en from 'hyphenation.en-us'
import nl from 'hyphenation.nl'
import Hypher from 'hypher'
import { primarySubtag } from './language-tag.js'

const patterns: Record<string, Hypher.Language> = { nl, en, de }
const engines = new Map<string, Hypher>()

/**
 * Hyphenations kept per engine, by lowercased word; cleared when full, so
 * memory stays bounded. The break decisions ask about the same words again
 * and again, and hypher keeps no answers: each call splits the word into
 * arrays of characters and walks the patterns anew.
 */
const hyphenations = new Map<Hypher, Map<string, readonly string[]>>()
const maxHyphenations = 50_000

/** A word's parts between allowed breaks, as hypher gives them for its lowercase. */
function hyphenate(hypher: Hypher, word: string): readonly string[] {
  let known = hyphenations.get(hypher)
  if (!known) {
    known = new Map()
    hyphenations.set(hypher, known)
  }
  const lower = word.toLowerCase()
  let parts = known.get(lower)
  if (parts === undefined) {
    parts = hypher.hyphenate(lower)
    if (known.size >= maxHyphenations) known.clear()
    known.set(lower, parts)
  }
  return parts
}

function engine(language: string): Hypher | undefined {
  const primary = primarySubtag(language)
  const existing = engines.get(primary)
  if (existing) return existing
  const pattern = patterns[primary]
  if (!pattern) return undefined
  const created = new Hypher(pattern)
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
  const hypher = engine(language)
  if (!hypher) return undefined
  let position = 0
  for (const part of hyphenate(hypher, word)) {
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
  const hypher = engine(language)
  const parts = hypher && hyphenate(hypher, word)
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
  const hypher = engine(language)
  const parts = hypher ? hyphenate(hypher, word) : []
  const points: number[] = []
  let position = 0
  for (const part of parts.slice(0, -1)) {
    position += part.length
    points.push(position)
  }
  return points
}
