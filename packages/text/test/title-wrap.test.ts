import { expect, test } from 'vitest'
import { headings } from './helpers.js'

/** A guide whose title, set large, wraps before its last word. */
function guide(secondLine: string): string {
  return [
    'Growing Together: A Guide for Community Garden',
    secondLine,
    'Why community gardens matter',
    'Community gardens turn unused corners of a town into places where people grow',
    'food and meet their neighbours, and the volunteers who run them keep them going.',
    'Getting started',
    'Before the first seed goes into the ground, a new garden needs land and water',
    'and a small group of people who are willing to share the work of the season.',
  ].join('\n')
}

test('should join a title wrapped over two lines when a heading follows at once', () => {
  // A title, a one-line heading and at once another heading: the second
  // line is the rest of the title, not a section holding only a subsection.
  expect(headings(guide('Volunteers'), { language: 'en' })).toEqual([
    '# Growing Together: A Guide for Community Garden Volunteers',
    '## Why community gardens matter',
    '## Getting started',
  ])
})

test('should not join a standard part name under the title into it', () => {
  // "Summary" right under the title is the first section, which here opens
  // with a subsection.
  expect(headings(guide('Summary'), { language: 'en' }).slice(0, 3)).toEqual([
    '# Growing Together: A Guide for Community Garden',
    '## Summary',
    '### Why community gardens matter',
  ])
})

test('should not join the first section heading into the title when text follows it', () => {
  const input = [
    'Growing Together: A Guide for Community Garden',
    'Volunteers',
    'Community gardens turn unused corners of a town into places where people grow',
    'food and meet their neighbours, and the volunteers who run them keep them going.',
  ].join('\n')
  expect(headings(input, { language: 'en' })).toEqual([
    '# Growing Together: A Guide for Community Garden',
    '## Volunteers',
  ])
})

test('should not join a heading under a short title, which needed no second line', () => {
  const input = [
    'Guide to the new portal',
    'Signing up',
    'Your account',
    'Use the code from the letter to open your account for the first time today.',
    'You can change the password later in the settings of the portal itself.',
  ].join('\n')
  expect(headings(input, { language: 'en' })).toEqual([
    '# Guide to the new portal',
    '## Signing up',
    '### Your account',
  ])
})

test('should join a title wrapped in a narrow column, whose first line holds fewer than thirty characters', () => {
  // Two columns of about fifty characters: the title's type fills its line
  // after 27. Half the measure is the least a wrapped title's line fills.
  const input = [
    'Riverside Libraries: Annual',
    'Report 2025',
    'Message from the chair',
    'This was the year in which our libraries came',
    'back to the visitor numbers they had before the',
    'long closure of the central building. More than',
    'ninety thousand people came through our doors,',
    'and many more used the catalogue online. I want',
    'to thank every member of staff who made that',
    'possible, often in difficult circumstances.',
    'Reading groups',
    'Our reading groups met every month in each of',
    'the branch libraries, and two new groups for',
    'young parents started in the spring of the year.',
  ].join('\n')
  expect(headings(input, { language: 'en' })).toEqual([
    '# Riverside Libraries: Annual Report 2025',
    '## Message from the chair',
    '## Reading groups',
  ])
})

test('should not split the title at its colon in a document that sets run-in headings', () => {
  // A title's colon parts a name from its subtitle; nothing stands above
  // the title for it to run into.
  const input = [
    'Handreichung: Barrierefreie Veranstaltungen',
    'Worum geht es',
    'Diese Handreichung hilft den Ämtern, ihre Veranstaltungen für alle Menschen offen zu planen.',
    'Ort: Der Saal muss ohne Stufen erreichbar sein und eine Toilette in der Nähe haben.',
    'Einladung: Die Einladung nennt alle Angebote zur Barrierefreiheit und eine Kontaktperson.',
    'Anmeldung: Bei der Anmeldung fragen Sie nach dem Bedarf an Unterstützung für den Tag.',
  ].join('\n')
  expect(headings(input, { language: 'de' })).toEqual([
    '# Handreichung: Barrierefreie Veranstaltungen',
    '## Worum geht es',
    '#### Ort',
    '#### Einladung',
    '#### Anmeldung',
  ])
})

test('should join a title wrapped at the colon before its subtitle, whose first line reads as a lead-in', () => {
  const input = [
    'Working Together on Public Data Services:',
    'A Guide for Municipal Information Teams',
    '1. Introduction',
    'This guide is written for the teams in municipalities that publish open data and that want to',
    'do so in a way that other organisations can reuse without asking for permission first.',
    '2. Publishing data',
    'Every data set needs an owner who answers questions about it and keeps it up to date for as',
    'long as it is published on the portal of the municipality and in the national register.',
  ].join('\n')
  expect(headings(input, { language: 'en' })).toEqual([
    '# Working Together on Public Data Services: A Guide for Municipal Information Teams',
    '## 1. Introduction',
    '## 2. Publishing data',
  ])
})

test('should join a title wrapped over three lines in a narrow column, each line ending open', () => {
  // Two columns: the body's lines hold some forty-five characters, the
  // title's first two lines are already one heading (the first ends in
  // "Between"), and its last line stands alone before the first section.
  const input = [
    'Sharing Open Data Between',
    'Municipalities: A Guide for',
    'Information Managers',
    '1. Introduction',
    'This guide is written for the teams in',
    'municipalities that publish open data and',
    'that want to do so in a way that other',
    'organisations can reuse without asking.',
    '1.1 Who should read it',
    'Information managers and data stewards who',
    'are responsible for a data portal should read',
    'this guide before they start the work.',
    '2. Publishing data',
    'Every data set needs an owner who answers',
    'questions about it and keeps it up to date',
    'for as long as it is published on the portal.',
  ].join('\n')
  expect(headings(input, { language: 'en' })).toEqual([
    '# Sharing Open Data Between Municipalities: A Guide for Information Managers',
    '## 1. Introduction',
    '### 1.1 Who should read it',
    '## 2. Publishing data',
  ])
})
