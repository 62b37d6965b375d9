import { fromText } from '@kopij/text'
import { expect, test } from 'vitest'
import { headings } from './helpers.js'

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

test('should make unnumbered headings with subsections level 2 and the others level 3', () => {
  const input = [
    'Handleiding voor bijdragers',
    'Waarom bijdragen?',
    'Verbeter de software',
    'Je lost een fout op die je zelf tegenkwam in het programma.',
    'Leer nieuwe dingen',
    'Je leert werken met anderen aan een groot project samen.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Handleiding voor bijdragers',
    '## Waarom bijdragen?',
    '### Verbeter de software',
    '### Leer nieuwe dingen',
  ])
})

test('should make the first heading after the title a top-level section', () => {
  const input = [
    'Verslag van de wijkavond',
    'Inleiding',
    'Op de avond kwamen veertig bewoners naar het buurthuis om mee te praten.',
    'Resultaten',
    'Verkeer',
    'De meeste bewoners vinden dat er te hard wordt gereden in de straat.',
    'Groen',
    'Bewoners willen meer bomen op het plein voor de school.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Verslag van de wijkavond',
    '## Inleiding',
    '## Resultaten',
    '### Verkeer',
    '### Groen',
  ])
})

test('should not take the first heading of an excerpt without a title as top-level', () => {
  const input = [
    'en daarmee sloot het vorige hoofdstuk van dit verslag over de wijk af.',
    'Verkeer',
    'De meeste bewoners vinden dat er te hard wordt gereden in de straat.',
    'Resultaten',
    'Groen',
    'Bewoners willen meer bomen op het plein voor de school.',
  ].join('\n')
  expect(headings(input)).toEqual(['### Verkeer', '## Resultaten', '### Groen'])
})

test('should take a numbered title ending in a question mark as the title, its sections one deeper', () => {
  const input = [
    '1. Hoe begin je met onderzoek?',
    'Een korte inleiding op deze handleiding voor beginners.',
    'Praktische tips',
    'Een deel zonder nummer tussen de genummerde delen in.',
    '1.1 Kies een partner',
    'Werk samen met een collega die het onderwerp kent.',
    '1.1.1 Een goede klik',
    'Kies iemand met wie je prettig samenwerkt.',
    '1.2 Stel een vraag',
    'Begin met een heldere onderzoeksvraag.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# 1. Hoe begin je met onderzoek?',
    '## Praktische tips',
    '## 1.1 Kies een partner',
    '### 1.1.1 Een goede klik',
    '## 1.2 Stel een vraag',
  ])
})

test('should put a run of single-numbered headings one below the heading before the run', () => {
  const input = [
    'Verslag van de bewonersavond',
    'Resultaten',
    'Wat bewoners vragen',
    '1. Meer groen in de straat',
    'Bewoners willen bomen en minder stenen voor hun deur.',
    '2. Veilig oversteken bij de school',
    'Ouders vragen om een zebrapad bij de ingang van de school.',
    'Vervolg',
    'De gemeente komt in het voorjaar terug met een voorstel.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Verslag van de bewonersavond',
    '## Resultaten',
    '### Wat bewoners vragen',
    '#### 1. Meer groen in de straat',
    '#### 2. Veilig oversteken bij de school',
    '### Vervolg',
  ])
})

test('should keep headings numbered with letters or roman numbers at one level', () => {
  const input = [
    'Jaarplan van de dienst',
    'A. Beleid',
    'Het beleid voor het komende jaar staat hieronder beschreven.',
    'B. Uitvoering',
    'De uitvoering volgt het beleid van het vorige jaar op.',
    'C. Financiën',
    'De begroting sluit met een klein overschot af.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Jaarplan van de dienst',
    '## A. Beleid',
    '## B. Uitvoering',
    '## C. Financiën',
  ])
})

test('should split a section number and title off the paragraph it opens', () => {
  const input = [
    '1 Inleiding',
    'Dit verslag beschrijft de evaluatie van het programma voor',
    'de wijk en de mensen die er wonen.',
    '1.1 Aanpak van de evaluatie onder de bewoners in de wijk',
    'Er zijn twaalf mensen geïnterviewd over hun ervaringen met',
    'de wijk en het groen.',
    '1.2 Resultaten van de gesprekken met alle bewoners hier',
    'Bewoners zijn tevreden over het groen maar missen plekken',
    'om te spelen.',
  ].join('\n')
  const tree = fromText(input, { language: 'nl' })
  expect(headings(input)).toEqual([
    '# 1 Inleiding',
    '## 1.1 Aanpak van de evaluatie onder de bewoners in de wijk',
    '## 1.2 Resultaten van de gesprekken met alle bewoners hier',
  ])
  expect(tree.children.map((node) => node.type)).toEqual([
    'heading',
    'paragraph',
    'heading',
    'paragraph',
    'heading',
    'paragraph',
  ])
})

test('should not take a piece of a sentence with a lone bracket, or a line with an address, as a heading', () => {
  const input = [
    'Verslag van de avond',
    '',
    'Wie een vraag heeft, kan die stellen in het formulier (of aan de',
    '',
    'Balie van het stadhuis)',
    '',
    'Neem contact op via info@example.org',
    '',
    'Meer lezen (in het Engels)',
    '',
    'De gemeente publiceert alle stukken op haar website.',
  ].join('\n')
  expect(headings(input)).toEqual(['# Verslag van de avond', '## Meer lezen (in het Engels)'])
})

test('should not take a quotation with its attribution as a heading', () => {
  const input = [
    'Verslag van de avond',
    '',
    'Bewoners vertelden wat zij van het plan vonden.',
    '',
    '“Ik vind het fijn dat alles op één plek staat.” — Bewoner 4',
    '',
    '"Hoe kan ik dit aanpassen?"',
    '',
    'Wat er nu gebeurt',
    '',
    'De gemeente verwerkt de reacties in een nieuw ontwerp.',
  ].join('\n')
  expect(headings(input)).toEqual(['# Verslag van de avond', '## Wat er nu gebeurt'])
})
