import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runKopij, temporaryFolder } from './helpers.js'

// The document language lands in the metadata, written as front matter.
const report = 'Een korte tekst over de gemeente en haar inwoners.\nDe raad vergaderde.\n'

describe('kopij convert --lang', () => {
  test('should read text input in the given language', async () => {
    const result = await runKopij(
      ['convert', '-', '--from', 'text', '--to', 'md', '--lang', 'en'],
      report,
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^lang: en$/m)
  })

  test('should detect the language without it', async () => {
    const result = await runKopij(['convert', '-', '--from', 'text', '--to', 'md'], report)
    expect(result.stdout).toMatch(/^lang: nl$/m)
  })

  test('should pass the language to every text input of a batch', async () => {
    const folder = temporaryFolder()
    writeFileSync(join(folder, 'a.txt'), report)
    const out = join(folder, 'uit')
    const result = await runKopij([
      'convert',
      join(folder, 'a.txt'),
      '--out',
      out,
      '--to',
      'md',
      '--lang',
      'de',
      '-q',
    ])
    expect(result.code).toBe(0)
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toMatch(/^lang: de$/m)
  })

  test('should refuse a value that is no language tag, as a usage error', async () => {
    const result = await runKopij(
      ['convert', '-', '--from', 'text', '--to', 'md', '--lang', 'Nederlands!'],
      report,
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/BCP 47/)
  })
})
