/**
 * The streams the command talks to. Passing them in keeps the command
 * testable in-process and lets a script embed it.
 */
import { Buffer } from 'node:buffer'

/** Where the command reads and writes. */
export interface Io {
  /** Reads all of standard input. */
  readStdin(): Promise<Uint8Array>
  /** Writes to standard output. */
  stdout(chunk: string | Uint8Array): void
  /** Writes to standard error. */
  stderr(chunk: string): void
  /** Whether standard output is a terminal (binary output is then refused). */
  stdoutIsTerminal: boolean
  /** Whether standard error is a terminal (a live progress line instead of a line per file). */
  stderrIsTerminal?: boolean
  /**
   * Call `listener` on Ctrl-C instead of ending the process, until the
   * returned function is called. A second Ctrl-C ends the process.
   */
  onInterrupt?: (listener: () => void) => () => void
}

/**
 * Exit code when the reader of standard output went away (`kopij … | head`):
 * 128 + SIGPIPE, what a shell reports for `cat` or `git` cut short the same
 * way, so `set -o pipefail` scripts still see that the output was not all
 * read.
 */
const readerGoneExitCode = 141

/**
 * End quietly once the reader of standard output has closed the pipe. Node
 * ignores SIGPIPE, so without this every later write raises an unhandled
 * EPIPE error and a stack trace that says nothing useful to the user.
 *
 * @param error The stream's error.
 */
function endWhenReaderGone(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(readerGoneExitCode)
  throw error
}

/**
 * Diagnostics to a reader that has gone (`kopij … 2>&1 | head`) are lost, but
 * the conversions go on: their outputs are files, which the closed pipe does
 * not touch.
 *
 * @param error The stream's error.
 */
function ignoreWhenReaderGone(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error
}

/**
 * The process's own streams.
 *
 * @returns The `Io` of this process.
 */
export function processIo(): Io {
  if (!process.stdout.listeners('error').includes(endWhenReaderGone))
    process.stdout.on('error', endWhenReaderGone)
  if (!process.stderr.listeners('error').includes(ignoreWhenReaderGone))
    process.stderr.on('error', ignoreWhenReaderGone)
  return {
    async readStdin() {
      const chunks: Buffer[] = []
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array))
      return new Uint8Array(Buffer.concat(chunks))
    },
    stdout(chunk) {
      process.stdout.write(chunk)
    },
    stderr(chunk) {
      process.stderr.write(chunk)
    },
    stdoutIsTerminal: process.stdout.isTTY === true,
    stderrIsTerminal: process.stderr.isTTY === true,
    onInterrupt(listener) {
      let interrupted = false
      const handle = () => {
        if (interrupted) process.exit(130)
        interrupted = true
        listener()
      }
      process.on('SIGINT', handle)
      process.on('SIGTERM', handle)
      return () => {
        process.off('SIGINT', handle)
        process.off('SIGTERM', handle)
      }
    },
  }
}
