import { expect, test } from 'vitest'
import { fromText } from '../src/index.js'
import { blockLanguage } from '../src/lib/block-language.js'

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
