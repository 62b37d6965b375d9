/**
 * `pnpm bench`: fromText on 100 KB, 1 MB and 10 MB of generated report text.
 * Targets (issue 3): 1 MB under 1 s, 10 MB at 3 MB/s or more. Loading the
 * lexicon (wasm and the Dutch dictionary) happens once, before the runs, and
 * is printed separately.
 */
import { performance } from 'node:perf_hooks'
import { bench, describe } from 'vitest'
import { generateReport } from './generate.js'

const importStart = performance.now()
const { fromText } = await import('@kopij/text')
const importTime = performance.now() - importStart
const warmStart = performance.now()
fromText('Een zin met een gebalan-\nceerde benadering.', { language: 'nl' })
const warmTime = performance.now() - warmStart
console.log(
  `lexicon: module import (wasm) ${importTime.toFixed(0)} ms, first use (Dutch dictionary) ${warmTime.toFixed(0)} ms`,
)

const sizes = [
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
  ['10 MB', 10_000_000],
] as const

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
