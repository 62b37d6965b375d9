import { readFileSync } from 'node:fs'
import { toXml } from '@kopij/xml'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { treeArbitrary } from './arbitrary.js'
import { validateWithSchema } from './schema.js'

test('should write random trees valid against the shipped RelaxNG schema', async () => {
  const documents = fc.sample(treeArbitrary, { numRuns: 200, seed: 6 }).map((tree) => toXml(tree))
  expect(await validateWithSchema(...documents)).toEqual([])
})

test('should have a schema that rejects what is not kopij XML', async () => {
  const valid = toXml({ type: 'root', children: [] })
  const errors = await validateWithSchema(
    valid.replace('<root ', '<root depth="1" '),
    valid.replace('version="1"', 'version="2"'),
    '<root xmlns="https://kopij.nl/ns/tree/1" version="1"><paragraph><list/></paragraph></root>',
    '<root xmlns="https://kopij.nl/ns/tree/1" version="1"><heading depth="7"/></root>',
  )
  expect(errors.length).toBeGreaterThanOrEqual(4)
  for (const index of [0, 1, 2, 3]) {
    expect(errors.some((error) => error.includes(`document-${index}.xml`))).toBe(true)
  }
})

test('should name the same node elements in the schema as in the writer', () => {
  const schema = readFileSync(new URL('../schema/kopij.rng', import.meta.url), 'utf8')
  const defined = [...schema.matchAll(/<define name="(\w+)">\s*<element name="\1">/g)].map(
    (match) => match[1],
  )
  const written = new Set<string>()
  for (const tree of fc.sample(treeArbitrary, { numRuns: 300, seed: 7 })) {
    for (const match of toXml(tree).matchAll(/<(\w+)[\s/>]/g)) written.add(match[1] ?? '')
  }
  for (const name of defined) expect(written, name).toContain(name)
})
