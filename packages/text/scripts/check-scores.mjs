// Check corpus scores against the targets of issue 3, on the ALL/all row and
// on every variant's /all row. Prints each shortfall; exits 1 if any.
//
//   node check-scores.mjs OUTDIR/score.json
import { readFileSync } from 'node:fs'

const targets = [
  ['cont.R', (s) => s.content.recall, 0.998],
  ['cont.P', (s) => s.content.precision, 0.995],
  ['brk.acc', (s) => s.breaks.accuracy, 0.995],
  ['join.F1', (s) => (s.breaks.join.nGold ? s.breaks.join.f1 : null), 0.995],
  ['hyph.F1', (s) => (s.breaks.hyphen.nGold ? s.breaks.hyphen.f1 : null), 0.9],
  ['para.F1', (s) => s.blocks.paragraph.f1, 0.93],
  ['head.F1', (s) => s.blocks.heading.f1, 0.9],
  ['h.lvl', (s) => s.heading.levelExact, 0.85],
  ['list.F1', (s) => s.blocks.listItem.f1, 0.9],
]

const { summary } = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const rows = Object.keys(summary).filter((group) => group.endsWith('/all'))
let failed = 0
for (const group of rows) {
  const row = summary[group]
  for (const [name, read, target] of targets) {
    const value = read(row)
    if (value === null || value === undefined) continue
    if (value < target) {
      failed++
      console.log(`${group}: ${name} ${(100 * value).toFixed(1)} < ${(100 * target).toFixed(1)}`)
    }
  }
  if (row.furniture.survivors > 0) {
    failed++
    console.log(`${group}: furnLn ${row.furniture.survivors} > 0`)
  }
}
console.log(failed === 0 ? 'eval: every target met' : `eval: ${failed} targets missed`)
process.exit(failed === 0 ? 0 : 1)
