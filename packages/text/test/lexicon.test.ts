import { expect, test } from 'vitest'
import { isBorrowedEnglish, isKnownWord, isWord } from '../src/lib/lexicon.js'

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

test('should know British spellings in English, but borrow only American ones', () => {
  // "programme", "organisation", "offences": the American list lacks them.
  for (const word of ['programme', 'organisation', 'offences', 'neighbourhood']) {
    expect(isWord('en', word)).toBe(true)
    expect(isWord('en-GB', word)).toBe(true)
    expect(isBorrowedEnglish(word)).toBe(false)
  }
  expect(isWord('en', 'organization')).toBe(true)
  expect(isWord('en', 'organisa')).toBe(false)
  // A Dutch text borrowing English asks the American list alone.
  expect(isKnownWord('nl', 'programme')).toBe(false)
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
