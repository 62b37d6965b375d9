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
