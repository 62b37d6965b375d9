/**
 * The language of single blocks: a report in Dutch quotes an English
 * paragraph, a German summary. A block in another language than the
 * document's gets `data.language`, so screen readers and hyphenation switch.
 *
 * franc-min decides, but it costs about 2.5 µs a character, too much to run
 * on every block of a large document; a cheap first look at the most common
 * function words of each language picks the few blocks worth asking franc
 * about. Those short lists are written here, not taken from a stop-word
 * package, because only a handful of words that tell the three languages
 * apart are wanted (a full stop-word list shares "die", "in", "is" between
 * them).
 */
import { toPlainText } from '@kopij/ast'
import type { Heading, Nodes, Paragraph, Root } from 'mdast'
import { detectLanguage } from './language.js'
import { primarySubtag } from './language-tag.js'

const functionWords: Record<string, ReadonlySet<string>> = {
  nl: new Set(
    'de het een van en dat op te zijn voor met niet wordt ook naar bij door om worden kan deze wij'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to that for with are this be on by not as it can will from which have'.split(' '),
  ),
  de: new Set(
    'der das und ist nicht mit den dem von zu für auf ein eine sich werden auch wird im sind'.split(
      ' ',
    ),
  ),
}
const languages = Object.keys(functionWords)

/** Words a block needs before its language is judged. */
const minWords = 6
/** Function words of the other language a block needs. */
const minHits = 2
/** Characters of a block given a first look (about 30 words). */
const glanceSize = 200
/** Characters of a block given to franc: enough for a stable answer. */
const sampleSize = 600

/**
 * Mark the paragraphs and headings of a tree that are in another language
 * than the document with `data.language`.
 *
 * @param tree The tree.
 * @param language The document's language (BCP 47); without it nothing is marked.
 */
export function markBlockLanguages(tree: Root, language: string | undefined): void {
  const primary = language === undefined ? undefined : primarySubtag(language)
  if (!primary || !functionWords[primary]) return
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const other = blockLanguage(sample(node), primary)
      if (other) node.data = { ...node.data, language: other }
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
}

/**
 * The start of a block's text: the values of its first phrasing nodes, up to
 * the sample size (the whole text of every block would cost more than the
 * look at it).
 */
function sample(node: Paragraph | Heading): string {
  let text = ''
  for (const child of node.children) {
    text += 'value' in child ? child.value : toPlainText(child)
    if (text.length >= sampleSize) break
  }
  return text.slice(0, sampleSize)
}

/**
 * The language of a block's text, when it is another than the document's.
 *
 * @param text The block's text (a sample of it).
 * @param primary The document's primary language subtag.
 * @returns The other language's tag, or `undefined`.
 */
export function blockLanguage(text: string, primary: string): string | undefined {
  const other = firstLook(text, primary)
  return other !== undefined && detectLanguage(text) === other ? other : undefined
}

/**
 * The first look at a block: the language whose function words stand in
 * its first 200 characters clearly more often than the document's own.
 *
 * @param text The block's text (a sample of it).
 * @param primary The document's primary language subtag.
 * @returns The other language's tag worth asking franc about, or `undefined`.
 */
export function firstLook(text: string, primary: string): string | undefined {
  // Words as they stand: a function word with punctuation attached is missed,
  // which a first look can afford. The words of the glance are read in
  // place, lowercased as they are looked at (see `wordCode`), not cut out:
  // every block of a document gets this look.
  const end = Math.min(text.length, glanceSize)
  const hits = new Array<number>(languages.length).fill(0)
  let words = 1
  let start = 0
  for (let at = 0; at <= end; at++) {
    if (at < end && text.charCodeAt(at) !== 0x20) continue
    if (at < end) words++
    const mask = at - start <= maxWordLength ? functionWordMasks.get(wordCode(text, start, at)) : 0
    if (mask)
      for (let tag = 0; tag < languages.length; tag++)
        if (mask & (1 << tag)) hits[tag] = (hits[tag] as number) + 1
    start = at + 1
  }
  if (words < minWords) return undefined
  let best = -1
  for (let tag = 0; tag < languages.length; tag++)
    if ((hits[tag] as number) > (best === -1 ? 0 : (hits[best] as number))) best = tag
  const other = languages[best]
  if (!other || other === primary) return undefined
  const own = hits[languages.indexOf(primary)] ?? 0
  const otherHits = hits[best] as number
  if (otherHits < minHits || otherHits <= 2 * own) return undefined
  return other
}

/** Letters of the longest function word. */
const maxWordLength = Math.max(
  ...Object.values(functionWords).flatMap((words) => [...words].map((word) => word.length)),
)

/**
 * The code of a UTF-16 code unit's lowercase among the letters function
 * words are made of (a–z 1–26, ü 27), or 0 for any other. Besides capitals,
 * only the Kelvin sign lowercases to one of them ("k"), as a look at every
 * code unit's lowercase shows.
 */
function letterCode(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x60
  if (code >= 0x41 && code <= 0x5a) return code - 0x40
  if (code === 0xfc || code === 0xdc) return 27
  if (code === 0x212a) return 11
  return 0
}

/**
 * A number for the lowercase of a short range of a text (five bits a
 * letter), or 0 when a character is none of the letters function words are
 * made of: a function word by its number, without a string for the word.
 */
function wordCode(text: string, start: number, end: number): number {
  let code = 0
  for (let index = start; index < end; index++) {
    const letter = letterCode(text.charCodeAt(index))
    if (letter === 0) return 0
    code = code * 32 + letter
  }
  return code
}

/** The languages (bits, in the order of `languages`) each function word belongs to, by its number. */
const functionWordMasks = new Map<number, number>()
languages.forEach((tag, bit) => {
  for (const word of functionWords[tag] ?? []) {
    const code = wordCode(word, 0, word.length)
    functionWordMasks.set(code, (functionWordMasks.get(code) ?? 0) | (1 << bit))
  }
})
