import { fromText } from '@kopij/text'
import { expect, test } from 'vitest'

function outline(input: string): string[] {
  return fromText(input, { language: 'nl' }).children.map((node) =>
    node.type === 'heading' || node.type === 'paragraph'
      ? `${node.type === 'heading' ? `h${node.depth}` : 'p'}: ${node.children[0]?.type === 'text' ? node.children[0].value : ''}`
      : node.type,
  )
}

const findings = [
  'Resultaten van de test met bewoners',
  '1 Bevindingen',
  'Zoeken: Bewoners vinden de aanvraag snel via de zoekfunctie op',
  'de website van de gemeente, ook op hun telefoon.',
  'Invullen: De meeste bewoners vullen het formulier zonder hulp in,',
  'maar de vraag naar het inkomen roept twijfel op bij velen.',
  'Versturen: Na het versturen mist een bevestiging per e-mail, zodat',
  'bewoners niet weten of de aanvraag is aangekomen bij de gemeente.',
]

test('should split paragraphs opened by a label into run-in headings and text', () => {
  expect(outline(findings.join('\n'))).toEqual([
    'h1: Resultaten van de test met bewoners',
    'h2: 1 Bevindingen',
    'h4: Zoeken',
    'p: Bewoners vinden de aanvraag snel via de zoekfunctie op de website van de gemeente, ook op hun telefoon.',
    'h4: Invullen',
    'p: De meeste bewoners vullen het formulier zonder hulp in, maar de vraag naar het inkomen roept twijfel op bij velen.',
    'h4: Versturen',
    'p: Na het versturen mist een bevestiging per e-mail, zodat bewoners niet weten of de aanvraag is aangekomen bij de gemeente.',
  ])
})

test('should point a run-in heading and its text at their parts of the line', () => {
  const input = findings.join('\n')
  const tree = fromText(input, { language: 'nl' })
  const [heading, paragraph] = tree.children.slice(2, 4)
  expect(input.slice(heading?.position?.start.offset, heading?.position?.end.offset)).toBe('Zoeken')
  expect(input.slice(paragraph?.position?.start.offset).startsWith('Bewoners vinden')).toBe(true)
})

test('should leave a single sentence with a colon, or a label with a comma, a paragraph', () => {
  const input = [
    'Non-proliferatie, ontwapening en controle: Nederland heeft in 2022',
    'bijgedragen aan de uitvoering van het verdrag en de toetsing.',
    'Tot slot: Het kabinet zet deze inzet voort in het komende jaar.',
  ].join('\n')
  expect(outline(input).every((entry) => entry.startsWith('p: '))).toBe(true)
})
