import * as markdown from '@kopij/markdown'
import { expect, test } from 'vitest'

test('should expose exactly the public API', () => {
  expect(Object.keys(markdown).sort()).toEqual([
    'kopijMarkdown',
    'kopijMarkdownParse',
    'kopijMarkdownStringify',
    'parseMarkdown',
    'stringifyMarkdown',
  ])
})
