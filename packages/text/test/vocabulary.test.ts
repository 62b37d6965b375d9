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
