/**
 * Lost hyphens: a line that ends in a letter and a next line that starts
 * with one, in a document that does not mark its soft wraps. Usually a soft
 * wrap between two words; sometimes a word whose hyphenation hyphen was lost
 * on copy ("een gebalan⏎ceerde benadering"). Joining two real words would
 * damage the text where a kept space does not, so the lines are joined only
 * on good evidence, and a doubtful case keeps its space and says so.
 */
import { certainVerdict, type HyphenContext, type HyphenVerdict } from './hyphen-repair.js'
import { canBreakAt } from './hyphenation-points.js'
import {
  endsInLetterHyphen,
  isLetterOrNumber,
  leadingLetters,
  lowerCase,
  trailingLetters,
} from './letters.js'
import { isKnownWord } from './lexicon.js'
import { startsLowercase } from './line-edges.js'
import type { Line } from './lines.js'
import type { Vocabulary } from './vocabulary.js'

/**
 * Fewest letters on either side of a hyphenation break (TeX and LibreOffice
 * leave at least two).
 */
const minFragment = 2

/** Clearly broken words needed before a document counts as having lost its hyphens. */
const minBrokenWords = 3

/**
 * Decide whether a hyphen was lost at a line end without one.
 *
 * The document's own words come first (the joined word stands elsewhere and
 * a half does not, or both halves do and the joined word does not); then
 * the lexicon: the joined word must be a word, and a half that is no word
 * ("gebalan", "ceerde") shows a broken word. Two halves that are both words
 * ("mensen⏎rechten") keep their space.
 *
 * @param line The text of the line before the break.
 * @param next The text of the line after it.
 * @param context The document's language and vocabulary.
 * @returns `join` or `space`, with the evidence.
 */
export function repairLostHyphen(
  line: string,
  next: string,
  context: HyphenContext,
): HyphenVerdict {
  const left = trailingLetters(line)
  const right = leadingLetters(next)
  // A word (or a name) that goes on after the letters ("Node⏎.js") is no
  // broken word: only plain letters on either side count.
  // (One character each side, told by its code rather than a pattern: this
  // runs at nearly every line break.)
  if (
    left.length < minFragment ||
    right.length < minFragment ||
    goesOnAfter(next.charCodeAt(right.length))
  )
    return certainVerdict('space', 'no-fragment')
  if (goesOnBefore(line.charCodeAt(line.length - left.length - 1)))
    return certainVerdict('space', 'no-fragment')
  const whole = `${left}${right}`
  const vocabulary = context.vocabulary
  const joinedCount = vocabulary.get(lowerCase(whole)) ?? 0
  const leftCount = vocabulary.get(lowerCase(left)) ?? 0
  const rightCount = vocabulary.get(lowerCase(right)) ?? 0
  if (joinedCount === 0 && leftCount > 0 && rightCount > 0)
    return certainVerdict('space', 'vocabulary-words')
  // A capital after the break opens a new word, unless a word in capitals
  // was cut ("GOVER⏎NANCE") or the document writes the name joined.
  if (
    joinedCount === 0 &&
    !startsLowercase(right) &&
    !(/^\p{Lu}+$/u.test(left) && /^\p{Lu}{2}/u.test(right))
  )
    return certainVerdict('space', 'capital-follows')
  const language = context.language
  const joinedIsWord = known(language, whole, joinedCount)
  if (!joinedIsWord)
    return certainVerdict('space', joinedIsWord === false ? 'lexicon-no-word' : 'default')
  // Where the document lost its hyphens, a half counts as a word only where
  // the document uses it alone: the lexicon knows "be" and "ver", but a
  // document that never writes them alone has broken "be⏎stimmt".
  const leftIsWord = context.hyphensLost ? leftCount > 0 : known(language, left, leftCount)
  const rightIsWord = context.hyphensLost ? rightCount > 0 : known(language, right, rightCount)
  if (leftIsWord === undefined || rightIsWord === undefined)
    return { decision: 'space', evidence: 'default', uncertain: true }
  const breakable = !language || canBreakAt(language, whole, left.length) !== false
  if (!leftIsWord || !rightIsWord) {
    if (breakable || joinedCount > 0) {
      // Halves the lexicon knows as words, though the document never writes
      // them alone, leave a doubt ("mensen⏎keuzevrijheid").
      const doubt =
        context.hyphensLost === true &&
        known(language, left, leftCount) === true &&
        known(language, right, rightCount) === true
      const evidence = leftIsWord || rightIsWord ? 'lexicon-joined' : 'fragments'
      return doubt
        ? { decision: 'join', evidence, uncertain: true }
        : certainVerdict('join', evidence)
    }
    return { decision: 'space', evidence: 'no-hyphenation-point', uncertain: true }
  }
  // Both halves are words and so is the whole ("mensen⏎rechten"): the text
  // may have lost a hyphen, or not. In a document that lost its hyphens the
  // document's own spelling decides, where the break is a possible one;
  // elsewhere such a join is doubtful.
  if (context.hyphensLost && joinedCount > 0 && breakable)
    return certainVerdict('join', 'vocabulary-joined')
  // A certain verdict is the shared one: a document has one at nearly every
  // line break, kept until its tree is built.
  return breakable && (joinedCount > 0 || context.hyphensLost === true)
    ? { decision: 'space', evidence: 'lexicon-words', uncertain: true }
    : certainVerdict('space', 'lexicon-words')
}

/**
 * Whether a word is known: the document uses it, or the lexicon of its
 * language has it (`undefined` without a language or lexicon).
 */
function known(language: string | undefined, word: string, count: number): boolean | undefined {
  return count > 0 || (language ? isKnownWord(language, word) : undefined)
}

/**
 * Whether a character after a line's first letters shows a word that goes
 * on (`/[\p{L}\p{N}_@]/u` on the code unit; nothing after them is no such
 * character).
 */
export function goesOnAfter(code: number): boolean {
  if (Number.isNaN(code)) return false
  if (code === 0x5f || code === 0x40) return true
  return code >= 0xd800 && code <= 0xdfff ? false : isLetterOrNumber(code)
}

/**
 * Whether the character before a line's last letters shows a name or a
 * number (`/[\p{N}_@/]/u` on the code unit; a line that is all letters has
 * none).
 */
export function goesOnBefore(code: number): boolean {
  if (Number.isNaN(code)) return false
  if (code === 0x5f || code === 0x40 || code === 0x2f) return true
  if (code < 0x80) return code >= 0x30 && code <= 0x39
  return code >= 0xd800 && code <= 0xdfff ? false : number.test(String.fromCharCode(code))
}

/** A number, for a character outside ASCII. */
const number = /\p{N}/u

/** Line pairs looked at to tell whether a document lost its hyphens. */
const samplePairs = 4000

/**
 * Tell whether a document lost its hyphenation hyphens on copy: words broken
 * at line ends without a hyphen ("gebalan⏎ceerde", clear cases only) are
 * more common than hyphens at line ends.
 *
 * @param lines The body lines.
 * @param language BCP 47 tag of the document's language, if known.
 * @param vocabulary The document's own words.
 * @returns Whether hyphens were lost.
 */
export function detectLostHyphens(
  lines: Line[],
  language: string | undefined,
  vocabulary: Vocabulary,
): boolean {
  const context: HyphenContext = { language, vocabulary, hyphensAreGenuine: false }
  let broken = 0
  let hyphens = 0
  let pairs = 0
  for (let index = 0; index < lines.length - 1 && pairs < samplePairs; index++) {
    const line = (lines[index] as Line).text
    const next = (lines[index + 1] as Line).text
    if (!startsLowercase(next)) continue
    pairs++
    if (endsInLetterHyphen(line)) hyphens++
    else if (/\p{L}$/u.test(line)) {
      const verdict = repairLostHyphen(line, next, context)
      if (verdict.decision === 'join' && !verdict.uncertain) broken++
    }
  }
  return broken >= minBrokenWords && broken > hyphens
}
