import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { temporaryFolder } from './helpers.js'

// The real command in its own process, from the sources (tsx), writing to a
// pipe whose reader stops early, as `kopij convert … | head` does.
const packageFolder = fileURLToPath(new URL('..', import.meta.url))
const bin = join(packageFolder, 'src', 'bin.ts')

test('a reader that closes standard output early ends the command quietly, with 141', async () => {
  const input = join(temporaryFolder(), 'long.md')
  // Far more than a pipe's buffer (64 KiB), so writes go on after the close.
  const section = (index: number) =>
    `## Section ${index}\n\n${'The committee reviewed the budget line by line. '.repeat(40)}\n`
  writeFileSync(
    input,
    `# Long report\n\n${Array.from({ length: 400 }, (_, i) => section(i)).join('\n')}`,
  )

  const child = spawn(
    process.execPath,
    ['--conditions', 'source', '--import', 'tsx', bin, 'convert', input, '--to', 'md'],
    { cwd: packageFolder, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk
  })
  child.stdout.once('data', () => child.stdout.destroy())
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))

  expect(stderr).not.toMatch(/EPIPE|Error|at /)
  expect(code).toBe(141)
}, 30_000)
