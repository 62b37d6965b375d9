/**
 * LibreOffice (Debian's libreoffice-writer-nogui, installed by .ci/run) as an
 * independent reader: it opens the DOCX and exports a tagged PDF, which
 * poppler's `pdfinfo -struct-text` and qpdf then read. Dutch government PDFs
 * are often made this way, so headings, lists, tables, notes and language
 * must survive it. LibreOffice takes seconds to start: one conversion of the
 * fixture that covers everything, in a private profile folder.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { toDocx } from '@kopij/docx'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { readReport } from './report-fixture.js'

const run = promisify(execFile)
/** LibreOffice's PDF export filter with tagging on (filter options as JSON, LibreOffice ≥ 7.4). */
const taggedPdf = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'

let folder = ''
let structure = ''
/** Every PDF object as qpdf's JSON gives it. */
let objects: Array<Record<string, unknown>> = []

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kopij-docx-libreoffice-'))
  const { tree, file } = readReport()
  const docx = join(folder, 'report.docx')
  await writeFile(docx, await toDocx(tree, {}, file))
  const profile = pathToFileURL(join(folder, 'profile')).href
  await run(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      taggedPdf,
      '--outdir',
      folder,
      docx,
    ],
    { timeout: 110_000 },
  )
  const pdf = join(folder, 'report.pdf')
  structure = (await run('pdfinfo', ['-struct-text', pdf])).stdout
  const json = JSON.parse(
    (await run('qpdf', ['--json=2', pdf], { maxBuffer: 64 * 2 ** 20 })).stdout,
  )
  objects = Object.values(json.qpdf[1] as Record<string, { value?: unknown }>)
    .map((object) => object.value)
    .filter(
      (value): value is Record<string, unknown> => typeof value === 'object' && value !== null,
    )
}, 120_000)

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

/** Structure elements with their text, as `pdfinfo -struct-text` indents them. */
function elements(role: string): string[] {
  const lines = structure.split('\n')
  const result: string[] = []
  for (const [index, line] of lines.entries()) {
    const match = /^(\s*)(\w+)\b/.exec(line)
    if (!match || match[2] !== role) continue
    const indent = match[1]?.length ?? 0
    let text = ''
    for (const next of lines.slice(index + 1)) {
      const depth = /^\s*/.exec(next)?.[0].length ?? 0
      if (depth <= indent && next.trim() !== '') break
      const quoted = /^\s*"(.*)"$/.exec(next)
      if (quoted) text += quoted[1]
    }
    result.push(text)
  }
  return result
}

describe('read back with LibreOffice', () => {
  test('should export headings as H1 to H6', () => {
    expect(elements('H1')).toEqual(['Jaarverslag waterbeheer'])
    expect(elements('H2')).toEqual(['1. Inleiding', '2. Afbeeldingen'])
    expect(elements('H3')).toEqual(['1.1 Doelen', '1.2 Cijfers'])
    expect(elements('H4')).toEqual(['Kop vier'])
    expect(elements('H5')).toEqual(['Kop vijf'])
    expect(elements('H6')).toEqual(['Kop zes'])
  })

  test('should export the document language and the English span', () => {
    const catalog = objects.find((object) => object['/Type'] === '/Catalog')
    expect(catalog?.['/Lang']).toBe('u:nl-NL')
    const english = objects.filter((object) => object['/Lang'] === 'u:en-GB')
    expect(english.map((object) => object['/S'])).toEqual(['/Span'])
  })

  test('should export lists, the table header, notes and links', () => {
    expect(elements('LI')).toHaveLength(11)
    // The label is the list's own number, drawn by LibreOffice from the numbering.
    expect(elements('LBody')).toContain('1.Westerschelde')
    expect(elements('LBody')).toContain('5.Vijfde punt van een lijst die bij vijf begint')
    expect(elements('TH')).toEqual(['Gebied', 'Lengte (km)', 'Status'])
    expect(structure).toContain('/Scope /Column')
    expect(elements('Note')).toEqual([
      '1De toelichting staat in hoofdstuk drie.',
      '2De bijlage bevat de tabellen, met een link.',
    ])
    expect(elements('Link')).toContain('de website van Rijkswaterstaat')
  })

  test('should export the image with its alternative text', () => {
    const figures = objects.filter((object) => object['/S'] === '/Figure')
    expect(figures.map((figure) => figure['/Alt'])).toContain(
      'u:Waterstanden - Grafiek van de waterstanden per maand',
    )
  })
})
