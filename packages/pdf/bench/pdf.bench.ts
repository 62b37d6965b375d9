/**
 * A ~1 MB report to tagged PDF, side by side with pdfkit drawing the same
 * text untagged (greedy layout, the same embedded font) and LibreOffice
 * converting the equivalent DOCX (made by pandoc, not timed); and kopij at
 * half and double the size to show time grows linearly with pages. The
 * issue's targets: 1 MB in under 3 s, faster than both peers.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toPlainText } from '@kopij/ast'
import { toPdf } from '@kopij/pdf'
import type { Root } from 'mdast'
import PDFDocument from 'pdfkit'
import { bench, describe } from 'vitest'
import { generateReport, parseReport } from '../../../bench/markdown-report.js'

const megabyte = 1024 * 1024
const folder = mkdtempSync(join(tmpdir(), 'kopij-pdf-bench-'))
const sizes = { half: 0.5 * megabyte, one: megabyte, two: 2 * megabyte }
const trees = Object.fromEntries(
  Object.entries(sizes).map(([name, bytes]) => [name, parseReport(generateReport(bytes))]),
) as Record<keyof typeof sizes, Root>

const markdownPath = join(folder, 'one.md')
writeFileSync(markdownPath, generateReport(megabyte))
const docxPath = join(folder, 'one.docx')
execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', docxPath, markdownPath])

const require = createRequire(import.meta.url)
const fontFile = (weight: string) =>
  readFileSync(
    require.resolve(
      `@expo-google-fonts/atkinson-hyperlegible-next/${weight}/AtkinsonHyperlegibleNext_${weight}.ttf`,
    ),
  )
const regular = fontFile('400Regular')
const bold = fontFile('700Bold')

/** pdfkit draws each block's plain text: no tags, no footnote placement. */
function withPdfkit(tree: Root): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 62 })
  doc.registerFont('regular', regular)
  doc.registerFont('bold', bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  for (const node of tree.children) {
    if (node.type === 'heading') {
      doc
        .font('bold')
        .fontSize(20 - node.depth * 2)
        .text(toPlainText(node), { paragraphGap: 6 })
    } else {
      doc.font('regular').fontSize(10.5).text(toPlainText(node), { paragraphGap: 6 })
    }
  }
  doc.end()
  return done
}

/** Each run takes seconds: a few runs, no warm-up beyond the first. */
const slow = { time: 0, iterations: 3, warmupIterations: 1 }

describe('1 MB report to PDF', () => {
  bench(
    'kopij: tree → tagged PDF/UA-1',
    async () => {
      await toPdf(trees.one)
    },
    slow,
  )
  bench(
    'pdfkit: the same text, untagged',
    async () => {
      await withPdfkit(trees.one)
    },
    slow,
  )
  bench(
    'LibreOffice: the equivalent DOCX → PDF',
    () => {
      // A profile of its own, so a LibreOffice already running elsewhere
      // does not take the job (or block it).
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(folder, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          folder,
          docxPath,
        ],
        { stdio: 'ignore' },
      )
    },
    { time: 0, iterations: 1, warmupIterations: 0 },
  )
})

describe('tree → PDF grows linearly with size', () => {
  bench(
    '0.5 MB',
    async () => {
      await toPdf(trees.half)
    },
    slow,
  )
  bench(
    '1 MB',
    async () => {
      await toPdf(trees.one)
    },
    slow,
  )
  bench(
    '2 MB',
    async () => {
      await toPdf(trees.two)
    },
    slow,
  )
})
