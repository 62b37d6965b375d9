import { expect, test } from 'vitest'
import { WordCounts } from '../src/lib/word-counts.js'

test('should count pieces of text by their place, in the order first seen', () => {
  const counts = new WordCounts()
  const text = 'de gemeente en de raad'
  counts.add(text, 0, 2)
  counts.add(text, 3, 11)
  counts.add(text, 15, 17)
  counts.add(text, 3, 5)
  expect([...counts.toMap()]).toEqual([
    ['de', 2],
    ['gemeente', 1],
    ['ge', 1],
  ])
})

test('should keep counting past its first slots', () => {
  const counts = new WordCounts()
  for (let round = 0; round < 3; round++)
    for (let number = 0; number < 5000; number++) {
      const text = `w${number}`
      counts.add(text, 0, text.length)
    }
  const map = counts.toMap()
  expect(map.size).toBe(5000)
  expect(map.get('w4999')).toBe(3)
  expect(map.get('w0')).toBe(3)
})
