// Convert one report to every format kopij can write, from code.
//
//   node examples/library-call.js [OUT-FOLDER]
//
// Formats are looked up in the registry, so this picks up each format package
// (PDF, DOCX, XML…) as it is added, without changing a line here.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ConversionError, convert, listFormats } from 'kopij'

const out = process.argv[2] ?? 'library-call.out'
const input = await readFile(new URL('jaarverslag.md', import.meta.url))
await mkdir(out, { recursive: true })

for (const format of listFormats().filter((format) => format.writer)) {
  try {
    const output = await convert(input, { from: 'markdown', to: format.name })
    const path = join(out, `jaarverslag${format.extensions[0]}`)
    await writeFile(path, output)
    const bytes = typeof output === 'string' ? Buffer.byteLength(output) : output.byteLength
    console.log(`${format.name}: ${path} (${bytes} bytes)`)
  } catch (error) {
    // Problems in the document are messages on the file, with a place and a rule id.
    if (!(error instanceof ConversionError)) throw error
    for (const message of error.file.messages) console.error(String(message))
    process.exitCode = 1
  }
}
