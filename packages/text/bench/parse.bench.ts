/**
 * `pnpm bench`: fromText on 100 KB, 1 MB and 10 MB of generated report text.
 * Targets (issue 3): 1 MB under 1 s, 10 MB at 3 MB/s or more, time linear in
 * size, peak memory under 20× the input. Loading the lexicons (wasm, the Dutch
 * and English dictionaries) happens once, before the runs, and is printed
 * separately.
 *
 * Besides vitest's wall-clock table, each size is parsed once more in a
 * child process of its own (the built package, `pnpm bench` builds first),
 * which prints the CPU time of the parse (a fairer figure on a shared
 * machine than wall time) and its memory: the process's peak resident set
 * against the resident set just before the parse, with the lexicons loaded
 * and a first 100 KB parsed (compiled code is a fixed cost of the process,
 * not of the input).
 *
 * The memory is measured twice, in two child processes. V8 starts its young
 * generation small and grows it, once, to two semi-spaces of 16 MB when a
 * program keeps allocating: the first large document of a process pays
 * about 9 MB for that whatever its size, which is a fifth of the 1 MB
 * figure. The second child starts with the young generation at that size
 * (`--min-semi-space-size=16`), which leaves what the input itself costs.
 * Both are printed; the first is what a one-off conversion sees. How much
 * of it is the young generation growing is printed too: what the 100 KB
 * parse before left of that growth falls into the measured parse, so a
 * parser that allocates less there shows more of it (the young generation
 * ends at the same size either way).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { bench, describe } from 'vitest'
import { generateReport } from './generate.js'

const importStart = performance.now()
const { fromText } = await import('@kopij/text')
const importTime = performance.now() - importStart
const warmStart = performance.now()
// What loads on first use: the Hunspell wasm and the Dutch dictionary, the
// Dutch hyphenation patterns (a lost hyphen), franc (an English paragraph in a
// Dutch text) and, since reports borrow English terms, the English dictionary.
fromText(
  'Het verslag beschrijft een gebalan\nceerde aanpak van de uitvoering.\n\nThe committee noted that the results of the programme are in line with the targets.',
  { language: 'nl' },
)
fromText('A well-balanced govern-\nment.', { language: 'en' })
const warmTime = performance.now() - warmStart
console.log(
  `lexicon: module import ${importTime.toFixed(0)} ms, first use (wasm, Dutch and English dictionaries, Dutch patterns, franc) ${warmTime.toFixed(0)} ms`,
)

const sizes = [
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['10 MB', 10_000_000],
] as const

// Run in the child: parse the file once, lexicons loaded first, and print
// CPU time and memory as JSON.
const child = `
import { readFileSync } from 'node:fs'
import v8 from 'node:v8'
import { fromText } from '@kopij/text'
const input = readFileSync(process.argv[1], 'utf8')
fromText('Het verslag beschrijft een gebalan\\nceerde aanpak van de uitvoering.\\n\\nThe committee noted that the results of the programme are in line with the targets.', { language: 'nl' })
fromText('A well-balanced govern-\\nment.', { language: 'en' })
// A first document of 100 KB compiles the code and sizes the heap, as in a
// batch: what is left is what the parse itself needs.
fromText(input.slice(0, 100_000), { language: 'nl' })
const young = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.physical_space_size ?? 0
const youngBefore = young()
const before = process.memoryUsage().rss
const cpu = process.cpuUsage()
const start = performance.now()
fromText(input, { language: 'nl' })
const used = process.cpuUsage(cpu)
const wall = performance.now() - start
const peak = process.resourceUsage().maxRSS * 1024
console.log(JSON.stringify({ cpu: (used.user + used.system) / 1000, wall, before, peak, youngGrowth: young() - youngBefore }))
`

const packageFolder = join(dirname(fileURLToPath(import.meta.url)), '..')
const folder = mkdtempSync(join(tmpdir(), 'kopij-text-bench-'))
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1)

/** What the child prints: CPU and wall time in ms, resident set and young generation growth in bytes. */
interface Measurement {
  cpu: number
  wall: number
  before: number
  peak: number
  youngGrowth: number
}

/** V8's young generation at its full size from the start (see above). */
const youngGenerationSized = ['--min-semi-space-size=16', '--max-semi-space-size=16']

/** Parse a file in a child process of its own and read its figures. */
function measure(file: string, flags: string[] = []): Measurement | undefined {
  const run = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', child, file], {
    cwd: packageFolder,
    encoding: 'utf8',
  })
  const line = run.stdout.trim().split('\n').at(-1) ?? ''
  if (run.status !== 0 || !line.startsWith('{')) {
    console.log(`${file}: the measuring process failed: ${run.stderr.trim()}`)
    return undefined
  }
  return JSON.parse(line) as Measurement
}
try {
  for (const [name, size] of sizes) {
    const file = join(folder, `${size}.txt`)
    const input = generateReport(size)
    writeFileSync(file, input)
    const bytes = Buffer.byteLength(input)
    const cold = measure(file)
    const sized = measure(file, youngGenerationSized)
    if (!cold || !sized) continue
    const growth = (run: Measurement): string => {
      const bytesUsed = Math.max(0, run.peak - run.before)
      return `+${mb(bytesUsed)} MB = ${(bytesUsed / bytes).toFixed(1)}× the input (young generation ${run.youngGrowth < 0 ? '−' : '+'}${mb(Math.abs(run.youngGrowth))} MB)`
    }
    console.log(
      `${name}: CPU ${cold.cpu.toFixed(0)} ms (${mb(bytes / (cold.cpu / 1000))} MB/s), wall ${cold.wall.toFixed(0)} ms; ` +
        `peak RSS ${mb(cold.peak)} MB, ${mb(cold.before)} MB before the parse (lexicons loaded, 100 KB parsed): ` +
        `${growth(cold)}; with the young generation sized from the start: ${growth(sized)}`,
    )
  }
} finally {
  rmSync(folder, { recursive: true, force: true })
}

describe('fromText', () => {
  for (const [name, size] of sizes) {
    const input = generateReport(size)
    bench(
      `${name} of report text`,
      () => {
        fromText(input, { language: 'nl' })
      },
      { iterations: size >= 10_000_000 ? 2 : 5, time: 0, warmupIterations: 1 },
    )
  }
})
