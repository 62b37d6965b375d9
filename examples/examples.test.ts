import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { convert, listFormats } from 'kopij'
import { describe, expect, test } from 'vitest'

// Each example runs as a user runs it, as its own process; from the sources
// (tsx and the `source` condition), so no build is needed.
const folder = fileURLToPath(new URL('.', import.meta.url))

async function runExample(
  name: string,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--conditions', 'source', '--import', 'tsx', join(folder, name), ...args],
      { cwd: join(folder, '..', 'packages', 'cli') },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string }
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr }
  }
}

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'kopij-examples-'))
}

// Each run starts Node, tsx and the umbrella with every format (worker
// threads too, for the batch): seconds each on a busy machine.
const timeout = 120_000

describe('examples', () => {
  test(
    'library-call.js should write the report in every writable format',
    async () => {
      const out = temporaryFolder()
      const result = await runExample('library-call.js', [out])
      expect(result).toMatchObject({ code: 0, stderr: '' })
      const writable = listFormats().filter((format) => format.writer)
      expect(result.stdout.trim().split('\n')).toHaveLength(writable.length)
      const source = readFileSync(join(folder, 'jaarverslag.md'))
      expect(readFileSync(join(out, 'jaarverslag.md'), 'utf8')).toBe(
        await convert(source, { from: 'markdown', to: 'markdown' }),
      )
      expect(result.stdout).toMatch(/^markdown: .*jaarverslag\.md \(\d+ bytes\)$/m)
    },
    timeout,
  )

  test(
    'batch.js should convert a folder and name the file that failed',
    async () => {
      const input = temporaryFolder()
      const out = temporaryFolder()
      mkdirSync(join(input, '2024'))
      writeFileSync(join(input, 'a.md'), '# A\n')
      writeFileSync(join(input, '2024', 'b.md'), '# B\n')
      writeFileSync(join(input, 'kapot.md'), Uint8Array.from([0x41, 0xff, 0x0a]))
      const result = await runExample('batch.js', [input, out])
      expect(result.code).toBe(1)
      expect(result.stdout.split('\n').sort()).toEqual(
        [
          '',
          '3 reports to convert',
          'converted: 2024/b.md',
          'converted: a.md',
          'failed: kapot.md: Input is not valid UTF-8: byte 0xff at byte offset 1 cannot be decoded; convert the file to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8) [input-not-utf8]',
        ].sort(),
      )
      expect(readFileSync(join(out, '2024', 'b.md'), 'utf8')).toBe('# B\n')
      // Run again: only what changed is converted.
      const again = await runExample('batch.js', [input, out])
      expect(again.stdout).toMatch(/^skipped: a\.md$/m)
    },
    timeout,
  )

  test(
    'pipeline.js should fill in the table of contents with remark-toc',
    async () => {
      const result = await runExample('pipeline.js')
      expect(result).toMatchObject({ code: 0, stderr: '' })
      expect(result.stdout).toMatch(
        /## Inhoud\n\n- \[1\. Inleiding\]\(#1-inleiding\)\n- \[2\. Resultaten\]\(#2-resultaten\)\n {2}- \[2\.1 Financiën\]\(#21-financiën\)\n/,
      )
    },
    timeout,
  )
})
