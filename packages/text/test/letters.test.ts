import fc from 'fast-check'
import { expect, test } from 'vitest'
import {
  codePointBefore,
  endsInLetter,
  endsInLetterHyphen,
  endsInLetterOrNumber,
  hasLetter,
  isLetterAt,
  isLetterOrNumber,
  leadingLetters,
  lowerCase,
  trailingLetters,
} from '../src/lib/letters.js'

test('should find the letters at the end and the start of a line', () => {
  expect(trailingLetters('een (gebalan')).toBe('gebalan')
  expect(trailingLetters('Oekraïne')).toBe('Oekraïne')
  expect(trailingLetters('nr. 12')).toBe('')
  expect(leadingLetters('ceerde. Het')).toBe('ceerde')
  expect(leadingLetters('ßtraße')).toBe('ßtraße')
  expect(leadingLetters('')).toBe('')
})

test('should tell letters from digits, punctuation and the end of the text', () => {
  expect(isLetterAt('aé1-', 0)).toBe(true)
  expect(isLetterAt('aé1-', 1)).toBe(true)
  expect(isLetterAt('aé1-', 2)).toBe(false)
  expect(isLetterAt('aé1-', 3)).toBe(false)
  expect(isLetterAt('aé1-', 4)).toBe(false)
  expect(isLetterAt('×', 0)).toBe(false)
})

test('should lowercase a word as toLowerCase does, plain ASCII without capitals as it is', () => {
  expect(lowerCase('gebalanceerde')).toBe('gebalanceerde')
  expect(lowerCase('Beleids')).toBe('beleids')
  expect(lowerCase('ÉLAN')).toBe('élan')
  expect(lowerCase('İ')).toBe('İ'.toLowerCase())
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (word) => lowerCase(word) === word.toLowerCase()),
  )
})

test('should tell a letter anywhere and a letter before a final hyphen as the patterns do', () => {
  expect(hasLetter('2020')).toBe(false)
  expect(hasLetter('12 é')).toBe(true)
  expect(endsInLetterHyphen('gebalan-')).toBe(true)
  expect(endsInLetterHyphen('2022-')).toBe(false)
  expect(endsInLetterHyphen('-')).toBe(false)
  const piece = fc.constantFrom('a', 'É', '1', '-', ' ', '𝐀', '\uD835', '\uDC00', '×', 'ß', '?')
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
      const text = pieces.join('')
      expect(hasLetter(text)).toBe(/\p{L}/u.test(text))
      expect(endsInLetterHyphen(text)).toBe(/\p{L}-$/u.test(text))
    }),
  )
})

/** Characters the look by code must tell as the patterns do: pairs and lone surrogates too. */
const tricky = fc.constantFrom(
  ...['a', 'Z', 'é', 'ß', '1', '²', '٣', '-', ' ', '’', "'", '_', '@', '/', '×', '.', 'Ⅻ'],
  ...['𝐀', '𝟙', '😀', '\uD835', '\uDC00', '\n', '\u2028', ')'],
)

test('should tell letters and numbers, and the character before an index, as the patterns do', () => {
  expect(isLetterOrNumber(0x31)).toBe(true)
  expect(isLetterOrNumber(0xb2)).toBe(true) // "²"
  expect(isLetterOrNumber(0x1d400)).toBe(true) // "𝐀"
  expect(isLetterOrNumber(0xd835)).toBe(false)
  expect(codePointBefore('a𝐀', 3)).toBe(0x1d400)
  expect(endsInLetterOrNumber('2022')).toBe(true)
  expect(endsInLetterOrNumber('')).toBe(false)
  expect(endsInLetter('2022')).toBe(false)
  expect(endsInLetter('Oekraïne')).toBe(true)
  fc.assert(
    fc.property(fc.array(tricky, { maxLength: 6 }), (pieces) => {
      const text = pieces.join('')
      expect(endsInLetterOrNumber(text)).toBe(/[\p{L}\p{N}]$/u.test(text))
      expect(endsInLetter(text)).toBe(/\p{L}$/u.test(text))
      for (let end = 1; end <= text.length; end++)
        expect(endsInLetterOrNumber(text, end)).toBe(/[\p{L}\p{N}]$/u.test(text.slice(0, end)))
    }),
    { numRuns: 2000 },
  )
  for (let code = 0; code < 0x10000; code++)
    expect(isLetterOrNumber(code)).toBe(/^[\p{L}\p{N}]$/u.test(String.fromCharCode(code)))
})
