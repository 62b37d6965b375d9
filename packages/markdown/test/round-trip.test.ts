import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseMarkdown, stringifyMarkdown } from '@kopij/markdown'
import type { Root } from 'mdast'
import { removePosition } from 'unist-util-remove-position'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'

// Each folder holds `input.md`, the tree it parses to (`tree.json`, without
// positions) and the Markdown kopij writes for it (`output.md`). Run with
// KOPIJ_UPDATE_FIXTURES=1 to rewrite the expected files after a deliberate change.
const fixtures = new URL('fixtures/', import.meta.url)
const update = process.env.KOPIJ_UPDATE_FIXTURES === '1'

function withoutPositions(tree: Root): Root {
  const copy = structuredClone(tree)
  removePosition(copy, { force: true })
  return copy
}

function expectFile(url: URL, actual: string): void {
  if (update) writeFileSync(url, actual)
  if (!existsSync(url))
    throw new Error(`Missing expected file ${url.pathname}: run with KOPIJ_UPDATE_FIXTURES=1`)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

describe.each(readdirSync(fixtures))('fixture %s', (name) => {
  const folder = new URL(`${name}/`, fixtures)
  const input = readFileSync(new URL('input.md', folder), 'utf8')
  const file = new VFile({ path: `${name}/input.md`, value: input })
  const tree = parseMarkdown(file)

  test('should parse to the expected tree', () => {
    expectFile(new URL('tree.json', folder), `${JSON.stringify(withoutPositions(tree), null, 2)}\n`)
    expect(file.messages).toEqual([])
  })

  test('should write the expected Markdown', () => {
    expectFile(new URL('output.md', folder), stringifyMarkdown(tree))
  })

  test('should give the same tree after writing and parsing again', () => {
    const again = parseMarkdown(stringifyMarkdown(tree))
    expect(withoutPositions(again)).toEqual(withoutPositions(tree))
  })
})

test('should cover every mdast and GFM node type in the fixtures', () => {
  const seen = new Set<string>()
  for (const name of readdirSync(fixtures)) {
    const json = readFileSync(new URL(`${name}/tree.json`, fixtures), 'utf8')
    for (const match of json.matchAll(/"type": "(\w+)"/g)) seen.add(match[1] ?? '')
  }
  // Front matter is covered too, but leaves the tree as metadata.
  const expected = [
    'blockquote',
    'break',
    'code',
    'definition',
    'delete',
    'emphasis',
    'footnoteDefinition',
    'footnoteReference',
    'heading',
    'html',
    'image',
    'imageReference',
    'inlineCode',
    'link',
    'linkReference',
    'list',
    'listItem',
    'paragraph',
    'root',
    'strong',
    'table',
    'tableCell',
    'tableRow',
    'text',
    'thematicBreak',
  ]
  expect([...seen].sort()).toEqual(expected)
})
