/**
 * pandoc (Debian's, installed by .ci/run) as an independent reader: what
 * `pandoc -f docx -t markdown` gives back is what any docx-reading tool sees.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { toDocx } from '@kopij/docx'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readReport } from './report-fixture.js'

const run = promisify(execFile)
let folder = ''
let markdown = ''

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kopij-docx-pandoc-'))
  const { tree, file } = readReport()
  const path = join(folder, 'report.docx')
  await writeFile(path, await toDocx(tree, {}, file))
  const result = await run('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', path])
  markdown = result.stdout
})

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

describe('read back with pandoc', () => {
  test('should give back the headings at their levels', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'))
    expect(headings).toEqual([
      '# Jaarverslag waterbeheer',
      '## 1. Inleiding',
      '### 1.1 Doelen',
      '### 1.2 Cijfers',
      '## 2. Afbeeldingen',
      '#### Kop vier',
      '##### Kop vijf',
      '###### Kop zes',
    ])
  })

  test('should give back nested numbered and bullet lists, and the start number', () => {
    expect(markdown).toMatch(
      /1\. +Veilige dijken langs de kust\n\n2\. +Schoon water in de rivieren\n\n +- +Rijn en Maas\n\n +- +Schelde\n\n +1\. +Westerschelde\n\n +2\. +Oosterschelde\n\n3\. +Voldoende zoetwater/,
    )
    expect(markdown).toMatch(
      /5\. +Vijfde punt van een lijst die bij vijf begint\n\n6\. +Zesde punt/,
    )
  })

  test('should give back the table with its header row', () => {
    expect(markdown).toMatch(/\*\*Gebied\*\* +\*\*Lengte \(km\)\*\* +\*\*Status\*\*/)
    expect(markdown).toMatch(/Noordkust +120 +op orde/)
  })

  test('should give back footnotes and links', () => {
    expect(markdown).toContain('toelichting[^1] en de bijlage[^2]')
    expect(markdown).toContain('[^1]: De toelichting staat in hoofdstuk drie.')
    expect(markdown).toContain(
      '[de website van Rijkswaterstaat](https://www.rijkswaterstaat.nl/water)',
    )
    expect(markdown).toContain('[link](https://www.example.nl/bijlage)')
  })

  test('should give back quotes at their depth, code, and image alternatives', () => {
    expect(markdown).toContain('> Water knows no borders.')
    expect(markdown).toContain('> > Een geneste uitspraak van de minister.')
    expect(markdown).toContain('    const veilig = dijken.every((dijk) => dijk.hoogte > norm)')
    expect(markdown).toContain(
      '![Grafiek van de waterstanden per maand](media/image1.png "Waterstanden")',
    )
  })
})
