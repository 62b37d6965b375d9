/**
 * `kopij convert` over many inputs: runs `convertFiles` and reports on
 * standard error (progress, diagnostics, a summary) and, with `--json`, on
 * standard output (one JSON object per input, then the summary).
 */
import { type FormatOptions, getFormat } from 'kopij'
import type { FileResult } from './batch-result.js'
import { convertFiles } from './convert-files.js'
import { formatDiagnostic, isShown } from './diagnostic.js'
import { type ExitCode, exitCode, UsageError } from './exit-code.js'
import type { Io } from './io.js'
import { createProgressWriter, duration } from './progress.js'

/** What the command line asked for. */
export interface BatchRequest {
  /** Files, folders and glob patterns. */
  inputs: string[]
  /** The output folder. */
  out: string
  /** Formats to write. */
  to: string[]
  /** Format to read (default: by extension). */
  from?: string | undefined
  /** Files at once (default: cores). */
  jobs?: number | undefined
  /** Redo up-to-date inputs. */
  force: boolean
  /** Largest input in bytes. */
  maxBytes?: number | undefined
  /** Heap limit of each worker thread, in MiB. */
  maxMemory?: number | undefined
  /** Options under each format's name. */
  formatOptions: Record<string, unknown>
  /** JSON Lines report on standard output. */
  json: boolean
  /** Show only errors. */
  quiet: boolean
  /** Show info messages and per-file timings too. */
  verbose: boolean
}

/** The summary at the end of a batch, also the last `--json` line. */
export interface BatchSummary {
  type: 'summary'
  files: number
  converted: number
  skipped: number
  failed: number
  /** Inputs left undone because the run was interrupted. */
  notStarted: number
  formats: string[]
  warnings: number
  /** Files in given folders that no readable format claims. */
  ignored: number
  seconds: number
  filesPerSecond: number
  /** Peak resident memory of the process (workers included), in bytes. */
  peakMemoryBytes: number
  interrupted: boolean
}

/**
 * Run a batch.
 *
 * @param request What to convert.
 * @param io The streams.
 * @returns 0 when every input was converted or up to date, 1 when any
 *   failed, 130 when interrupted.
 * @throws {UsageError} For unknown formats or options and impossible outputs.
 */
export async function runBatch(request: BatchRequest, io: Io): Promise<ExitCode> {
  const controller = new AbortController()
  const stopListening = io.onInterrupt?.(() => {
    controller.abort()
    io.stderr('\nkopij: interrupted: finishing the files under way (Ctrl-C again to quit now)\n')
  })
  const progress = createProgressWriter({
    write: io.stderr,
    isTerminal: io.stderrIsTerminal === true,
  })
  let total = 0
  let ignored = 0
  let warnings = 0
  const counts = { converted: 0, skipped: 0, failed: 0 }
  const started = performance.now()

  const results = convertFiles(request.inputs, {
    ...(request.formatOptions as FormatOptions),
    out: request.out,
    to: request.to,
    from: request.from,
    jobs: request.jobs,
    force: request.force,
    maxBytes: request.maxBytes,
    maxMemory: request.maxMemory,
    signal: controller.signal,
    onProgress: (event) => {
      if (event.type === 'start') {
        total = event.total
        ignored = event.ignored.length
        if (request.verbose)
          for (const path of event.ignored) io.stderr(`${path}: ignored: no readable format\n`)
      } else if (!request.quiet) progress.progress(event)
    },
  })

  try {
    for await (const result of results) {
      counts[result.status]++
      warnings += result.messages.filter((message) => message.fatal === false).length
      progress.note(diagnostics(result, request))
      if (request.json) io.stdout(`${JSON.stringify({ type: 'file', ...result })}\n`)
    }
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(error.message)
    throw error
  } finally {
    stopListening?.()
    progress.end()
  }

  const seconds = (performance.now() - started) / 1000
  const done = counts.converted + counts.skipped + counts.failed
  const summary: BatchSummary = {
    type: 'summary',
    files: total,
    ...counts,
    notStarted: total - done,
    formats: [...new Set(request.to.map((name) => getFormat(name).name))],
    warnings,
    ignored,
    seconds,
    filesPerSecond: done / seconds,
    peakMemoryBytes: process.resourceUsage().maxRSS * 1024,
    interrupted: controller.signal.aborted,
  }
  if (request.json) io.stdout(`${JSON.stringify(summary)}\n`)
  if (!request.quiet || counts.failed > 0) io.stderr(describeSummary(summary))
  if (summary.interrupted) return exitCode.interrupted
  return counts.failed > 0 ? exitCode.conversionFailed : exitCode.done
}

function diagnostics(result: FileResult, request: BatchRequest): string {
  const shown = result.messages.filter((message) => isShown(message, request))
  let text = shown.map((message) => `${formatDiagnostic(message, result.input)}\n`).join('')
  if (request.verbose && result.status !== 'failed') {
    const formats = Object.entries(result.timings.formats)
      .map(([format, ms]) => `${format} ${ms.toFixed(1)} ms`)
      .join(', ')
    text += `${result.input}: ${result.status}: read ${result.timings.read.toFixed(1)} ms, parse ${result.timings.parse.toFixed(1)} ms${formats ? `, ${formats}` : ''}\n`
  }
  return text
}

function describeSummary(summary: BatchSummary): string {
  const parts = [
    `${summary.converted} converted`,
    `${summary.skipped} up to date`,
    `${summary.failed} failed`,
  ]
  if (summary.notStarted > 0) parts.push(`${summary.notStarted} not started`)
  const lines = [
    `kopij: ${summary.files} files to ${summary.formats.join(', ')} in ${summary.seconds.toFixed(1)} s (${summary.filesPerSecond.toFixed(1)} files/s): ${parts.join(', ')}; ${summary.warnings} warnings${summary.ignored > 0 ? `; ${summary.ignored} ${summary.ignored === 1 ? 'file' : 'files'} ignored (no readable format)` : ''}\n`,
  ]
  if (summary.interrupted)
    lines.push(
      `kopij: interrupted after ${duration(summary.seconds * 1000)}: run the same command again to convert the rest\n`,
    )
  return lines.join('')
}
