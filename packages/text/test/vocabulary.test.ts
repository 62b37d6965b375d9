import fc from 'fast-check'
import { expect, test } from 'vitest'
import { collectVocabulary } from '../src/lib/vocabulary.js'
import { linesOf } from './helpers.js'

test('should count words inside lines, and the parts and first parts of hyphenated words', () => {
  const vocabulary = collectVocabulary(
    linesOf('Een Open-Source-Projekt en een open-source project\nkort'),
  )
  expect(vocabulary.get('een')).toBe(1) // the first word of a line does not count
  expect(vocabulary.get('open-source-projekt')).toBe(1)
  expect(vocabulary.get('source')).toBe(2)
  expect(vocabulary.get('open-')).toBe(2)
  expect(vocabulary.get('source-')).toBe(1)
  expect(vocabulary.get('project')).toBeUndefined() // last on its line
  expect(vocabulary.get('kort')).toBeUndefined()
})

test('should count the first part of a file or package name as a word', () => {
  const vocabulary = collectVocabulary(linesOf('Lees de README.md en Node.js eerst'))
  expect(vocabulary.get('readme')).toBe(1)
  expect(vocabulary.get('node')).toBe(1)
  expect(vocabulary.get('readme.md')).toBe(1)
})

/** The vocabulary by its definition, a string for every word (as it was first written). */
function vocabularyByDefinition(lines: readonly string[]): Map<string, number> {
  const vocabulary = new Map<string, number>()
  const add = (key: string): void => {
    vocabulary.set(key, (vocabulary.get(key) ?? 0) + 1)
  }
  for (const line of lines) {
    const words = line.trim().toLowerCase().split(' ').slice(1, -1)
    for (const raw of words) {
      const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      if (word === '') continue
      add(word)
      if (!word.includes('-')) {
        const dot = word.indexOf('.')
        if (dot > 1 && dot < word.length - 1) add(word.slice(0, dot))
        continue
      }
      const parts = word.split('-')
      parts.forEach((part, at) => {
        if (part === '') return
        add(part)
        if (at < parts.length - 1) add(`${part}-`)
      })
    }
  }
  return vocabulary
}

test('should count as the definition does, in the same order, on any words', () => {
  // Capitals whose lowercase is longer ("İ") or depends on the letters
  // around them (a final "Σ" is "ς"): words are lowercased one by one, and
  // must come out as they do in their lowercased line.
  const piece = fc.constantFrom(
    'a',
    'B',
    'é',
    '-',
    '.',
    '(',
    '”',
    '1',
    'ß',
    'İ',
    '𝐀',
    'x',
    'Σ',
    'Α',
  )
  const word = fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''))
  const line = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(' '))
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
      const text = lines.join('\n')
      const counted = collectVocabulary(linesOf(text))
      const defined = vocabularyByDefinition(linesOf(text).map((parsed) => parsed.text))
      expect([...counted]).toEqual([...defined])
    }),
  )
})
