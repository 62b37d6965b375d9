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

const review = [
  'Resultaten van de test met bewoners',
  'Bevinding: Bewoners vinden de knop om op te slaan niet op hun telefoon.',
  'Wat betekent dit?: Wie het formulier niet kan opslaan, begint telkens',
  'opnieuw en haakt af.',
  'Aanbeveling: Zet de knop bovenaan elke pagina.',
  'Navigatie:',
  '• Het menu verdwijnt na het opslaan van het formulier.',
  '• De knop terug brengt bewoners naar de startpagina.',
  'Bevinding: Bewoners missen een bevestiging na het versturen.',
]

test('should take a label that ends in a question mark, and a label alone before a list, as run-in headings', () => {
  expect(outline(review.join('\n'))).toEqual([
    'h1: Resultaten van de test met bewoners',
    'h4: Bevinding',
    'p: Bewoners vinden de knop om op te slaan niet op hun telefoon.',
    'h4: Wat betekent dit?',
    'p: Wie het formulier niet kan opslaan, begint telkens opnieuw en haakt af.',
    'h4: Aanbeveling',
    'p: Zet de knop bovenaan elke pagina.',
    'h4: Navigatie',
    'list',
    'h4: Bevinding',
    'p: Bewoners missen een bevestiging na het versturen.',
  ])
  const input = review.join('\n')
  const tree = fromText(input, { language: 'nl' })
  const alone = tree.children[7]
  expect(input.slice(alone?.position?.start.offset, alone?.position?.end.offset)).toBe('Navigatie')
})

test('should leave captions alone on their line paragraphs when they outnumber inline labels', () => {
  const input = [
    'Resultaten van de test met bewoners',
    'Zoeken: Bewoners vinden de aanvraag snel via de zoekfunctie.',
    'Invullen: De meeste bewoners vullen het formulier zonder hulp in.',
    'Versturen: Na het versturen mist een bevestiging per e-mail.',
    'Voordelen:',
    '• Het formulier is kort.',
    'Nadelen:',
    '• De knop is klein.',
    'Voordelen:',
    '• De taal is eenvoudig.',
    'Nadelen:',
    '• Er is geen hulp.',
  ].join('\n')
  const entries = outline(input)
  expect(entries).toContain('p: Voordelen:')
  expect(entries).toContain('p: Nadelen:')
  expect(entries.filter((entry) => entry.startsWith('h4: '))).toEqual([
    'h4: Zoeken',
    'h4: Invullen',
    'h4: Versturen',
  ])
})

test('should keep a numbered step in a run-in label, also when the label wraps', () => {
  const input = [
    'Aanpak van het onderzoek',
    'Stap 1: Interviews voorbereiden en mensen',
    'kiezen: We schreven een lijst met vragen voor de gesprekken.',
    'Stap 2: Gesprekken voeren: We spraken met twaalf bewoners uit de wijk.',
    'Stap 3: Uitwerken: We zetten de antwoorden per vraag onder elkaar.',
  ].join('\n')
  const tree = fromText(input, { language: 'nl' })
  expect(outline(input)).toEqual([
    'h1: Aanpak van het onderzoek',
    'h4: Stap 1: Interviews voorbereiden en mensen kiezen',
    'p: We schreven een lijst met vragen voor de gesprekken.',
    'h4: Stap 2: Gesprekken voeren',
    'p: We spraken met twaalf bewoners uit de wijk.',
    'h4: Stap 3: Uitwerken',
    'p: We zetten de antwoorden per vraag onder elkaar.',
  ])
  const [heading, paragraph] = tree.children.slice(1, 3)
  expect(input.slice(heading?.position?.start.offset, heading?.position?.end.offset)).toBe(
    'Stap 1: Interviews voorbereiden en mensen\nkiezen',
  )
  expect(input.slice(paragraph?.position?.start.offset).startsWith('We schreven')).toBe(true)
})

test('should leave a long sentence alone on its line before a list a paragraph', () => {
  const input = [
    ...review.slice(0, 5),
    'De volgende mensen hebben het onderzoek uitgevoerd:',
    '• Een onderzoeker van de gemeente.',
    '• Twee studenten van de hogeschool.',
  ].join('\n')
  expect(outline(input)).toContain('p: De volgende mensen hebben het onderzoek uitgevoerd:')
})

test('should take a label with a comma as a run-in heading only where the document sets run-in headings', () => {
  const comma = 'Open voor contact, maar met hulp: Bewoners willen de nieuwe buren leren kennen.'
  expect(outline([...findings, comma].join('\n')).slice(-2)).toEqual([
    'h4: Open voor contact, maar met hulp',
    'p: Bewoners willen de nieuwe buren leren kennen.',
  ])
  expect(outline([findings[0], findings[1], comma].join('\n')).at(-1)).toBe(`p: ${comma}`)
})
