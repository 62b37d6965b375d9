/**
 * End to end: the `kopij` command over a batch of generated reports (5–50 KB)
 * to every format kopij can write, with --jobs 1 and --jobs 2, beside pandoc
 * and LibreOffice doing the same where they are installed. Prints a table of
 * files per second, peak memory and ratios after the run.
 *
 * Runs the built command (dist/), as users run it: `pnpm bench` builds first.
 * KOPIJ_BENCH_FILES changes the batch size (default 1,000, as issue 7 asks).
 */
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { listFormats } from 'kopij'
import { afterAll, bench, describe } from 'vitest'
import { writeReports } from './generate-reports.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js')
if (!existsSync(bin)) throw new Error(`${bin} is missing: run pnpm build (pnpm bench does)`)

const count = Number(process.env.KOPIJ_BENCH_FILES ?? 1000)
// Peers start a process per file, so they run on a sample and are compared per file.
const peerSample = Math.min(100, count)
const work = mkdtempSync(join(tmpdir(), 'kopij-bench-'))
const input = join(work, 'in')
const bytes = writeReports(input, count)
const sample = join(work, 'sample')
writeReports(sample, peerSample)

/** Every format kopij can write (`pnpm bench` builds first, so dist/ agrees). */
const formats = listFormats()
  .filter((format) => format.writer)
  .map((format) => format.name)

interface Row {
  run: string
  files: number
  seconds: number
  filesPerSecond: number
  peakMemoryMiB?: number
}
const rows: Row[] = []
// One run each, no warm-up: a run is a whole batch. The functions are
// `async` so tinybench does not call them once more to find that out.
const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 }
const run = promisify(execFile)

async function kopij(folder: string, files: number, jobs: number, label: string): Promise<void> {
  const out = join(work, `out-${label}`)
  rmSync(out, { recursive: true, force: true })
  const args = ['convert', folder, '--out', out, '--to', formats.join(','), '--jobs', String(jobs)]
  const { stdout } = await run(process.execPath, [bin, ...args, '--json', '--quiet'], {
    maxBuffer: 1024 * 1024 * 1024,
  })
  const summary = JSON.parse(stdout.trim().split('\n').at(-1) as string)
  if (summary.failed > 0 || summary.converted !== files)
    throw new Error(`kopij ${label}: ${JSON.stringify(summary)}`)
  rows.push({
    run: `kopij --jobs ${jobs}, ${files} reports → ${formats.join(', ')}`,
    files,
    seconds: summary.seconds,
    filesPerSecond: summary.filesPerSecond,
    peakMemoryMiB: summary.peakMemoryBytes / 1024 / 1024,
  })
}

function sampleFiles(): string[] {
  return readdirSync(sample, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.md'))
    .map((path) => join(sample, path))
}

async function peer(label: string, convertOne: (file: string, out: string) => Promise<unknown>) {
  const out = join(work, `peer-${label.replace(/\W+/g, '-')}`)
  mkdirSync(out, { recursive: true })
  const files = sampleFiles()
  const started = performance.now()
  for (const file of files) await convertOne(file, out)
  const seconds = (performance.now() - started) / 1000
  rows.push({ run: label, files: files.length, seconds, filesPerSecond: files.length / seconds })
}

const hasPandoc = existsSync('/usr/bin/pandoc')
const hasSoffice = existsSync('/usr/bin/soffice')
const pandocTargets: Record<string, [string, string]> = {
  markdown: ['gfm', '.md'],
  docx: ['docx', '.docx'],
  xml: ['docbook5', '.xml'],
}

describe(`batch of ${count} reports (${(bytes / 1024 / 1024).toFixed(1)} MB)`, () => {
  bench('kopij --jobs 1', async () => await kopij(input, count, 1, 'jobs-1'), once)
  bench('kopij --jobs 2', async () => await kopij(input, count, 2, 'jobs-2'), once)
  bench(
    `kopij --jobs 2, ${peerSample} reports`,
    async () => await kopij(sample, peerSample, 2, 'sample'),
    once,
  )
  for (const format of formats) {
    const target = pandocTargets[format]
    if (!hasPandoc || !target) continue
    bench(
      `pandoc → ${target[0]}, ${peerSample} reports`,
      async () =>
        await peer(`pandoc md → ${target[0]}, a process per file`, (file, out) =>
          run('pandoc', [
            file,
            '-f',
            'markdown',
            '-t',
            target[0],
            '-s',
            '-o',
            join(out, `x${target[1]}`),
          ]),
        ),
      once,
    )
  }
  if (hasSoffice && formats.includes('pdf')) {
    // LibreOffice cannot read Markdown: it typesets the same text as plain
    // text, in one process for the whole sample, its fastest batch mode.
    bench(
      `LibreOffice → pdf, ${peerSample} reports`,
      async () => {
        const out = join(work, 'peer-soffice')
        const started = performance.now()
        await run('soffice', [
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          ...sampleFiles(),
        ])
        const seconds = (performance.now() - started) / 1000
        rows.push({
          run: 'LibreOffice text → pdf, one process',
          files: peerSample,
          seconds,
          filesPerSecond: peerSample / seconds,
        })
      },
      once,
    )
  }
})

afterAll(() => {
  const base = rows.find((row) => row.run.startsWith('kopij --jobs 1'))?.filesPerSecond
  const lines = [
    '',
    `End-to-end batch (load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')} on this machine)`,
    '| run | files | s | files/s | peak MiB | × kopij --jobs 1 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.run} | ${row.files} | ${row.seconds.toFixed(1)} | ${row.filesPerSecond.toFixed(1)} | ${row.peakMemoryMiB?.toFixed(0) ?? '–'} | ${base ? (row.filesPerSecond / base).toFixed(2) : '–'} |`,
    ),
    '',
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
  rmSync(work, { recursive: true, force: true })
})
