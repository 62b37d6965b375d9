import fc from 'fast-check'
import { expect, test } from 'vitest'
import { fromText } from '../src/index.js'
import { blockLanguage, firstLook } from '../src/lib/block-language.js'

test('should find an English or German block in a Dutch document', () => {
  expect(
    blockLanguage('The committee noted that the results are in line with the targets.', 'nl'),
  ).toBe('en')
  expect(
    blockLanguage(
      'Die Kommission stellt fest, dass die Ergebnisse mit den Zielen übereinstimmen.',
      'nl',
    ),
  ).toBe('de')
  expect(
    blockLanguage('Het verslag beschrijft de uitvoering van het beleid van de gemeente.', 'nl'),
  ).toBeUndefined()
})

test('should leave short blocks and blocks with a few borrowed words alone', () => {
  expect(blockLanguage('The end of it.', 'nl')).toBeUndefined()
  expect(
    blockLanguage('Het team werkt met een pull request voor de code van het project.', 'nl'),
  ).toBeUndefined()
})

test('should put data.language on a paragraph in another language than the document', () => {
  const tree = fromText(
    [
      'Het jaarverslag van de gemeente beschrijft de uitvoering van het beleid en de resultaten.',
      '',
      'The committee noted that the results of the programme are in line with the targets for this year.',
      '',
      'Dit is weer een gewone alinea met de woorden van het verslag en een conclusie voor de raad.',
    ].join('\n'),
  )
  expect(tree.data?.metadata?.language).toBe('nl')
  expect(tree.children.map((node) => node.data?.language)).toEqual([undefined, 'en', undefined])
})

/**
 * The first look by its definition: the first 200 characters lowercased and
 * split at spaces, each word looked up in each language's function words.
 * The parser reads the words in place instead; both must agree.
 */
function firstLookByDefinition(text: string, primary: string): string | undefined {
  const lists: Record<string, string> = {
    nl: 'de het een van en dat op te zijn voor met niet wordt ook naar bij door om worden kan deze wij',
    en: 'the of and to that for with are this be on by not as it can will from which have',
    de: 'der das und ist nicht mit den dem von zu für auf ein eine sich werden auch wird im sind',
  }
  const words = text.slice(0, 200).toLowerCase().split(' ')
  if (words.length < 6) return undefined
  const hits: Record<string, number> = {}
  for (const word of words)
    for (const tag of Object.keys(lists))
      if (lists[tag]?.split(' ').includes(word)) hits[tag] = (hits[tag] ?? 0) + 1
  let best: string | undefined
  for (const tag of Object.keys(lists))
    if ((hits[tag] ?? 0) > (best ? (hits[best] ?? 0) : 0)) best = tag
  if (!best || best === primary) return undefined
  const own = hits[primary] ?? 0
  const other = hits[best] ?? 0
  if (other < 2 || other <= 2 * own) return undefined
  return best
}

test('should take the first look as its definition does, on any words', () => {
  // Function words in any case, with the Kelvin sign for a "k", letters that
  // lowercase to two ("İ"), punctuation attached, words longer than any
  // function word.
  const word = fc.oneof(
    fc.constantFrom(
      ...['the', 'THE', 'Of', 'and', 'für', 'FÜR', 'nicht', 'NICHT', '\u212Aan', 'kan', 'de'],
      ...['het', 'İn', 'in', 'im', 'the,', 'werden', 'worden', 'werdenx', 'a', '', 'ünd'],
    ),
    fc.string({ maxLength: 8 }),
  )
  const primary = fc.constantFrom('nl', 'en', 'de', 'fr')
  fc.assert(
    fc.property(fc.array(word, { maxLength: 60 }), primary, (words, language) => {
      const text = words.join(' ')
      expect(firstLook(text, language)).toBe(firstLookByDefinition(text, language))
    }),
    { numRuns: 2000 },
  )
})
