/**
 * Convert one input of a batch: read it once, parse it once, write every
 * requested format atomically. Runs in a worker thread (or in-process for
 * `jobs: 1`), so it takes and returns plain data and never throws for a bad
 * input: every problem becomes a message on the result.
 */
import { createHash } from 'node:crypto'
import { readFile, rm, stat } from 'node:fs/promises'
import { type FormatDefinition, formatForPath, getFormat } from 'kopij'
import type { Root } from 'mdast'
import { type Processor, unified } from 'unified'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { BatchMessage, BatchOutput, FileResult, FileTimings } from './batch-result.js'
import { describeFileError } from './file-error.js'
import { decodeText } from './input-check.js'
import { writeAtomic } from './write-atomic.js'

/** One input and where its outputs go. */
export interface ConvertTask {
  /** The input's path as the user gave or the walk found it. */
  input: string
  /** The input's path relative to the batch's base folder. */
  relative: string
  /** Format to read; implied by the input's extension when absent. */
  from?: string | undefined
  /** Each format to write and its output path. */
  targets: Array<{ format: string; path: string }>
  /** Options for each format, under its name (plain JSON). */
  formatOptions: Record<string, unknown>
  /** Inputs larger than this many bytes fail with `input-too-large`. */
  maxBytes: number
}

const source = '@kopij/cli'

/**
 * Convert one input to every target format.
 *
 * @param task The input, the formats and their options.
 * @returns What happened: `converted` with the outputs, or `failed` with the
 *   fatal message last (`input-unreadable`, `input-too-large`,
 *   `input-binary`, `input-empty`, `input-not-utf8`, `input-not-utf16`, `output-unwritable`,
 *   `convert-crashed`, or a format's own).
 */
export async function convertOne(task: ConvertTask): Promise<FileResult> {
  const started = performance.now()
  const timings: FileTimings = { read: 0, parse: 0, formats: {}, total: 0 }
  const file = new VFile({ path: task.input })
  let hash: string | undefined
  const written: BatchOutput[] = []
  const finish = (status: FileResult['status']): FileResult => {
    timings.total = performance.now() - started
    return {
      input: task.input,
      relative: task.relative,
      status,
      outputs: status === 'converted' ? written : [],
      messages: file.messages.map(toBatchMessage),
      hash,
      timings,
    }
  }

  try {
    const reader = readerFormat(task)
    let phase = performance.now()
    const bytes = await readInput(task.input, task.maxBytes, file)
    hash = createHash('sha256').update(bytes).digest('hex')
    timings.read = performance.now() - phase

    phase = performance.now()
    decodeText(bytes, file)
    const tree = await parse(file, reader, task.formatOptions)
    timings.parse = performance.now() - phase

    for (const target of task.targets) {
      phase = performance.now()
      // A writer's transformers may change the tree; each gets its own copy.
      const own = task.targets.length > 1 ? structuredClone(tree) : tree
      const processor = writerProcessor(target.format, task.formatOptions)
      const transformed = await processor.run(own, file)
      const value = processor.stringify(transformed, file)
      if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
        throw new TypeError(`Format "${target.format}" produced neither text nor bytes`)
      }
      try {
        await writeAtomic(target.path, value)
      } catch (error) {
        file.fail(`Cannot write ${target.path}: ${describeFileError(error)}`, {
          ruleId: 'output-unwritable',
          source,
        })
      }
      const size = typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength
      written.push({ format: target.format, path: target.path, bytes: size })
      timings.formats[target.format] = performance.now() - phase
    }
    return finish('converted')
  } catch (error) {
    if (!(error instanceof VFileMessage)) {
      // A bug in a format, not a problem of this input alone: still reported
      // per file so the rest of the batch goes on.
      const reason = error instanceof Error ? error.message : String(error)
      const message = file.message(
        `Conversion crashed: ${reason}; please report this with the input`,
        { ruleId: 'convert-crashed', source, ...(error instanceof Error ? { cause: error } : {}) },
      )
      message.fatal = true
    }
    // "Failed" means nothing of this input is left half done: outputs already
    // written in this attempt go, so a rerun redoes the whole input.
    await Promise.all(written.map((output) => rm(output.path, { force: true })))
    return finish('failed')
  }
}

function readerFormat(task: ConvertTask): FormatDefinition {
  if (task.from !== undefined) return getFormat(task.from)
  const format = formatForPath(task.input)
  if (!format) throw new TypeError(`No format is implied by ${task.input}: give from`)
  return format
}

async function readInput(path: string, maxBytes: number, file: VFile): Promise<Uint8Array> {
  try {
    const { size } = await stat(path)
    if (size > maxBytes) {
      file.fail(
        `Input is ${megabytes(size)} MB, more than the limit of ${megabytes(maxBytes)} MB: split it, or raise the limit with --max-size`,
        { ruleId: 'input-too-large', source },
      )
    }
    return await readFile(path)
  } catch (error) {
    if (error instanceof VFileMessage) throw error
    return file.fail(`Cannot read ${path}: ${describeFileError(error)}`, {
      ruleId: 'input-unreadable',
      source,
      ...(error instanceof Error ? { cause: error } : {}),
    })
  }
}

async function parse(
  file: VFile,
  reader: FormatDefinition,
  formatOptions: Record<string, unknown>,
): Promise<Root> {
  const processor = readerProcessor(reader, formatOptions)
  const tree = await processor.run(processor.parse(file), file)
  if (tree.type !== 'root') throw new TypeError(`Format "${reader.name}" did not read a root`)
  return tree as Root
}

// Processors are made once per worker and settings, not once per file.
const processors = new Map<string, Processor>()

function readerProcessor(
  format: FormatDefinition,
  formatOptions: Record<string, unknown>,
): Processor {
  return cached(`read\0${format.name}`, formatOptions[format.name], () => {
    if (!format.reader) throw new TypeError(`Format "${format.name}" cannot be read`)
    return unified().use(format.reader(formatOptions[format.name]))
  })
}

function writerProcessor(name: string, formatOptions: Record<string, unknown>): Processor {
  const format = getFormat(name)
  return cached(`write\0${format.name}`, formatOptions[format.name], () => {
    if (!format.writer) throw new TypeError(`Format "${format.name}" cannot be written`)
    return unified().use(format.writer(formatOptions[format.name]))
  })
}

function cached(kind: string, options: unknown, make: () => Processor): Processor {
  const key = `${kind}\0${JSON.stringify(options ?? null)}`
  let processor = processors.get(key)
  if (!processor) {
    processor = make().freeze() as Processor
    processors.set(key, processor)
  }
  return processor
}

function toBatchMessage(message: VFileMessage): BatchMessage {
  return {
    reason: message.reason,
    fatal: message.fatal ?? undefined,
    line: message.line,
    column: message.column,
    ruleId: message.ruleId,
    source: message.source,
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1)
}
