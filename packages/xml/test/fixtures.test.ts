import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parseMarkdown } from '@kopij/markdown'
import { fromXml, toXml } from '@kopij/xml'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { validateWithSchema } from './schema.js'

// Each folder holds `input.md` or `tree.json`, the kopij XML written for it
// (`output.xml`) and the DocBook (`docbook.xml`). Run with
// KOPIJ_UPDATE_FIXTURES=1 to rewrite the expected files after a deliberate change.
const fixtures = new URL('fixtures/', import.meta.url)
const update = process.env.KOPIJ_UPDATE_FIXTURES === '1'

function expectFile(url: URL, actual: string): void {
  if (update) writeFileSync(url, actual)
  if (!existsSync(url))
    throw new Error(`Missing expected file ${url.pathname}: run with KOPIJ_UPDATE_FIXTURES=1`)
  expect(actual).toBe(readFileSync(url, 'utf8'))
}

function load(folder: URL): Root {
  const markdown = new URL('input.md', folder)
  if (existsSync(markdown)) return parseMarkdown(readFileSync(markdown, 'utf8'))
  return JSON.parse(readFileSync(new URL('tree.json', folder), 'utf8'))
}

describe.each(readdirSync(fixtures))('fixture %s', (name) => {
  const folder = new URL(`${name}/`, fixtures)
  const tree = load(folder)

  test('should write the expected kopij XML, valid against the shipped schema', async () => {
    const file = new VFile()
    const xml = toXml(tree, {}, file)
    expect(file.messages).toEqual([])
    expectFile(new URL('output.xml', folder), xml)
    expect(await validateWithSchema(xml)).toEqual([])
  })

  test('should read the kopij XML back into the same tree', () => {
    expect(fromXml(toXml(tree))).toStrictEqual(tree)
  })

  test('should write the expected DocBook', () => {
    expectFile(new URL('docbook.xml', folder), toXml(tree, { profile: 'docbook' }, new VFile()))
  })
})

test('should cover every mdast and GFM node type in the fixtures', () => {
  const seen = new Set<string>()
  for (const name of readdirSync(fixtures)) {
    const xml = readFileSync(new URL(`${name}/output.xml`, fixtures), 'utf8')
    for (const match of xml.matchAll(/<(\w+)[\s/>]/g)) seen.add(match[1] ?? '')
  }
  for (const type of [
    'root',
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
    'strong',
    'table',
    'tableCell',
    'tableRow',
    'text',
    'thematicBreak',
  ]) {
    expect(seen, type).toContain(type)
  }
})
