/**
 * The batch for the end-to-end benchmark: reports of 5–50 KB from the shared
 * generator (markdown-report.ts), each with its own seed, so every run
 * converts the same batch.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generateReport, random } from './markdown-report.js'

/**
 * Write `count` reports of 5–50 KB into `folder`, ten to a subfolder.
 *
 * @param folder Where.
 * @param count How many.
 * @returns The total size in bytes.
 */
export function writeReports(folder: string, count: number): number {
  const next = random(20_241_129)
  let total = 0
  for (let index = 0; index < count; index++) {
    const size = 5_000 + Math.floor(next() * 45_000)
    const text = generateReport(size, index + 1)
    const sub = join(folder, `map-${String(Math.floor(index / 10)).padStart(3, '0')}`)
    mkdirSync(sub, { recursive: true })
    writeFileSync(join(sub, `verslag-${String(index).padStart(4, '0')}.md`), text)
    total += Buffer.byteLength(text)
  }
  return total
}
