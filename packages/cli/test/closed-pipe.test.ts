import { spawn } from 'node:child_process'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { report, writeTree } from './batch-fixtures.js'
import { temporaryFolder } from './helpers.js'

// The real command in its own process, from the sources (tsx), writing to a
// pipe whose reader stops early, as `kopij convert … | head` does.
const packageFolder = fileURLToPath(new URL('..', import.meta.url))
const bin = join(packageFolder, 'src', 'bin.ts')

function startKopij(args: string[]) {
  return spawn(process.execPath, ['--conditions', 'source', '--import', 'tsx', bin, ...args], {
    cwd: packageFolder,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

test('a reader that closes standard output early ends the command quietly, with 141', async () => {
  const input = join(temporaryFolder(), 'long.md')
  // Far more than a pipe's buffer (64 KiB), so writes go on after the close.
  const section = (index: number) =>
    `## Section ${index}\n\n${'The committee reviewed the budget line by line. '.repeat(40)}\n`
  writeFileSync(
    input,
    `# Long report\n\n${Array.from({ length: 400 }, (_, i) => section(i)).join('\n')}`,
  )

  const child = startKopij(['convert', input, '--to', 'md'])
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

test('a batch whose diagnostics reader closes early still converts every file', async () => {
  const folder = temporaryFolder()
  const names = Array.from({ length: 40 }, (_, index) => `r${String(index).padStart(2, '0')}.md`)
  writeTree(
    join(folder, 'in'),
    Object.fromEntries(names.map((name, index) => [name, report(index)])),
  )

  const child = startKopij([
    'convert',
    join(folder, 'in'),
    '--out',
    join(folder, 'out'),
    '--to',
    'md',
    '-j',
    '1',
  ])
  child.stderr.once('data', () => child.stderr.destroy())
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))

  expect(code).toBe(0)
  expect(
    readdirSync(join(folder, 'out'))
      .filter((name) => name.endsWith('.md'))
      .sort(),
  ).toEqual(names)
}, 60_000)
