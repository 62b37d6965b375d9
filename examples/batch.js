// Convert a folder of reports from a script, with progress, and list what failed.
//
//   node examples/batch.js INPUT-FOLDER OUT-FOLDER
//
// The same as `kopij convert INPUT-FOLDER --out OUT-FOLDER --to markdown`: one
// worker thread per core, outputs mirroring the input tree, and a manifest so
// that running it again only converts what changed.
import { convertFiles } from '@kopij/cli'

const [input, out] = process.argv.slice(2)
if (!input || !out) {
  console.error('usage: node examples/batch.js INPUT-FOLDER OUT-FOLDER')
  process.exit(2)
}

const failed = []
const results = convertFiles(input, {
  out,
  to: ['markdown'],
  onProgress(event) {
    if (event.type === 'start') console.log(`${event.total} reports to convert`)
  },
})
for await (const result of results) {
  if (result.status === 'failed') failed.push(result)
  else console.log(`${result.status}: ${result.relative}`)
}
for (const result of failed) {
  const reason = result.messages.at(-1)
  console.log(`failed: ${result.relative}: ${reason?.reason} [${reason?.ruleId}]`)
}
process.exitCode = failed.length > 0 ? 1 : 0
