import {
  blockquote,
  code,
  emphasis,
  heading,
  inlineCode,
  link,
  list,
  paragraph,
  root,
  strong,
} from '@kopij/ast'
import { parseMarkdown, stringifyMarkdown } from '@kopij/markdown'
import fc from 'fast-check'
import type { BlockContent, Heading, PhrasingContent } from 'mdast'
import { expect, test } from 'vitest'

// Words drawn from report text, with the characters Markdown treats specially,
// so escaping is exercised: "1." at the start of a block, "#", "*", "_", "|".
const word = fc.constantFrom(
  'Nederland',
  '1.',
  '2.3',
  '#',
  '*',
  '_',
  '[x]',
  '|',
  '<b>',
  '&amp;',
  'dual-use',
  '€',
  'Oekraïne',
  '-',
  '+',
  '`',
  '\\',
)
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((list) => list.join(' '))

const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  words.map((value) => ({ type: 'text', value }) as PhrasingContent),
  words.map((value) => emphasis(value)),
  words.map((value) => strong(value)),
  words.map((value) => inlineCode(value)),
  words.map((value) => link('https://example.org/a', value)),
)
// Pieces are separated by a space, as in real sentences: two code spans that
// touch ("`a``b`") cannot be told apart from one in Markdown at all, so such a
// tree has no faithful Markdown form to test.
const phrasingList = fc
  .array(phrasing, { minLength: 1, maxLength: 4 })
  .map((pieces) =>
    pieces.flatMap((piece, index) =>
      index === 0 ? [piece] : [{ type: 'text', value: ' ' } as PhrasingContent, piece],
    ),
  )

const block: fc.Arbitrary<BlockContent> = fc.oneof(
  phrasingList.map((children) => paragraph(children)),
  fc
    .tuple(fc.integer({ min: 1, max: 6 }), phrasingList)
    .map(([depth, children]) => heading(depth as Heading['depth'], children)),
  fc.array(phrasingList, { minLength: 1, maxLength: 3 }).map((items) => list(items)),
  fc
    .tuple(fc.array(phrasingList, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 20 }))
    .map(([items, start]) => list(items, { ordered: true, start })),
  phrasingList.map((children) => blockquote([paragraph(children)])),
  words.map((value) => code(value, 'txt')),
)

test('should write Markdown that reads back to Markdown it writes the same way', () => {
  fc.assert(
    fc.property(fc.array(block, { minLength: 1, maxLength: 8 }), (children) => {
      const once = stringifyMarkdown(root(children))
      const twice = stringifyMarkdown(parseMarkdown(once))
      expect(twice).toBe(once)
    }),
    { numRuns: 300 },
  )
})
