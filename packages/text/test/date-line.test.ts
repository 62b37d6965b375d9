import { fromText } from '@kopij/text'
import { expect, test } from 'vitest'
import { isDateLine } from '../src/lib/date-line.js'
import { headings } from './helpers.js'

test('should know a date alone in the ways Dutch, English and German write it', () => {
  for (const text of [
    'Maart 2026',
    '12 maart 2026',
    'Den Haag, 12 maart 2026',
    'dinsdag 3 februari 2026',
    'March 12, 2026',
    'Tuesday, 3 February 2026',
    '12. März 2026',
    'Mittwoch, 4. Februar 2026',
    '12-03-2026',
    '2026-03-12',
  ]) {
    expect(isDateLine(text), text).toBe(true)
  }
  for (const text of [
    'Voorjaarsnota maart 2026',
    'Begroting 2026',
    'Maart 2026 en verder',
    '1 Inleiding',
    'Mei',
  ]) {
    expect(isDateLine(text), text).toBe(false)
  }
})

test('should leave a date line a paragraph, not a heading', () => {
  const input = [
    'Verslag van de bewonersavond',
    '',
    'Op de avond kwamen ruim veertig bewoners naar het buurthuis om mee te praten.',
    '',
    'Vervolg',
    '',
    'De gemeente stuurt iedereen die er was een samenvatting van de avond.',
    '',
    'Den Haag, 12 maart 2026',
  ].join('\n')
  expect(headings(input)).toEqual(['# Verslag van de bewonersavond', '## Vervolg'])
  const last = fromText(input, { language: 'nl' }).children.at(-1)
  expect(last?.type).toBe('paragraph')
})
