import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  endsWithMark,
  firstWord,
  lastWord,
  startsLowercase,
  wordCount,
} from '../src/lib/line-edges.js'

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

test('should count words as splitting at spaces does', () => {
  expect(wordCount('drie losse woorden')).toBe(3)
  expect(wordCount('')).toBe(1)
  fc.assert(fc.property(fc.string(), (text) => wordCount(text) === text.split(' ').length))
})

test('should tell a closing mark behind closing quotes and brackets', () => {
  expect(endsWithMark('Zo werkt het.”', '.!?')).toBe(true)
  expect(endsWithMark('(zie hoofdstuk 2.)', '.!?')).toBe(true)
  expect(endsWithMark('Doel:', '.!?')).toBe(false)
  expect(endsWithMark('”)', '.!?')).toBe(false)
  expect(endsWithMark('', '.')).toBe(false)
  const closing = fc.constantFrom('.', '!', '?', ':', ';', ',', '"', "'", '”', '’', ')', 'a', ' ')
  fc.assert(
    fc.property(
      fc.array(closing).map((parts) => parts.join('')),
      (text) => {
        expect(endsWithMark(text, '.!?:')).toBe(/[.!?:]["'”’)]*$/.test(text))
        expect(endsWithMark(text, '.,;:')).toBe(/[.,;:]["'”’)]*$/.test(text))
      },
    ),
  )
})

test('should tell a lowercase start as the Unicode pattern does', () => {
  expect(startsLowercase('ceerde')).toBe(true)
  expect(startsLowercase('élan')).toBe(true)
  expect(startsLowercase('Élan')).toBe(false)
  expect(startsLowercase('(ver')).toBe(false)
  expect(startsLowercase('')).toBe(false)
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 3 }), (text) => {
      expect(startsLowercase(text)).toBe(/^\p{Ll}/u.test(text))
    }),
  )
})
