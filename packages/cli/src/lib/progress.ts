/**
 * Batch progress on standard error. On a terminal: one live line with the
 * count, rate and time left, redrawn in place. Elsewhere (CI logs, files):
 * one line per input, since a redrawn line shows nothing there. Written by
 * hand: cli-progress prints nothing without a terminal, and a plain writer
 * covers both cases with no dependency (docs/dependencies.md §5).
 */
import type { BatchProgress, BatchStart } from './convert-files.js'

/** How the writer behaves. */
export interface ProgressOptions {
  /** Writes to standard error. */
  write: (text: string) => void
  /** Whether standard error is a terminal (live line) or not (line per input). */
  isTerminal: boolean
}

/** Redraw the live line at most this often: faster is flicker, not information. */
const redrawInterval = 100

/** Draws progress; `note` prints a line above the live line. */
export interface ProgressWriter {
  start(event: BatchStart): void
  progress(event: BatchProgress): void
  /** Print lines (diagnostics) without breaking the live line. */
  note(text: string): void
  /** Clear the live line before the summary. */
  end(): void
}

/**
 * Make a progress writer.
 *
 * @param options Where to write and whether it is a terminal.
 * @returns The writer.
 */
export function createProgressWriter(options: ProgressOptions): ProgressWriter {
  const { write, isTerminal } = options
  let live = ''
  let lastDrawn = 0
  const clear = () => {
    if (live !== '') write('\r\x1b[K')
  }
  return {
    start() {},
    progress(event) {
      if (!isTerminal) {
        const status = { converted: 'ok', skipped: 'up to date', failed: 'failed' }[
          event.result.status
        ]
        write(`[${event.done}/${event.total}] ${event.result.input}: ${status}\n`)
        return
      }
      const now = performance.now()
      if (now - lastDrawn < redrawInterval && event.done < event.total) return
      lastDrawn = now
      clear()
      live = `[${event.done}/${event.total}] ${event.filesPerSecond.toFixed(1)} files/s, ${duration(event.remaining)} left${event.failed > 0 ? `, ${event.failed} failed` : ''}`
      write(live)
    },
    note(text) {
      if (text === '') return
      clear()
      write(text)
      if (live !== '') write(live)
    },
    end() {
      clear()
      live = ''
    },
  }
}

/**
 * Milliseconds as `m:ss` (or `h:mm:ss`).
 *
 * @param milliseconds The time.
 * @returns The text.
 */
export function duration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds)) return '?'
  const seconds = Math.round(milliseconds / 1000)
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = String(seconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
