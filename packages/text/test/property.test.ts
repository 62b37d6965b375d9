/**
 * Invariants over arbitrary input (fast-check): the parser never throws,
 * keeps every letter and digit that is not furniture or a removed hyphen in
 * order, keeps positions in bounds and in order, and is stable on its own
 * plain-text output.
 */
import { toPlainText } from '@kopij/ast'
import { fromText } from '@kopij/text'
import fc from 'fast-check'
import type { Nodes, Root } from 'mdast'
import { expect, test } from 'vitest'
import { readListMarker } from '../src/lib/list-marker.js'

const word = fc.stringMatching(/^[a-zäëïöü]{1,12}$/)
const reportLine = fc
  .array(
    fc.oneof(
      word,
      word.map((value) => `${value}-`),
      word.map((value) => `${value}.`),
      fc.constant('•'),
    ),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((words) => words.join(' '))
const reportText = fc
  .array(fc.oneof(reportLine, fc.constant(''), fc.constant('\f'), fc.constant('– 3 –')), {
    maxLength: 40,
  })
  .map((lines) => lines.join('\n'))
const bodyText = fc
  .array(fc.oneof(reportLine, fc.constant('')), { maxLength: 40 })
  .map((lines) => lines.join('\n'))
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), reportText)

function positions(node: Nodes, out: Array<[number, number]>): void {
  if (node.position) out.push([node.position.start.offset ?? -1, node.position.end.offset ?? -1])
  if ('children' in node) for (const child of node.children) positions(child, out)
}

/**
 * The input without what the parser may take out: the furniture lines it
 * reports, and list markers ("1.", "a)", "•"), whose meaning moves into the
 * list node.
 */
function withoutRemovals(input: string, tree: Root): string {
  const spans = (tree.data?.metadata?.furniture ?? []).map((item) => [
    item.position?.start.offset ?? 0,
    item.position?.end.offset ?? 0,
  ])
  const items = (node: Nodes): void => {
    if (node.type === 'listItem') {
      const start = node.position?.start.offset ?? 0
      const marker = readListMarker(input.slice(start, input.indexOf('\n', start) >>> 0))
      spans.push([start, start + (marker?.length ?? 0)])
    }
    if ('children' in node) for (const child of node.children) items(child)
  }
  items(tree)
  let rest = input
  for (const [start = 0, end = 0] of spans.sort((a, b) => (b[0] ?? 0) - (a[0] ?? 0)))
    rest = rest.slice(0, start) + rest.slice(end)
  return rest
}

const lettersAndDigits = (value: string): string =>
  value.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '')

test('should never throw', () => {
  fc.assert(
    fc.property(anyText, (input) => {
      fromText(input)
    }),
    { numRuns: 300 },
  )
})

test('should keep every letter and digit that is not furniture, in order', () => {
  fc.assert(
    fc.property(reportText, (input) => {
      const tree = fromText(input, { language: 'nl' })
      const output = lettersAndDigits(toPlainText(tree))
      // What is left of the input must be the output exactly (removed
      // hyphens are not letters or digits).
      expect(output).toBe(lettersAndDigits(withoutRemovals(input, tree)))
    }),
    { numRuns: 300 },
  )
})

test('should keep positions in bounds and in order', () => {
  fc.assert(
    fc.property(anyText, (input) => {
      const spans: Array<[number, number]> = []
      for (const child of fromText(input).children) positions(child, spans)
      let last = 0
      for (const [start, end] of spans) {
        expect(start).toBeGreaterThanOrEqual(0)
        expect(end).toBeGreaterThanOrEqual(start)
        expect(end).toBeLessThanOrEqual(input.length)
      }
      const blockStarts = fromText(input).children.map(
        (child) => child.position?.start.offset ?? -1,
      )
      for (const start of blockStarts) {
        expect(start).toBeGreaterThanOrEqual(last)
        last = start
      }
    }),
    { numRuns: 300 },
  )
})

test('should change nothing when parsing its own plain text again', () => {
  fc.assert(
    fc.property(bodyText, (input) => {
      const once = toPlainText(fromText(input, { language: 'nl' }))
      const twice = toPlainText(fromText(once, { language: 'nl' }))
      expect(twice).toBe(once)
    }),
    // Inputs that once failed: a list item that is a roman numeral or a word
    // with a hyphen read as a page number on the second pass.
    { numRuns: 200, examples: [['• l-'], ['tekst\n• iv'], ['• c']] },
  )
})
