import { expect, test } from 'vitest'
import { primarySubtag } from '../src/lib/language-tag.js'

test('should give the primary subtag of a language tag, lowercased', () => {
  expect(primarySubtag('nl')).toBe('nl')
  expect(primarySubtag('en-GB')).toBe('en')
  expect(primarySubtag('DE-at')).toBe('de')
  // Asked again: the same answer from what was kept.
  expect(primarySubtag('en-GB')).toBe('en')
  expect(primarySubtag('')).toBe('')
})

test('should keep answering past the tags it remembers', () => {
  for (let index = 0; index < 250; index++) expect(primarySubtag(`x${index}-y`)).toBe(`x${index}`)
  expect(primarySubtag('nl-BE')).toBe('nl')
})
