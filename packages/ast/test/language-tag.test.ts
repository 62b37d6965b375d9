import { isLanguageTag } from '@kopij/ast'
import { expect, test } from 'vitest'

test('should accept well-formed BCP 47 tags', () => {
  for (const tag of ['nl', 'en-GB', 'de-CH-1996', 'x-kopij', 'i-klingon', 'zh-Hant-TW']) {
    expect(isLanguageTag(tag), tag).toBe(true)
  }
})

test('should reject malformed tags', () => {
  for (const tag of ['', 'nl_NL', 'en-', '123', ' nl', 'nederlands-']) {
    expect(isLanguageTag(tag), tag).toBe(false)
  }
})
