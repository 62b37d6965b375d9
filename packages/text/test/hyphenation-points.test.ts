import { expect, test } from 'vitest'
import { breakPoints, canBreakAt, firstSyllable } from '../src/lib/hyphenation-points.js'

test('should allow a break where the patterns of the language do', () => {
  expect(canBreakAt('nl', 'verwerken', 3)).toBe(true)
  expect(canBreakAt('nl', 'verwerken', 4)).toBe(false)
  expect(canBreakAt('en', 'government', 3)).toBe(true)
  expect(canBreakAt('fy', 'wurd', 2)).toBeUndefined()
})

test('should allow a break in English that either the American or the British patterns allow', () => {
  // "fa-vour-ably", "re-usable": British patterns only.
  expect(canBreakAt('en', 'favourably', 6)).toBe(true)
  expect(canBreakAt('en-GB', 'reusable', 2)).toBe(true)
  // Neither breaks "followup" between its two words.
  expect(canBreakAt('en', 'followup', 6)).toBe(false)
})

test('should give the first syllable and the break points', () => {
  expect(firstSyllable('nl', 'verwerken')).toBe('ver')
  expect(breakPoints('nl', 'verwerken')).toEqual([3, 6])
  expect(firstSyllable('fy', 'wurd')).toBeUndefined()
})
