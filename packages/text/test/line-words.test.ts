import { expect, test } from 'vitest'
import { firstWord, lastWord } from '../src/lib/line-words.js'

test('should find the first word of a line, punctuation included', () => {
  expect(firstWord('ceerde. Het verslag')).toBe('ceerde.')
  expect(firstWord('eenwoord')).toBe('eenwoord')
  expect(firstWord('')).toBe('')
})

test('should find the last word of a line, punctuation included', () => {
  expect(lastWord('een gebalan-')).toBe('gebalan-')
  expect(lastWord('eenwoord')).toBe('eenwoord')
  expect(lastWord('')).toBe('')
})
