import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { manifestName } from '@kopij/cli'
import { convert } from 'kopij'
import { describe, expect, test } from 'vitest'
import { report, writeTree } from './batch-fixtures.js'
import { temporaryFolder } from './helpers.js'

// The real command in its own process, from the sources (tsx), so a signal
// reaches it as it would from a terminal.
const packageFolder = fileURLToPath(new URL('..', import.meta.url))
const bin = join(packageFolder, 'src', 'bin.ts')
const count = 300

function startKopij(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--conditions', 'source', '--import', 'tsx', bin, ...args], {
    cwd: packageFolder,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** Run until `done` files are reported, then send `signal`; resolve with the exit. */
function interruptAfter(
  child: ChildProcess,
  done: number,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  let stderr = ''
  let sent = false
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk
    const reached = [...stderr.matchAll(/^\[(\d+)\//gm)].some((match) => Number(match[1]) >= done)
    if (reached && !sent) {
      sent = true
      child.kill(signal)
    }
  })
  return new Promise((resolve) => {
    child.on('exit', (code, exitSignal) => resolve({ code, signal: exitSignal, stderr }))
  })
}

function makeBatch(): { input: string; out: string; inputs: Record<string, string> } {
  const folder = temporaryFolder()
  const inputs = Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `r${String(index).padStart(3, '0')}.md`,
      report(index),
    ]),
  )
  writeTree(join(folder, 'in'), inputs)
  return { input: join(folder, 'in'), out: join(folder, 'out'), inputs }
}

/** Every output present is whole: exactly the conversion of its input. */
async function expectWholeOutputs(out: string, inputs: Record<string, string>): Promise<string[]> {
  const names = readdirSync(out).filter((name) => name.endsWith('.md'))
  for (const name of names) {
    expect(readFileSync(join(out, name), 'utf8')).toBe(
      await convert(inputs[name] as string, { from: 'md', to: 'md' }),
    )
  }
  return names
}

describe('an interrupted batch', () => {
  test('should stop cleanly on Ctrl-C, leave no partial files, and resume', async () => {
    const { input, out, inputs } = makeBatch()
    const args = ['convert', input, '--out', out, '--to', 'md', '--jobs', '2']
    const first = await interruptAfter(startKopij(args), 20, 'SIGINT')
    expect(first.code).toBe(130)
    expect(first.stderr).toMatch(/kopij: interrupted: finishing the files under way/)
    expect(first.stderr).toMatch(/run the same command again to convert the rest\n$/)
    const written = await expectWholeOutputs(out, inputs)
    expect(written.length).toBeGreaterThanOrEqual(20)
    expect(written.length).toBeLessThan(count)
    // No temporary files: the files under way were finished, not cut.
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const rest = await interruptAfter(startKopij(args), count + 1, 'SIGINT')
    expect(rest.code).toBe(0)
    expect(rest.stderr).toMatch(
      new RegExp(`: ${count - written.length} converted, ${written.length} up to date, 0 failed;`),
    )
    expect((await expectWholeOutputs(out, inputs)).length).toBe(count)
  }, 180_000)

  test('should leave only whole outputs when killed outright, and finish on a rerun', async () => {
    const { input, out, inputs } = makeBatch()
    const args = ['convert', input, '--out', out, '--to', 'md', '--jobs', '2']
    const killed = await interruptAfter(startKopij(args), 20, 'SIGKILL')
    expect(killed.signal).toBe('SIGKILL')
    const written = await expectWholeOutputs(out, inputs)
    expect(written.length).toBeLessThan(count)

    const rest = await interruptAfter(startKopij(args), count + 1, 'SIGINT')
    expect(rest.code).toBe(0)
    expect((await expectWholeOutputs(out, inputs)).length).toBe(count)
    // Temporary files a kill left behind are gone after the rerun.
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect(readFileSync(join(out, manifestName), 'utf8').trim().split('\n')).toHaveLength(count)
  }, 180_000)
})
