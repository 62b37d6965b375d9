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
  const primary = language?.toLowerCase().split('-')[0]
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
  // Words as they stand: a function word with punctuation attached is missed,
  // which a first look can afford.
  const words = text.slice(0, glanceSize).toLowerCase().split(' ')
  if (words.length < minWords) return undefined
  const hits: Record<string, number> = {}
  for (const word of words) {
    for (const tag of languages) if (functionWords[tag]?.has(word)) hits[tag] = (hits[tag] ?? 0) + 1
  }
  let best: string | undefined
  for (const tag of languages) if ((hits[tag] ?? 0) > (best ? (hits[best] ?? 0) : 0)) best = tag
  if (!best || best === primary) return undefined
  const own = hits[primary] ?? 0
  const other = hits[best] ?? 0
  if (other < minHits || other <= 2 * own) return undefined
  return detectLanguage(text) === best ? best : undefined
}
