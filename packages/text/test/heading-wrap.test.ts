import { fromText } from '@kopij/text'
import { expect, test } from 'vitest'
import { headings } from './helpers.js'

test('should join a heading wrapped after a preposition into one heading', () => {
  const input = [
    'Handleiding voor nieuwe bijdragers',
    'De doelen van de standaard voor',
    'Publieke Code',
    'Deze standaard helpt overheden bij het delen van hun software met elkaar.',
    'Overheden werken zo samen aan betere diensten voor hun inwoners.',
  ].join('\n')
  const tree = fromText(input, { language: 'nl' })
  expect(headings(input)).toEqual([
    '# Handleiding voor nieuwe bijdragers',
    '## De doelen van de standaard voor Publieke Code',
  ])
  const heading = tree.children[1]
  expect(input.slice(heading?.position?.start.offset, heading?.position?.end.offset)).toBe(
    'De doelen van de standaard voor\nPublieke Code',
  )
})

test('should join a title wrapped over two lines that the running header prints in one piece', () => {
  const input = [
    'Samen werken aan Open Source',
    'Samen werken aan Open',
    'Source',
    'Wie bijdraagt aan software die iedereen mag gebruiken, leert veel van anderen.',
    'Deze handleiding laat zien hoe je begint en waar je op moet letten.',
    '1',
    '\fSamen werken aan Open Source',
    'Waarom bijdragen',
    'Een eerste bijdrage hoeft niet groot te zijn: een verbeterde zin telt ook mee.',
    'Beheerders zijn blij met elke hulp bij het testen van nieuwe versies.',
    '2',
    '\fSamen werken aan Open Source',
    'Kies een project dat je zelf gebruikt, dan weet je al hoe het werkt.',
    'Lees de regels voor bijdragers voordat je een wijziging voorstelt.',
    '3',
  ].join('\n')
  const tree = fromText(input, { language: 'nl' })
  expect(headings(input)).toEqual(['# Samen werken aan Open Source', '## Waarom bijdragen'])
  expect(tree.data?.metadata?.title).toBe('Samen werken aan Open Source')
})

test('should keep a heading and the subheading right after it apart', () => {
  const input = [
    'Verslag van de test',
    'Resultaten',
    'Zoeken',
    'Bewoners vinden de aanvraag snel via de zoekfunctie op de website van de gemeente.',
    'Ook op hun telefoon lukt het zoeken zonder hulp van anderen.',
  ].join('\n')
  expect(headings(input)).toEqual(['# Verslag van de test', '## Resultaten', '### Zoeken'])
})

test('should join a heading that ends in an article with the one-line sentence after it', () => {
  const input = [
    'Handbuch für neue Beiträge',
    '',
    '1.2 Verlangen Sie Tests und andere Prüfungen, um die',
    '',
    'Qualität des Codes zu sichern.',
    '',
    'Automatische Tests finden Fehler, bevor eine Änderung übernommen wird.',
    'Sie geben allen Beteiligten die Sicherheit, dass nichts kaputtgeht.',
  ].join('\n')
  expect(headings(input).at(-1)).toMatch(
    /^#+ 1\.2 Verlangen Sie Tests und andere Prüfungen, um die Qualität des Codes zu sichern\.$/,
  )
  const tree = fromText(input, { language: 'de' })
  expect(tree.children.at(-1)?.type).toBe('paragraph')
  expect(tree.children.filter((node) => node.type === 'paragraph')).toHaveLength(1)
})

test('should join a German heading wrapped after "in", which ends English and Dutch ones', () => {
  const german = [
    'Bericht zur Lage der Radwege',
    '2 Förderung des Radverkehrs in',
    'Städten und Gemeinden',
    'Das Land fördert den Bau sicherer Radwege in allen Landesteilen seit dem Jahr 2020.',
    'Die Mittel werden jedes Jahr neu verteilt und an die Kommunen ausgezahlt.',
  ].join('\n')
  expect(headings(german, { language: 'de' })).toEqual([
    '# Bericht zur Lage der Radwege',
    '## 2 Förderung des Radverkehrs in Städten und Gemeinden',
  ])
  const english = [
    'Guide to the new portal',
    'Log in',
    'Your account',
    'Use the code from the letter to open your account for the first time today.',
    'You can change the password later in the settings of the portal itself.',
  ].join('\n')
  expect(headings(english, { language: 'en' })).toEqual([
    '# Guide to the new portal',
    '## Log in',
    '### Your account',
  ])
})

test('should join a title wrapped where its slogan starts, before the first heading', () => {
  const input = [
    'Evaluatie van de campagne',
    'Doe mee! Blijf fit!',
    'Aanleiding',
    'De gemeente wil weten of de campagne bewoners heeft bereikt en of zij',
    'daarna vaker zijn gaan sporten in de sporthal of in het park.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Evaluatie van de campagne Doe mee! Blijf fit!',
    '## Aanleiding',
  ])
})
