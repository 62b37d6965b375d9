import { fromText } from '@kopij/text'
import { expect, test } from 'vitest'

function headings(input: string): string[] {
  return fromText(input, { language: 'nl' }).children.flatMap((node) =>
    node.type === 'heading' && node.children[0]?.type === 'text'
      ? [`${'#'.repeat(node.depth)} ${node.children[0].value}`]
      : [],
  )
}

test('should give numbered headings the depth of their number under the title', () => {
  const input = [
    'Evaluatie van het programma',
    '1 Inleiding',
    'Dit is de inleiding van de evaluatie.',
    '1.1 Aanpak',
    'Dit is de aanpak van de evaluatie.',
    '1.1.1 Interviews',
    'Er zijn twaalf mensen geïnterviewd.',
    '2 Resultaten',
    'Dit zijn de resultaten.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Evaluatie van het programma',
    '## 1 Inleiding',
    '### 1.1 Aanpak',
    '#### 1.1.1 Interviews',
    '## 2 Resultaten',
  ])
})

test('should put an unnumbered heading that introduces numbered ones a level above them', () => {
  const input = [
    'Dit is het einde van een alinea uit het vorige deel.',
    'Veiligheid',
    'Een korte inleiding op dit deel van het verslag.',
    '1. Voorkomen',
    'Tekst over voorkomen.',
    '2. Verdedigen',
    'Tekst over verdedigen.',
  ].join('\n')
  expect(headings(input)).toEqual(['## Veiligheid', '### 1. Voorkomen', '### 2. Verdedigen'])
})

test('should keep a run of numbered lines without text between them as a list', () => {
  const input = [
    'De avond eindigde met een aantal afspraken tussen de bewoners',
    'en de gemeente over de volgende stappen.',
    'Afspraken',
    '1. De gemeente maakt schetsen',
    '2. Bewoners kiezen er een',
    '3. De aannemer begint met bouwen',
  ].join('\n')
  const tree = fromText(input, { language: 'nl' })
  expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'list'])
})
