/**
 * Word onsets: the consonants a word begins with before its first vowel
 * ("schr" in "schrijven", "" in "afdeling"). A piece before a hyphenation
 * hyphen is the start of a word, so it begins as the language's words do;
 * "vte-⏎posities" and "wmo-⏎loket" begin with clusters no Dutch word has,
 * which marks them as abbreviations joined by a genuine hyphen.
 *
 * The clusters a language allows are taken from the document's own words
 * rather than a hand-made table per language: the document is in the
 * language being judged, and a long one shows every common cluster.
 */
import type { Vocabulary } from './vocabulary.js'

/**
 * A vowel of Dutch, German or English, accented ones included: the nucleus
 * of every syllable ("y" is one in "rhythm" and "gym").
 */
export const vowel = /[aeiouyäöüàáâèéêëìíîïòóôùúû]/iu

/**
 * Fewest distinct words before the document's onsets say anything: a short
 * text has not yet shown the common clusters ("schr", "str", "pl").
 */
const minWords = 300

const onsetsByVocabulary = new WeakMap<Vocabulary, Set<string>>()

/**
 * The onset of a word: its letters before the first vowel, lower-cased.
 *
 * @param word A word of letters.
 * @returns The onset, `''` for a word that opens with a vowel.
 */
function onsetOf(word: string): string {
  const first = word.search(vowel)
  return (first === -1 ? word : word.slice(0, first)).toLowerCase()
}

function onsetsOf(vocabulary: Vocabulary): Set<string> {
  let onsets = onsetsByVocabulary.get(vocabulary)
  if (!onsets) {
    onsets = new Set()
    for (const word of vocabulary.keys()) if (/^\p{L}/u.test(word)) onsets.add(onsetOf(word))
    onsetsByVocabulary.set(vocabulary, onsets)
  }
  return onsets
}

/**
 * Whether a piece of text begins with two or more consonants that begin no
 * word of the document, so that it cannot be the first syllable of a word.
 *
 * @param piece The letters before a hyphen at a line end ("vte").
 * @param vocabulary The document's words.
 * @returns `true` for an onset the document never shows, `false` for one it
 *   shows or a single consonant, `undefined` for a document too short to say.
 */
export function hasForeignOnset(piece: string, vocabulary: Vocabulary): boolean | undefined {
  const onset = onsetOf(piece)
  if (onset.length < 2 || onset.length === piece.length) return false
  if (vocabulary.size < minWords) return undefined
  return !onsetsOf(vocabulary).has(onset)
}
