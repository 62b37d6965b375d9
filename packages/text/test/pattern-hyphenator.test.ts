import nl from 'hyphenation.nl'
import { describe, expect, it } from 'vitest'
import { PatternHyphenator } from '../src/lib/pattern-hyphenator.js'

describe('PatternHyphenator', () => {
  it('splits words where the Dutch patterns allow a break', () => {
    const dutch = new PatternHyphenator(nl)
    expect(dutch.hyphenate('verwerken')).toEqual(['ver', 'wer', 'ken'])
    expect(dutch.hyphenate('gebalanceerde')).toEqual(['ge', 'ba', 'lan', 'ceer', 'de'])
    expect(dutch.hyphenate('beleidsdialoog')).toEqual(['be', 'leids', 'di', 'a', 'loog'])
  })

  it('takes the highest point of all matching patterns, odd points allowing a break', () => {
    // "a1b" allows a break between a and b, "a2b" (longer match "a2bc")
    // forbids it; "b1c" allows one between b and c.
    const patterns = new PatternHyphenator({
      leftmin: 1,
      rightmin: 1,
      patterns: { 3: 'a1bb1c', 4: 'a2bc' },
    })
    expect(patterns.hyphenate('xabcx')).toEqual(['xab', 'cx'])
    expect(patterns.hyphenate('xabx')).toEqual(['xa', 'bx'])
  })

  it('matches the word boundary, written _ in the patterns', () => {
    const patterns = new PatternHyphenator({ leftmin: 1, rightmin: 1, patterns: { 4: '_ab1' } })
    expect(patterns.hyphenate('abab')).toEqual(['ab', 'ab'])
    expect(patterns.hyphenate('cabab')).toEqual(['cabab'])
  })

  it('keeps leftmin and rightmin letters on each side of a break', () => {
    // "a1b" allows a break before every b; the first and the last b of
    // "abababab" are too near the word's edges.
    const patterns = new PatternHyphenator({ leftmin: 2, rightmin: 2, patterns: { 3: 'a1b' } })
    expect(patterns.hyphenate('abababab')).toEqual(['aba', 'ba', 'bab'])
    expect(patterns.hyphenate('ab')).toEqual(['ab'])
    expect(patterns.hyphenate('aab')).toEqual(['aab'])
  })

  it('lets a later pattern with the same letters replace an earlier one', () => {
    const patterns = new PatternHyphenator({ leftmin: 1, rightmin: 1, patterns: { 3: 'a1ba2b' } })
    expect(patterns.hyphenate('xabx')).toEqual(['xabx'])
  })

  it('leaves a word with a soft hyphen whole', () => {
    const dutch = new PatternHyphenator(nl)
    expect(dutch.hyphenate('ver\u00ADwerken')).toEqual(['ver\u00ADwerken'])
  })
})
