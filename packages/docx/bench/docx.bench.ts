/**
 * A ~1 MB report to DOCX, side by side with pandoc (Markdown → DOCX) on the
 * same Markdown, and at half and double the size to show the time grows
 * linearly. The target: at least twice as fast as pandoc.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toDocx } from '@kopij/docx'
import { bench, describe } from 'vitest'
import { generateReport, parseReport } from '../../../bench/markdown-report.js'

const megabyte = 1024 * 1024
const folder = mkdtempSync(join(tmpdir(), 'kopij-docx-bench-'))
const sizes = { half: 0.5 * megabyte, one: megabyte, two: 2 * megabyte }
const reports = Object.fromEntries(
  Object.entries(sizes).map(([name, bytes]) => {
    const markdown = generateReport(bytes)
    const path = join(folder, `${name}.md`)
    writeFileSync(path, markdown)
    return [name, { markdown, path, tree: parseReport(markdown) }]
  }),
) as Record<
  keyof typeof sizes,
  { markdown: string; path: string; tree: ReturnType<typeof parseReport> }
>

/** Each run takes seconds: a few runs, one warm-up. */
const slow = { time: 0, iterations: 3, warmupIterations: 1 }

describe('1 MB report to DOCX', () => {
  bench(
    'kopij: Markdown → tree → DOCX',
    async () => {
      await toDocx(parseReport(reports.one.markdown))
    },
    slow,
  )
  bench(
    'kopij: tree → DOCX',
    async () => {
      await toDocx(reports.one.tree)
    },
    slow,
  )
  bench(
    'pandoc: Markdown → DOCX',
    () => {
      execFileSync('pandoc', [
        '-f',
        'markdown',
        '-t',
        'docx',
        '-o',
        join(folder, 'pandoc.docx'),
        reports.one.path,
      ])
    },
    slow,
  )
})

describe('tree → DOCX grows linearly with size', () => {
  bench(
    '0.5 MB',
    async () => {
      await toDocx(reports.half.tree)
    },
    slow,
  )
  bench(
    '1 MB',
    async () => {
      await toDocx(reports.one.tree)
    },
    slow,
  )
  bench(
    '2 MB',
    async () => {
      await toDocx(reports.two.tree)
    },
    slow,
  )
})
