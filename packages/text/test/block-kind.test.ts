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

test('should take a short block that a lowercase list finishes for a paragraph', () => {
  const input = [
    'Het nieuwe loket',
    '',
    'Het loket is in maart geopend en wordt al door veel bewoners gebruikt.',
    '',
    'Bewoners gebruiken het loket voor',
    '• het aanvragen van een parkeervergunning;',
    '• het melden van een verhuizing;',
    '• het inzien van hun eigen gegevens.',
    '',
    'Resultaten van de eerste maand',
    '',
    'Bewoners vinden het loket snel en vullen de formulieren zonder hulp in.',
  ].join('\n')
  expect(headings(input)).toEqual(['# Het nieuwe loket', '## Resultaten van de eerste maand'])
  const lead = fromText(input, { language: 'nl' }).children[2]
  expect(lead?.type).toBe('paragraph')
})

test('should leave the text of a download link a paragraph', () => {
  const input = [
    'Opvang in de wijk',
    '',
    'Het onderzoek naar de opvang in de wijk is in het voorjaar afgerond.',
    '',
    'Downloads',
    '',
    'Rapport - Onderzoek naar de opvang in de wijk (PDF, 2,4 MB)',
  ].join('\n')
  expect(headings(input)).toEqual(['# Opvang in de wijk', '## Downloads'])
  expect(fromText(input, { language: 'nl' }).children.at(-1)?.type).toBe('paragraph')
})

test('should take a first block with a slogan of several exclamations, before a heading, as the title', () => {
  const input = [
    'Evaluatie van de campagne Doe mee! Blijf fit!',
    'Aanleiding',
    'De gemeente wil weten of de campagne bewoners heeft bereikt en of zij',
    'daarna vaker zijn gaan sporten in de sporthal of in het park.',
  ].join('\n')
  expect(
    fromText(input, { language: 'nl' }).children.map((node) =>
      node.type === 'heading' ? `h${node.depth}` : node.type,
    ),
  ).toEqual(['h1', 'h2', 'paragraph'])
})
