/**
 * Hyphen repair: what a hyphen at a line end is. A hyphenation hyphen goes
 * ("gebalan-⏎ceerde" is "gebalanceerde"), a genuine one stays ("dual-⏎use",
 * "EU-⏎Raadsconclusies"), and a suspended one keeps its space too
 * ("Buitenland-⏎en Veiligheidsstrategie"). A wrongly deleted hyphen cannot
 * be recovered by the reader and a wrongly kept one can, so when the
 * evidence is weak the decision says so and the caller reports it.
 */
import { canBreakAt } from './hyphenation-points.js'
import { primarySubtag } from './language-tag.js'
import {
  codePointBefore,
  endsInLetter,
  endsInLetterOrNumber,
  isLetterAt,
  isLetterOrNumber,
  lowerCase,
} from './letters.js'
import { isBorrowedEnglish, isKnownWord, isWord } from './lexicon.js'
import type { Vocabulary } from './vocabulary.js'
import { hasForeignOnset, vowel } from './word-onset.js'

/**
 * What to do with the hyphen: drop it, keep it, or keep it and the space
 * (suspended). At a line end without a hyphen, whether one was lost there:
 * join the lines, or put a space.
 */
type HyphenDecision = 'drop' | 'keep' | 'suspend' | 'join' | 'space'

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
  /**
   * Whether the document lost its hyphenation hyphens on copy (words broken
   * at line ends without one are common), so a break between two words may
   * well be a broken word.
   */
  hyphensLost?: boolean
}

// Conjunctions after which a hyphen is suspended ("Buitenland- en",
// "leiderschaps- of", "Ein- und Ausgang", "pre- and post-"), per language:
// "en" is a conjunction in Dutch but a word ending in German ("Richtlini-⏎en").
const conjunctionsByLanguage: Record<string, readonly string[]> = {
  nl: ['en', 'of', 'en/of', 'tot', 'noch'],
  de: ['und', 'oder', 'bis', 'sowie', 'bzw', 'u', 'o'],
  en: ['and', 'or', 'nor', 'to', 'and/or'],
}
const allConjunctions = new Set(Object.values(conjunctionsByLanguage).flat())
const conjunctionSets = new Map(
  Object.entries(conjunctionsByLanguage).map(([language, words]) => [language, new Set(words)]),
)

/** The conjunctions of a language, or of all known ones when it is not known. */
function conjunctionsOf(language: string | undefined): ReadonlySet<string> {
  const primary = language === undefined ? undefined : primarySubtag(language)
  return (primary && conjunctionSets.get(primary)) || allConjunctions
}

const letters = /^\p{L}+$/u

/**
 * Dutch prefixes written with a hyphen before a word, as the Woordenlijst's
 * rules on the hyphen have it: "ex-" and "oud-" for a former holder
 * ("ex-partner", "oud-wethouder"), "niet-" and "non-" for a negation
 * ("niet-westers", "non-profit"). German capitalises the noun after such a
 * prefix ("Ex-Partner"), which keeps the hyphen already; English writes
 * them with a hyphen as well, and keeps both words' hyphen already.
 */
const dutchHyphenatedPrefixes = new Set(['ex', 'oud', 'niet', 'non'])

/**
 * Longest piece read as an abbreviation because the document writes it
 * alone: the initialisms that open compounds have two to five letters
 * ("ov", "ict", "KNMI", "NVWA").
 */
const maxAbbreviationLength = 5

/**
 * Uses of a first part with a hyphen elsewhere in the document ("pull-" in
 * "pull-request") that outweigh the lexicon's closed compound.
 */
const minPrefixUses = 2

/**
 * Fewest letters a typesetter leaves on either side of a hyphenation break
 * (TeX's \lefthyphenmin and \righthyphenmin, LibreOffice's default: 2 or
 * more). A hyphen after a single letter ("e-⏎mail") is the word's own.
 */
const minFragment = 2

/**
 * Decide what a hyphen at a line end is.
 *
 * The evidence, strongest first: the shape of the break (a conjunction after
 * it, a capital or digit, an abbreviation); the document's own spelling of
 * the word, where it stands unbroken; then the spelling lexicon of the
 * language, with English as a second lexicon since reports borrow English
 * terms: the joined word is a word (drop), or both halves are words and the
 * joined one is not (keep, "high-five", "dual-use"); halves that are no
 * words are fragments of a hyphenated word (drop).
 *
 * @param left The last word of the line, hyphen included ("gebalan-").
 * @param right The first word of the next line, as it stands ("ceerde.").
 * @param context The document's language and vocabulary.
 * @returns The decision and its evidence.
 */
export function repairHyphen(left: string, right: string, context: HyphenContext): HyphenVerdict {
  // The pieces of the two words are cut by looking at their characters
  // (see `wordPieces`) rather than with patterns: every hyphen at a line end
  // comes here.
  const head = left.slice(0, -1)
  if (head === '' || !endsInLetterOrNumber(head)) return certainVerdict('keep', 'not-a-word-end')
  const { tail, headPart, lastPart, tailWord } = wordPieces(head, right)
  const firstChar = tail.charAt(0)
  if (conjunctionsOf(context.language).has(lowerCase(tail)))
    return certainVerdict('suspend', 'conjunction-follows')

  // The document's own spelling, where the word stands unbroken (also as a
  // part of a hyphenated word): "MijnPlan" elsewhere joins "Mijn-⏎Plan",
  // "dual-use" elsewhere keeps "dual-⏎use".
  if (isLetterAt(tail, 0) && endsInLetter(lastPart)) {
    const joinedCount = context.vocabulary.get(lowerCase(`${lastPart}${tailWord}`)) ?? 0
    const hyphenatedCount =
      (context.vocabulary.get(lowerCase(`${lastPart}-${tailWord}`)) ?? 0) +
      (context.vocabulary.get(lowerCase(`${headPart}-${tail}`)) ?? 0)
    if (hyphenatedCount > joinedCount) return certainVerdict('keep', 'vocabulary-hyphenated')
    if (joinedCount > hyphenatedCount) return certainVerdict('drop', 'vocabulary-joined')
  }

  // A word in capitals broken in two ("READ-⏎ME", "GOVER-⏎NANCE.md"): the
  // capital after the hyphen says nothing then; the lexicon decides below.
  const capitalsSplit = /^\p{Lu}{2,}$/u.test(lastPart) && /^\p{Lu}{2}/u.test(tail)
  if (!capitalsSplit && (/\p{Lu}/u.test(firstChar) || /\p{N}/u.test(firstChar)))
    return certainVerdict('keep', 'capital-or-digit-follows')
  if (!/\p{L}/u.test(firstChar)) return certainVerdict('keep', 'no-letter-follows')
  if (
    !capitalsSplit &&
    (/\p{N}/u.test(lastPart) || (lastPart.length > 1 && lastPart === lastPart.toUpperCase()))
  )
    return certainVerdict('keep', 'abbreviation-before')
  if (context.hyphensAreGenuine) return certainVerdict('keep', 'hyphenation-already-removed')
  if (lastPart.length < minFragment || tailWord.length < minFragment)
    return certainVerdict('keep', 'fragment-too-short')

  const language = context.language
  if (!language || !letters.test(lastPart) || !letters.test(tailWord))
    return { decision: 'drop', evidence: 'default', uncertain: true }
  const whole = `${lastPart}${tailWord}`
  const joinedIsWord = isKnownWord(language, whole)
  if (joinedIsWord === undefined) return { decision: 'drop', evidence: 'default', uncertain: true }
  // The part before the hyphen opens hyphenated compounds elsewhere in the
  // document ("pull-request", "pull-⏎aanvraag"), even where the lexicon
  // would also accept the closed compound.
  const prefixCount = context.vocabulary.get(`${lowerCase(lastPart)}-`) ?? 0
  if (joinedIsWord && prefixCount < minPrefixUses) {
    // Two words that also make one ("follow-⏎up"; "followup" is in the
    // lexicon too) at a place where the language's hyphenation patterns do
    // not break the closed word ("fol-lowup"): TeX and LibreOffice, which
    // hyphenate with these patterns, could not have broken "followup" there,
    // so the hyphen is the word's own ("follow-up", "set-up", "start-up").
    // Kept with a doubt: a typesetter with other patterns may have broken
    // there, and a kept hyphen is the error a reader can undo.
    const noBreakThere = canBreakAt(language, whole, lastPart.length) === false
    // Two words inside a chain of hyphenated words, the chain going on at
    // both sides of the break ("twee-onder-⏎een-kapwoning"): the break is at
    // one of the chain's hyphens, even where the two words also make one
    // ("ondereen"). A hyphenation break inside a part leaves a fragment on
    // one side ("twee-on-⏎der-een-kapwoning").
    const inChain = headPart !== lastPart && tail.includes('-')
    // The halves are looked up last: nearly every hyphen at a line end comes
    // here, and most are breaks the patterns allow outside a chain.
    if (
      (noBreakThere || inChain) &&
      isWord(language, lastPart) !== false &&
      isWord(language, tailWord) !== false
    )
      return noBreakThere
        ? { decision: 'keep', evidence: 'words-without-hyphenation-point', uncertain: true }
        : certainVerdict('keep', 'compound-part')
    return certainVerdict('drop', 'lexicon-joined')
  }
  // A lower-case piece without a vowel ("pdf-⏎bestand", "btw-⏎nummer") that
  // makes no word with the next is an abbreviation: hyphenation breaks
  // between syllables, and every syllable has a vowel. Dutch and German join
  // an abbreviation to the next word with a hyphen. (Where the two make a
  // known word, "htt-⏎ps", a typesetter did break that word there.)
  if (!vowel.test(lastPart)) return certainVerdict('keep', 'abbreviation-before')
  if (prefixCount > 0) return certainVerdict('keep', 'vocabulary-prefix')
  const headStatus = wordStatus(language, lastPart)
  const tailStatus = wordStatus(language, tailWord)
  if (headStatus !== 'none' && tailStatus !== 'none')
    return compoundOfWords(language, lastPart, tailWord, tail, headStatus, tailStatus)
  if (headStatus === 'none' && tailStatus === 'none') return certainVerdict('drop', 'fragments')
  // One half is a word, the other is not, nor is the whole: a word the
  // lexicon lacks, or an abbreviation joined to a word ("vte-⏎posities").
  // A first piece that begins as no word of the document does is no
  // syllable of a word; otherwise the patterns say whether the break was a
  // possible one.
  if (tailStatus !== 'none' && hasForeignOnset(lastPart, context.vocabulary))
    return { decision: 'keep', evidence: 'no-word-onset', uncertain: true }
  // A short piece the lexicon lacks but the document writes as a word of its
  // own ("ICT" elsewhere, "ict-⏎afdeling") is an abbreviation, not the first
  // syllables of a word: those never stand alone. Its hyphen is kept even
  // where the patterns allow a break there (they allow one at the seam of
  // the closed compound, which Dutch and German do not write after an
  // abbreviation). Only a short one: a longer piece that stands alone is a
  // word the lexicon lacks, broken before its ending ("MijnGesprek-⏎ken").
  if (
    tailStatus !== 'none' &&
    lastPart.length <= maxAbbreviationLength &&
    (context.vocabulary.get(lowerCase(lastPart)) ?? 0) > 0
  )
    return { decision: 'keep', evidence: 'vocabulary-word-before', uncertain: true }
  if (canBreakAt(language, whole, lastPart.length) === false)
    return { decision: 'keep', evidence: 'no-hyphenation-point', uncertain: true }
  return { decision: 'drop', evidence: 'hyphenation-point', uncertain: true }
}

/** The pieces of the words at a hyphen that the decision looks at. */
interface WordPieces {
  /** The word after the break without closing punctuation ("ceerde" of "ceerde.)"). */
  tail: string
  /** The word before the hyphen without opening punctuation ("gebalan" of "(gebalan"). */
  headPart: string
  /** Its part after its last hyphen ("beleids" of "EU-beleids"). */
  lastPart: string
  /** The tail up to its first hyphen or other character that is no letter or number. */
  tailWord: string
}

/**
 * Cut the pieces of the words at a hyphen, as these patterns do:
 * `right.replace(/[^\p{L}\p{N}'’-]+$/u, '')`,
 * `head.replace(/^[^\p{L}\p{N}]+/u, '')`, the last of `split('-')`, and
 * `(tail.split('-')[0]).replace(/[^\p{L}\p{N}].*$/u, '')` (the tests hold
 * the two ways to each other).
 *
 * @param head The word before the hyphen, without it; ends in a letter or number.
 * @param right The word after the break.
 * @returns The pieces.
 */
export function wordPieces(head: string, right: string): WordPieces {
  let tailEnd = right.length
  while (tailEnd > 0) {
    const code = codePointBefore(right, tailEnd)
    if (isLetterOrNumber(code) || code === 0x27 || code === 0x2019 || code === 0x2d) break
    tailEnd -= code > 0xffff ? 2 : 1
  }
  const tail = right.slice(0, tailEnd)
  let headStart = 0
  while (headStart < head.length) {
    const code = head.codePointAt(headStart) as number
    if (isLetterOrNumber(code)) break
    headStart += code > 0xffff ? 2 : 1
  }
  const headPart = head.slice(headStart)
  const lastPart = headPart.slice(headPart.lastIndexOf('-') + 1)
  const hyphen = tail.indexOf('-')
  const firstPart = hyphen === -1 ? tail : tail.slice(0, hyphen)
  let wordEnd = 0
  if (lineTerminator.test(firstPart)) {
    // `.` stops at line terminators: rare in a line, left to the pattern.
    wordEnd = firstPart.replace(/[^\p{L}\p{N}].*$/u, '').length
  } else {
    while (wordEnd < firstPart.length) {
      const code = firstPart.codePointAt(wordEnd) as number
      if (!isLetterOrNumber(code)) break
      wordEnd += code > 0xffff ? 2 : 1
    }
  }
  return { tail, headPart, lastPart, tailWord: firstPart.slice(0, wordEnd) }
}

/** What `.` in a pattern does not match. */
const lineTerminator = /[\n\r\u2028\u2029]/

/** Whether a string is a word of the document's language, only of English, or neither. */
type WordStatus = 'own' | 'english' | 'none'

function wordStatus(language: string, word: string): WordStatus {
  if (isWord(language, word) !== false) return 'own'
  return isBorrowedEnglish(word) ? 'english' : 'none'
}

/**
 * Two words joined by a hyphen at a line end, where the closed compound is
 * no known word. English writes such compounds with a hyphen ("high-five");
 * Dutch and German write them closed ("koffiekar", "nachgenutzt"), except
 * with a borrowed English part ("high-five", "source-software"), where two
 * vowels would clash ("audio-opname", "navigatie-ervaring") or where the
 * compound has more parts ("spraak-naar-tekst").
 */
function compoundOfWords(
  language: string,
  head: string,
  tailWord: string,
  tail: string,
  headStatus: WordStatus,
  tailStatus: WordStatus,
): HyphenVerdict {
  if (primarySubtag(language) === 'en') return certainVerdict('keep', 'lexicon-parts')
  if (headStatus === 'english' || tailStatus === 'english')
    return certainVerdict('keep', 'borrowed-part')
  if (vowel.test(head.slice(-1)) && vowel.test(tailWord.charAt(0)))
    return certainVerdict('keep', 'vowel-clash')
  if (primarySubtag(language) === 'nl' && dutchHyphenatedPrefixes.has(lowerCase(head)))
    return certainVerdict('keep', 'hyphenated-prefix')
  if (tail.includes('-')) return certainVerdict('keep', 'compound-part')
  return { decision: 'drop', evidence: 'closed-compound', uncertain: true }
}

/**
 * Certain verdicts, one object per decision and evidence. Nearly every line
 * break of a document gets a verdict and keeps it until the tree is built;
 * a certain one carries nothing of its own break, so all share it.
 */
const certainVerdicts = new Map<HyphenDecision, Map<string, HyphenVerdict>>()

/**
 * A certain verdict (not reported).
 *
 * @param decision The decision.
 * @param evidence What decided it.
 * @returns The verdict, frozen: the same object for the same arguments.
 */
export function certainVerdict(decision: HyphenDecision, evidence: string): HyphenVerdict {
  let byEvidence = certainVerdicts.get(decision)
  if (!byEvidence) {
    byEvidence = new Map()
    certainVerdicts.set(decision, byEvidence)
  }
  let verdict = byEvidence.get(evidence)
  if (!verdict) {
    verdict = Object.freeze({ decision, evidence, uncertain: false })
    byEvidence.set(evidence, verdict)
  }
  return verdict
}
