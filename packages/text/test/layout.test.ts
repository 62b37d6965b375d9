import fc from 'fast-check'
import { expect, test } from 'vitest'
import { atMost, measureLayout } from '../src/lib/layout.js'
import { linesOf } from './helpers.js'

const line = (length: number): string => 'x'.repeat(length)

test('should take the measure from the full lines', () => {
  const lengths = [...Array(30).fill(60), 20, 30, 40, 10]
  expect(measureLayout(linesOf(lengths.map(line).join('\n'))).measure).toBe(60)
})

test('should leave lines glued together by pdftotext out of the measure', () => {
  const lengths = [...Array(24).fill(60), ...Array(8).fill(125)]
  expect(measureLayout(linesOf(lengths.map(line).join('\n'))).measure).toBe(60)
})

test('should take the longest line as the measure of a short text', () => {
  expect(measureLayout(linesOf('een korte regel\nen een wat langere regel\nkort')).measure).toBe(24)
})

test('should tell whether trailing spaces mark soft wraps', () => {
  const marked = measureLayout(linesOf('een regel \ntekst die \ndoorloopt.\nNieuwe alinea'))
  expect(marked.trailingSpaceMarksWrap).toBe(true)
  expect(measureLayout(linesOf('een regel\ntekst die\ndoorloopt.')).trailingSpaceMarksWrap).toBe(
    false,
  )
})

test('should keep the values of a sorted array up to a limit, as filter does', () => {
  expect([...atMost(Int32Array.from([1, 2, 2, 5, 9]), 2)]).toEqual([1, 2, 2])
  fc.assert(
    fc.property(
      fc.array(fc.double({ noNaN: true }), { maxLength: 30 }),
      fc.double({ noNaN: true }),
      (values, limit) => {
        const sorted = Float64Array.from(values).sort()
        expect([...atMost(sorted, limit)]).toEqual([...sorted.filter((value) => value <= limit)])
      },
    ),
  )
})
