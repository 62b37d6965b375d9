import { expect, test } from 'vitest'
import { OffsetMap } from '../src/lib/offset-map.js'

test('should map offsets one for one until a mark, and by the mark after it', () => {
  const map = new OffsetMap()
  // "a\r\nb" normalised to "a\nb": the "b" at 2 came from 3.
  map.mark(0, 0)
  map.mark(2, 3)
  map.mark(3, 4)
  expect([0, 1, 2, 3].map((at) => map.toInput(at))).toEqual([0, 1, 3, 4])
})

test('should map several characters to one ("ﬃ" spelled out) and clamp to the text', () => {
  const map = new OffsetMap()
  map.mark(0, 0)
  map.mark(1, 1)
  map.mark(2, 1)
  map.mark(3, 1)
  map.mark(4, 2)
  map.mark(5, 3)
  expect([0, 1, 2, 3, 4, 5].map((at) => map.toInput(at))).toEqual([0, 1, 1, 1, 2, 3])
  expect(map.toInput(-4)).toBe(0)
  expect(map.toInput(99)).toBe(3)
})
