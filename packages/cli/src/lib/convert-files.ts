/**
 * Batch conversion as a library: many inputs, every requested format, an
 * output folder mirroring the input tree, worker threads, a manifest to
 * resume from, and progress events.
 */

import { createHash } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path'
import {
  createProcessor,
  type FormatDefinition,
  type FormatOptions,
  formatForPath,
  getFormat,
  listFormats,
  UnknownFormatError,
} from 'kopij'
import { glob } from 'tinyglobby'
import { type BatchInput, expandInputs, isInside } from './batch-inputs.js'
import type { FileResult } from './batch-result.js'
import { type ConvertTask, convertOne } from './convert-one.js'
import { hashSettings, isUpToDate, Manifest } from './manifest.js'
import { createWorkerPool, type WorkerPool } from './worker-pool.js'

/** Options for `convertFiles`. */
export interface ConvertFilesOptions extends FormatOptions {
  /** The output folder; outputs mirror the input tree below it (required). */
  out: string
  /** The format or formats to write: `'markdown'` or `['markdown', 'pdf']` (required). */
  to: string | readonly string[]
  /** The format to read every input as (default: implied by each input's extension). */
  from?: string | undefined
  /** How many files to convert at once, each on its own worker thread (default: the number of cores). */
  jobs?: number | undefined
  /** Redo every input, also those the manifest says are up to date (default: `false`). */
  force?: boolean | undefined
  /** Inputs larger than this many bytes fail with `input-too-large` (default: 10 MiB). */
  maxBytes?: number | undefined
  /**
   * Heap limit of each worker thread in MiB (default: Node's own). An input
   * whose conversion needs more fails with `input-out-of-memory` and the
   * batch goes on on a fresh worker. Setting it runs even `jobs: 1` on a
   * worker thread, so the limit holds.
   */
  maxMemory?: number | undefined
  /** Stop starting new inputs when aborted; inputs under way are finished. */
  signal?: AbortSignal | undefined
  /** Called when the inputs are known and after each input. */
  onProgress?: ((event: BatchEvent) => void) | undefined
}

/** A progress event of `convertFiles`. */
export type BatchEvent = BatchStart | BatchProgress

/** The inputs are known; conversion starts. */
export interface BatchStart {
  type: 'start'
  /** How many inputs there are. */
  total: number
  /** The folder the input tree is mirrored from. */
  base: string
  /** Files in given folders or patterns that no readable format claims (not converted). */
  ignored: string[]
}

/** One more input is done. */
export interface BatchProgress {
  type: 'progress'
  /** The input just done. */
  result: FileResult
  /** Inputs done so far, and how many of those were converted, skipped, failed. */
  done: number
  converted: number
  skipped: number
  failed: number
  /** How many inputs there are. */
  total: number
  /** Milliseconds since the batch started. */
  elapsed: number
  /** Inputs done per second so far. */
  filesPerSecond: number
  /** Estimated milliseconds left, from the rate so far. */
  remaining: number
}

/**
 * Inputs this large take remark more than a minute and a gigabyte to parse
 * (docs/performance.md: 10 MB ~100 s, 1.2 GiB, quadratic); a batch should
 * not stall on one by default.
 */
const defaultMaxBytes = 10 * 1024 * 1024

/** MiB: a worker thread with the formats loaded and one small input uses about 100. */
const minimumMemory = 128

/** Temporary files `writeAtomic` leaves behind only when a run is killed. */
const staleTemporary = /^\..+\.[0-9a-f]{12}\.tmp$/

/**
 * Convert many files. Inputs are files, folders (walked for files a readable
 * format claims) and glob patterns. Each input is read and parsed once and
 * written in every format of `to` under `out`, mirroring the input tree
 * (`reports/2024/a.md` → `out/2024/a.pdf`), atomically. A file that fails is
 * reported in its result and the batch goes on. Inputs whose outputs are up
 * to date by the manifest in `out` are skipped unless `force`.
 *
 * @param inputs Files, folders and glob patterns.
 * @param options Output folder, formats, their options, jobs.
 * @returns The results, one per input, in the order they finish.
 * @throws {TypeError} On the first `next()`: for an unknown format or option,
 *   no inputs, outputs that would collide, overwrite an input or leave `out`.
 */
export async function* convertFiles(
  inputs: string | readonly string[],
  options: ConvertFilesOptions,
): AsyncGenerator<FileResult, void, undefined> {
  const started = performance.now()
  const settings = checkOptions(options)
  const out = resolve(settings.out)
  const found = await expandInputs(typeof inputs === 'string' ? [inputs] : [...inputs], {
    isReadable: (path) => readerFor(path, settings.from) !== undefined,
    exclude: out,
  })
  if (found.files.length === 0) {
    throw new TypeError(
      `No inputs: ${found.ignored.length > 0 ? `${found.ignored.length} files found, none in a readable format` : 'nothing matched'}`,
    )
  }
  const tasks = planTasks(found.files, out, settings)
  options.onProgress?.({
    type: 'start',
    total: tasks.length,
    base: found.base,
    ignored: found.ignored,
  })

  await removeStaleTemporaries(out)
  const manifest = await Manifest.load(out)
  const jobs = Math.min(settings.jobs, tasks.length)
  const pool: WorkerPool | undefined =
    jobs > 1 || settings.maxMemory !== undefined
      ? createWorkerPool(jobs, settings.maxMemory)
      : undefined
  const convert = pool ? pool.run : convertOne
  const counts = { converted: 0, skipped: 0, failed: 0 }

  const attempt = async (planned: PlannedTask): Promise<FileResult> => {
    if (!settings.force) {
      const skipped = await skipIfUpToDate(planned, manifest, out)
      if (skipped) return skipped
    }
    let result: FileResult
    try {
      result = await convert(planned.task)
    } catch (error) {
      // convertOne reports every problem of an input in its result; only a
      // worker that died (out of memory, killed) gets here. The pool starts a
      // new one and the batch goes on.
      result = crashed(planned.task, error, settings.maxMemory)
    }
    if (result.status === 'converted' && result.hash !== undefined) {
      await manifest.record({
        input: planned.task.relative,
        hash: result.hash,
        outputs: planned.wanted,
      })
    } else if (result.status === 'failed') manifest.forget(planned.task.relative)
    return result
  }

  const running = new Map<number, Promise<{ id: number; result: FileResult }>>()
  let next = 0
  let done = 0
  try {
    // Twice as many under way as there are workers, so none waits for the
    // main thread between two files; few enough that memory stays flat.
    const window = jobs * 2
    while (true) {
      while (running.size < window && next < tasks.length && !settings.signal?.aborted) {
        const id = next++
        const planned = tasks[id] as PlannedTask
        running.set(
          id,
          attempt(planned).then((result) => ({ id, result })),
        )
      }
      if (running.size === 0) break
      const { id, result } = await Promise.race(running.values())
      running.delete(id)
      done++
      counts[result.status]++
      const elapsed = performance.now() - started
      const filesPerSecond = done / (elapsed / 1000)
      options.onProgress?.({
        type: 'progress',
        result,
        done,
        ...counts,
        total: tasks.length,
        elapsed,
        filesPerSecond,
        remaining: ((tasks.length - done) / filesPerSecond) * 1000,
      })
      yield result
    }
  } finally {
    // Also when the caller stops iterating: let inputs under way finish, so
    // every output is whole and in the manifest.
    await Promise.allSettled(running.values())
    await pool?.destroy()
    await manifest.compact()
  }
}

interface Settings {
  out: string
  formats: FormatDefinition[]
  from: FormatDefinition | undefined
  jobs: number
  force: boolean
  maxBytes: number
  maxMemory: number | undefined
  formatOptions: Record<string, unknown>
  signal: AbortSignal | undefined
}

interface PlannedTask {
  task: ConvertTask
  /** For each format: the output relative to `out`, and the settings hash. */
  wanted: Record<string, { path: string; settings: string }>
}

const ownOptions = new Set([
  'out',
  'to',
  'from',
  'jobs',
  'force',
  'maxBytes',
  'maxMemory',
  'signal',
  'onProgress',
])

function checkOptions(options: ConvertFilesOptions): Settings {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('Give options: at least `out` and `to`')
  if (typeof options.out !== 'string' || options.out === '')
    throw new TypeError('Give `out`: the folder to write into')
  const names = typeof options.to === 'string' ? options.to.split(',') : [...(options.to ?? [])]
  if (names.length === 0) throw new TypeError('Give `to`: one or more formats to write')
  const formats = unique(names.map((name) => knownFormat(name.trim())))
  for (const format of formats) {
    if (!format.writer) throw new TypeError(`Format "${format.name}" can be read but not written`)
  }
  const from = options.from === undefined ? undefined : knownFormat(options.from)
  if (from && !from.reader) throw new TypeError(`Format "${from.name}" can be written but not read`)
  const jobs = options.jobs ?? availableParallelism()
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new TypeError(`\`jobs\` must be a whole number of 1 or more, not ${String(jobs)}`)
  const maxBytes = options.maxBytes ?? defaultMaxBytes
  if (typeof maxBytes !== 'number' || !(maxBytes > 0))
    throw new TypeError(`\`maxBytes\` must be a positive number, not ${String(maxBytes)}`)
  const maxMemory = options.maxMemory
  // Below this a worker cannot even load the formats: every input would fail.
  if (maxMemory !== undefined && (typeof maxMemory !== 'number' || !(maxMemory >= minimumMemory)))
    throw new TypeError(
      `The worker memory limit (maxMemory, --max-memory) must be at least ${minimumMemory} MiB, not ${String(maxMemory)}`,
    )

  const formatNames = listFormats().map((format) => format.name)
  const formatOptions: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(options)) {
    if (ownOptions.has(name) || value === undefined) continue
    if (!formatNames.includes(name)) {
      throw new TypeError(
        `Unknown option "${name}": use ${[...ownOptions].join(', ')}, or a format name (${formatNames.join(', ')}) for its options`,
      )
    }
    formatOptions[name] = value
  }
  // Each format checks its own options when a processor is made: done here
  // once, so misuse fails before any work.
  const readers = from ? [from] : listFormats().filter((format) => format.reader)
  for (const reader of readers) {
    for (const format of formats) {
      createProcessor({ from: reader.name, to: format.name, ...formatOptions })
    }
  }
  return {
    out: options.out,
    formats,
    from,
    jobs,
    force: options.force === true,
    maxBytes,
    maxMemory,
    formatOptions,
    signal: options.signal,
  }
}

function knownFormat(name: string): FormatDefinition {
  try {
    return getFormat(name)
  } catch (error) {
    if (error instanceof UnknownFormatError) throw new TypeError(error.message)
    throw error
  }
}

function readerFor(path: string, from: FormatDefinition | undefined): FormatDefinition | undefined {
  if (from) return from
  const format = formatForPath(path)
  return format?.reader ? format : undefined
}

function planTasks(files: BatchInput[], out: string, settings: Settings): PlannedTask[] {
  const inputs = new Set(files.map((file) => file.absolute))
  const claimed = new Map<string, string>()
  const planned: PlannedTask[] = []
  for (const file of files) {
    const reader = readerFor(file.absolute, settings.from)
    if (!reader) {
      throw new TypeError(
        `Cannot tell the format of input ${file.input} from its extension: give from`,
      )
    }
    const targets: ConvertTask['targets'] = []
    const wanted: PlannedTask['wanted'] = {}
    for (const format of settings.formats) {
      const path = join(out, withExtension(file.relative, reader, format))
      if (!isInside(path, out) || isAbsolute(relative(out, path)) === true) {
        throw new TypeError(`Output ${path} for ${file.input} would be outside ${out}`)
      }
      if (inputs.has(path)) {
        throw new TypeError(
          `Output ${path} is an input: kopij never writes over its input; choose another out folder`,
        )
      }
      const other = claimed.get(path)
      if (other !== undefined) {
        throw new TypeError(`Inputs ${other} and ${file.input} would both be written to ${path}`)
      }
      claimed.set(path, file.input)
      targets.push({ format: format.name, path })
      wanted[format.name] = {
        path: relative(out, path),
        settings: hashSettings([
          reader.name,
          settings.formatOptions[reader.name] ?? null,
          format.name,
          settings.formatOptions[format.name] ?? null,
        ]),
      }
    }
    planned.push({
      task: {
        input: file.input,
        relative: file.relative,
        from: reader.name,
        targets,
        formatOptions: settings.formatOptions,
        maxBytes: settings.maxBytes,
      },
      wanted,
    })
  }
  return planned
}

/** `2024/nota.md` → `2024/nota.pdf`: the reader's extension swapped for the writer's. */
function withExtension(path: string, reader: FormatDefinition, writer: FormatDefinition): string {
  const lower = path.toLowerCase()
  const known = reader.extensions.find((extension) => lower.endsWith(extension))
  const stem = known
    ? path.slice(0, -known.length)
    : path.slice(0, -extname(path).length || undefined)
  return `${stem}${writer.extensions[0] ?? `.${writer.name}`}`
}

async function skipIfUpToDate(
  planned: PlannedTask,
  manifest: Manifest,
  out: string,
): Promise<FileResult | undefined> {
  const entry = manifest.get(planned.task.relative)
  if (!entry) return undefined
  const started = performance.now()
  let bytes: Buffer
  try {
    bytes = await readFile(planned.task.input)
  } catch {
    return undefined
  }
  const hash = createHash('sha256').update(bytes).digest('hex')
  if (!(await isUpToDate(entry, hash, planned.wanted, out))) return undefined
  const total = performance.now() - started
  return {
    input: planned.task.input,
    relative: planned.task.relative,
    status: 'skipped',
    outputs: [],
    messages: [],
    hash,
    timings: { read: total, parse: 0, formats: {}, total },
  }
}

async function removeStaleTemporaries(out: string): Promise<void> {
  const candidates = await glob('**/.*.tmp', {
    cwd: out,
    absolute: true,
    dot: true,
    onlyFiles: true,
  })
  await Promise.all(
    candidates
      .filter((path) => staleTemporary.test(basename(path)))
      .map((path) => rm(path, { force: true })),
  )
}

function crashed(task: ConvertTask, error: unknown, maxMemory: number | undefined): FileResult {
  const outOfMemory =
    error instanceof Error && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY'
  const message = outOfMemory
    ? {
        reason:
          maxMemory === undefined
            ? 'Converting this input needs more memory than a worker thread has: split the input'
            : `Converting this input needs more memory than the limit of ${maxMemory} MiB per worker: raise the limit (--max-memory), or split the input`,
        ruleId: 'input-out-of-memory',
      }
    : {
        reason: `Conversion crashed: ${error instanceof Error ? error.message : String(error)}; please report this with the input`,
        ruleId: 'convert-crashed',
      }
  return {
    input: task.input,
    relative: task.relative,
    status: 'failed',
    outputs: [],
    messages: [
      { reason: message.reason, fatal: true, ruleId: message.ruleId, source: '@kopij/cli' },
    ],
    timings: { read: 0, parse: 0, formats: {}, total: 0 },
  }
}

function unique(formats: FormatDefinition[]): FormatDefinition[] {
  return [...new Set(formats)]
}
