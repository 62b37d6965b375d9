import { fromText } from '@kopij/text'
import { expect, test } from 'vitest'
import { headings } from './helpers.js'

const trailing = [
  'Verslag van de test',
  '',
  'We hebben de wensen van bewoners in korte zinnen opgeschreven.',
  '',
  'Als bewoner wil ik in mijn omgeving . . .',
  '',
  '• mijn aanvraag snel terugvinden;',
  '• zien wat de gemeente nog van mij nodig heeft.',
].join('\n')

test('should take a short block that trails off in an ellipsis as a heading', () => {
  expect(headings(trailing)).toEqual([
    '# Verslag van de test',
    '## Als bewoner wil ik in mijn omgeving . . .',
  ])
})

test('should leave a block with a sentence before its ellipsis a paragraph', () => {
  const input = trailing.replace(
    'Als bewoner wil ik in mijn omgeving . . .',
    'Dat lukt. Of toch niet…',
  )
  expect(headings(input)).toEqual(['# Verslag van de test'])
  expect(fromText(input, { language: 'nl' }).children[2]?.type).toBe('paragraph')
})

test('should leave a question led in by a copula and a colon a paragraph', () => {
  const input = [
    'Verslag van de test',
    '',
    'De vraag van dit onderzoek is: Hoe ervaren bewoners het nieuwe formulier?',
    '',
    'We spraken met twaalf bewoners uit de wijk over hun ervaringen.',
  ].join('\n')
  expect(headings(input)).toEqual(['# Verslag van de test'])
})
