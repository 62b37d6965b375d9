import { expect, test } from 'vitest'
import { isKnownWord, isWord } from '../src/lib/lexicon.js'

test('should know Dutch words and compounds through Hunspell', () => {
  expect(isWord('nl', 'gebalanceerde')).toBe(true)
  expect(isWord('nl', 'beleidsdialoog')).toBe(true)
  expect(isWord('nl-BE', 'mensenrechten')).toBe(true)
  expect(isWord('nl', 'gebalan')).toBe(false)
})

test('should know English words, hyphenated ones too', () => {
  expect(isWord('en', 'government')).toBe(true)
  expect(isWord('en', 'dual-use')).toBe(true)
  expect(isWord('en', 'govern')).toBe(true)
  expect(isWord('en', 'ment')).toBe(false)
})

test('should answer undefined for a language without a lexicon', () => {
  expect(isWord('fy', 'wurd')).toBeUndefined()
})

test('should fall back on English for words a report borrows', () => {
  expect(isKnownWord('nl', 'repository')).toBe(true)
  expect(isWord('nl', 'repository')).toBe(false)
  expect(isKnownWord('nl', 'gebalan')).toBe(false)
  expect(isKnownWord('fy', 'wurd')).toBeUndefined()
})
