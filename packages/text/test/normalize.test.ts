import { describe, expect, test } from 'vitest'
import { type NormalizedText, normalizeText } from '../src/lib/normalize.js'

/** The input offset of every offset of the normalised text, one past the end too. */
function inputOffsets(result: NormalizedText): number[] {
  return Array.from({ length: result.value.length + 1 }, (_, at) => result.offsets.toInput(at))
}

describe('normalizeText', () => {
  test('should make CRLF and CR line ends LF and map offsets back', () => {
    const result = normalizeText('a\r\nb\rc')
    expect(result.value).toBe('a\nb\nc')
    expect(inputOffsets(result)).toEqual([0, 1, 3, 4, 5, 6])
    expect(result.changes.lineEnd).toBe(2)
  })

  test('should drop a byte order mark, zero-width characters and controls', () => {
    const result = normalizeText('\uFEFFbe\u200Bleid\u0007')
    expect(result.value).toBe('beleid')
    expect(inputOffsets(result)).toEqual([1, 2, 4, 5, 6, 7, 9])
    expect(result.changes).toMatchObject({ byteOrderMark: 1, zeroWidth: 1, control: 1 })
  })

  test('should make non-breaking and other spaces and tabs plain spaces', () => {
    expect(normalizeText('36\u00A0360\u2009V\tnr.').value).toBe('36 360 V nr.')
  })

  test('should spell out ligatures, each letter pointing at the ligature', () => {
    const result = normalizeText('e\uFB03ciënt')
    expect(result.value).toBe('efficiënt')
    expect(inputOffsets(result).slice(0, 5)).toEqual([0, 1, 1, 1, 2])
  })

  test('should compose letters with combining marks to NFC', () => {
    const result = normalizeText('Oekrai\u0308ne')
    expect(result.value).toBe('Oekraïne')
    expect(result.changes.composed).toBe(1)
  })

  test('should remove soft hyphens and remember those at a line end', () => {
    const result = normalizeText('gebalan\u00AD\nceerde be\u00ADleid')
    expect(result.value).toBe('gebalan\nceerde beleid')
    expect([...result.softHyphenLineEnds]).toEqual([7])
    expect(result.changes.softHyphen).toBe(2)
  })

  test('should find marks, soft hyphens and special spaces after long runs of plain text', () => {
    const plainText = 'de gemeente heeft het verslag vastgesteld. '.repeat(40)
    const result = normalizeText(
      `${plainText}Oekrai\u0308ne gebalan\u00AD  \nceerde be\u00AD wijs\n${plainText}a\u00A0b\r\nc`,
    )
    expect(result.value).toBe(`${plainText}Oekraïne gebalan  \nceerde be wijs\n${plainText}a b\nc`)
    // The soft hyphen before spaces and a line end marks that line end; the
    // one before a word does not.
    expect([...result.softHyphenLineEnds]).toEqual([plainText.length + 18])
    expect(result.offsets.toInput(plainText.length + 5)).toBe(plainText.length + 5)
    expect(result.offsets.toInput(plainText.length + 7)).toBe(plainText.length + 8)
    expect(result.changes).toMatchObject({ composed: 1, softHyphen: 2, space: 1, lineEnd: 1 })
  })

  test('should keep form feeds as page breaks', () => {
    expect(normalizeText('a\n\fb').value).toBe('a\n\fb')
  })
})
