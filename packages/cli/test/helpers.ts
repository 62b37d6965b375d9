import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Io, run } from '@kopij/cli'

/** What a run printed and returned. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Run the command in-process with captured streams.
 *
 * @param argv Arguments after `kopij`.
 * @param stdin What standard input holds.
 * @param stdoutIsTerminal Whether to pretend standard output is a terminal.
 */
export async function runKopij(
  argv: string[],
  stdin = '',
  stdoutIsTerminal = false,
): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const io: Io = {
    readStdin: async () => new TextEncoder().encode(stdin),
    stdout: (chunk) => {
      stdout += typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk)
    },
    stderr: (chunk) => {
      stderr += chunk
    },
    stdoutIsTerminal,
  }
  const code = await run(argv, io)
  return { code, stdout, stderr }
}

/** A fresh temporary folder. */
export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'kopij-cli-'))
}
