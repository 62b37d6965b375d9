import { expect, test } from 'vitest'
import { splitLines } from '../src/lib/lines.js'
import { normalizeText } from '../src/lib/normalize.js'

test('should cut text into lines with pages, trailing spaces and offsets', () => {
  const lines = splitLines(normalizeText('een \n\ftwee\n  \ndrie'))
  expect(
    lines.map(({ text, page, blank, trailingSpace, start, end }) => ({
      text,
      page,
      blank,
      trailingSpace,
      start,
      end,
    })),
  ).toEqual([
    { text: 'een', page: 1, blank: false, trailingSpace: true, start: 0, end: 3 },
    { text: 'twee', page: 2, blank: false, trailingSpace: false, start: 6, end: 10 },
    { text: '', page: 2, blank: true, trailingSpace: false, start: 13, end: 13 },
    { text: 'drie', page: 2, blank: false, trailingSpace: false, start: 14, end: 18 },
  ])
})

test('should mark a line that ended in a soft hyphen', () => {
  const lines = splitLines(normalizeText('gebalan\u00AD\nceerde'))
  expect(lines[0]?.softHyphen).toBe(true)
  expect(lines[1]?.softHyphen).toBe(false)
})

test('should read the list marker each line starts with', () => {
  const lines = splitLines(normalizeText('• eerste punt\ngewone tekst\n2) tweede\n'))
  expect(lines.map((line) => line.marker?.marker)).toEqual(['•', undefined, '2)', undefined])
})
