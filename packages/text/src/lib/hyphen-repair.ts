/**
 * Hyphen repair: what a hyphen at a line end is. A hyphenation hyphen goes
 * ("gebalan-⏎ceerde" is "gebalanceerde"), a genuine one stays ("dual-⏎use",
 * "EU-⏎Raadsconclusies"), and a suspended one keeps its space too
 * ("Buitenland-⏎en Veiligheidsstrategie"). A wrongly deleted hyphen cannot
 * be recovered by the reader and a wrongly kept one can, so when the
 * evidence is weak the decision says so and the caller reports it.
 */
import { canBreakAt } from './hyphenation-points.js'
import { isWord } from './lexicon.js'
import type { Vocabulary } from './vocabulary.js'

/** What to do with the hyphen. */
type HyphenDecision = 'drop' | 'keep' | 'suspend'

/** A decision and the evidence behind it. */
export interface HyphenVerdict {
  /** The decision. */
  decision: HyphenDecision
  /** Which piece of evidence decided, for messages. */
  evidence: string
  /** Whether the evidence is weak enough to report. */
  uncertain: boolean
}

/** What the repair needs to know about the document. */
export interface HyphenContext {
  /** BCP 47 tag of the language, if known. */
  language: string | undefined
  /** The document's own words. */
  vocabulary: Vocabulary
  /**
   * Whether hyphenation hyphens were already removed from this document (soft
   * wraps marked, lost hyphens seen), so a hyphen left at a line end is real.
   */
  hyphensAreGenuine: boolean
}

// Conjunctions after which a hyphen is suspended ("Buitenland- en",
// "leiderschaps- of", "Ein- und Ausgang", "pre- and post-").
const conjunctions = new Set([
  'en',
  'of',
  'en/of',
  'tot',
  'noch',
  'und',
  'oder',
  'bis',
  'sowie',
  'bzw',
  'and',
  'or',
  'nor',
  'to',
])

const letters = /^\p{L}+$/u

/**
 * Shortest first part of a compound taken as evidence: one-letter parts
 * ("e-mail") are left to the hyphenation patterns.
 */
const minPrefixLength = 2

/**
 * Decide what a hyphen at a line end is.
 *
 * @param left The last word of the line, hyphen included ("gebalan-").
 * @param right The first word of the next line, as it stands ("ceerde.").
 * @param context The document's language and vocabulary.
 * @returns The decision and its evidence.
 */
export function repairHyphen(left: string, right: string, context: HyphenContext): HyphenVerdict {
  const head = left.slice(0, -1)
  const tail = right.replace(/[^\p{L}\p{N}'’-]+$/u, '')
  const headPart = head.replace(/^[^\p{L}\p{N}]+/u, '')
  const lastPart = headPart.split('-').at(-1) ?? ''
  const firstChar = tail.charAt(0)

  if (head === '' || !/[\p{L}\p{N}]$/u.test(head)) return sure('keep', 'not-a-word-end')
  if (conjunctions.has(tail.toLowerCase())) return sure('suspend', 'conjunction-follows')
  if (/\p{Lu}/u.test(firstChar) || /\p{N}/u.test(firstChar))
    return sure('keep', 'capital-or-digit-follows')
  if (!/\p{L}/u.test(firstChar)) return sure('keep', 'no-letter-follows')
  if (/\p{N}/u.test(lastPart) || (lastPart.length > 1 && lastPart === lastPart.toUpperCase()))
    return sure('keep', 'abbreviation-before')
  if (context.hyphensAreGenuine) return sure('keep', 'hyphenation-already-removed')

  // The document's own spelling, where the word stands unbroken.
  const tailWord = tail.split('-')[0] ?? tail
  const joined = `${lastPart}${tailWord}`.toLowerCase()
  const hyphenated = `${lastPart}-${tailWord}`.toLowerCase()
  const joinedCount = context.vocabulary.get(joined) ?? 0
  const hyphenatedCount =
    (context.vocabulary.get(hyphenated) ?? 0) +
    (context.vocabulary.get(`${headPart}-${tail}`.toLowerCase()) ?? 0)
  if (hyphenatedCount > joinedCount) return sure('keep', 'vocabulary-hyphenated')
  if (joinedCount > hyphenatedCount) return sure('drop', 'vocabulary-joined')
  // The part before the hyphen also stands as the first part of a hyphenated
  // compound elsewhere ("open source-project" beside "source-⏎software").
  if (
    lastPart.length >= minPrefixLength &&
    (context.vocabulary.get(`${lastPart.toLowerCase()}-`) ?? 0) > 0
  )
    return sure('keep', 'vocabulary-prefix')

  const language = context.language
  if (language && letters.test(lastPart) && letters.test(tailWord)) {
    const whole = `${lastPart}${tailWord}`
    if (canBreakAt(language, whole, lastPart.length) === false)
      return sure('keep', 'no-hyphenation-point')
    const joinedIsWord = isWord(language, whole)
    const hyphenatedIsWord = isWord(language, `${lastPart}-${tailWord}`)
    if (joinedIsWord) return sure('drop', 'lexicon-joined')
    if (hyphenatedIsWord) return sure('keep', 'lexicon-hyphenated')
    // A part of a hyphenated compound ("Open-Source-⏎Projekt") is whole.
    if (headPart.includes('-'))
      return { decision: 'keep', evidence: 'compound-part', uncertain: true }
    return { decision: 'drop', evidence: 'hyphenation-point', uncertain: true }
  }
  return { decision: 'drop', evidence: 'default', uncertain: true }
}

function sure(decision: HyphenDecision, evidence: string): HyphenVerdict {
  return { decision, evidence, uncertain: false }
}
