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

const patterns: Record<string, Hypher.Language> = { nl, en, de }
const engines = new Map<string, Hypher>()

function engine(language: string): Hypher | undefined {
  const primary = language.toLowerCase().split('-')[0] ?? ''
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
  for (const part of hypher.hyphenate(word.toLowerCase())) {
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
  const parts = engine(language)?.hyphenate(word.toLowerCase())
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
  const parts = engine(language)?.hyphenate(word.toLowerCase()) ?? []
  const points: number[] = []
  let position = 0
  for (const part of parts.slice(0, -1)) {
    position += part.length
    points.push(position)
  }
  return points
}
