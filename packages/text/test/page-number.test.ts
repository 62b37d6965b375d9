import fc from 'fast-check'
import { expect, test } from 'vitest'
import { furnitureKey, pageNumberShape } from '../src/lib/page-number.js'

/** What a furniture key is by definition: digits as "#", no spaces, lowercase. */
function keyByPatterns(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '').toLowerCase()
}

test('should key a running footer the same on every page', () => {
  expect(furnitureKey('Jaarverslag 2023 | pagina 4 van 12')).toBe('jaarverslag#|pagina#van#')
  expect(furnitureKey('Jaarverslag 2023 | pagina 10 van 12')).toBe('jaarverslag#|pagina#van#')
  expect(furnitureKey('– 7 –')).toBe('–#–')
  expect(furnitureKey('12 34')).toBe('##')
  expect(furnitureKey('')).toBe('')
})

test('should key as the digit and space patterns do, on any text', () => {
  for (const text of ['A\u00A0B\u2028C\u3000d', 'İstanbul 3', '\uFEFFx\t1\v2\f', 'ÀÉ 0001 ß'])
    expect(furnitureKey(text)).toBe(keyByPatterns(text))
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(furnitureKey(text)).toBe(keyByPatterns(text))
    }),
  )
})

test('should tell page numbers by their shape', () => {
  expect(pageNumberShape('– 3 –')).toBe('arabic')
  expect(pageNumberShape('Pagina 3 van 12')).toBe('arabic')
  expect(pageNumberShape('iv')).toBe('roman')
  expect(pageNumberShape('l-')).toBeUndefined()
})
