import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runKopij, temporaryFolder } from './helpers.js'

const report = '# Nota\n\nEen alinea.\n'

describe('kopij convert --xml-profile', () => {
  test('should write DocBook for one file when asked', async () => {
    const result = await runKopij(
      ['convert', '-', '--to', 'xml', '--xml-profile', 'docbook'],
      report,
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/<article [^>]*xmlns="http:\/\/docbook.org\/ns\/docbook"/)
    expect(result.stdout).toMatch(/<para>Een alinea.<\/para>/)
  })

  test('should write kopij XML by default', async () => {
    const result = await runKopij(['convert', '-', '--to', 'xml'], report)
    expect(result.stdout).toMatch(/<root xmlns="https:\/\/kopij.nl\/ns\/tree\/1"/)
  })

  test('should write DocBook for every input of a batch', async () => {
    const folder = temporaryFolder()
    writeFileSync(join(folder, 'a.md'), report)
    const out = join(folder, 'uit')
    const result = await runKopij([
      'convert',
      join(folder, 'a.md'),
      '--out',
      out,
      '--to',
      'xml',
      '--xml-profile',
      'docbook',
      '-q',
    ])
    expect(result.code).toBe(0)
    expect(readFileSync(join(out, 'a.xml'), 'utf8')).toMatch(/<article /)
  })

  test('should refuse an unknown profile as a usage error naming the profiles', async () => {
    const result = await runKopij(['convert', '-', '--to', 'xml', '--xml-profile', 'tei'], report)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/kopij.*docbook|docbook.*kopij/)
  })
})
