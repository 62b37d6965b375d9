/**
 * Conversion between any two registered formats, through one unified
 * processor: the reader's parser, then the writer's compiler.
 */
import type { Options as DocxOptions } from '@kopij/docx'
import type { Options as MarkdownOptions } from '@kopij/markdown'
import type { Options as PdfOptions } from '@kopij/pdf'
import type { Options as TextOptions } from '@kopij/text'
import type { Options as XmlOptions } from '@kopij/xml'
import { type Processor, unified } from 'unified'
import { VFile } from 'vfile'
import { decodeInto } from './decode.js'
import { formatForPath, getFormat, listFormats } from './format.js'
import './formats/builtin.js'

/**
 * Options for each format, under the format's name. Each format package adds
 * its own key here when it is registered.
 */
export interface FormatOptions {
  /** Options for writing Markdown. */
  markdown?: MarkdownOptions
  /** Options for writing PDF. */
  pdf?: PdfOptions
  /** Options for reading raw report text. */
  text?: TextOptions
  /** Options for writing XML: the profile (kopij or DocBook) and positions. */
  xml?: XmlOptions
  /** Options for writing DOCX. */
  docx?: DocxOptions
}

/** What to convert from and to, and how. */
export interface ConvertOptions extends FormatOptions {
  /** Format to read (default: implied by `path`). */
  from?: string
  /** Format to write (required). */
  to: string
  /** Path or name of the input: used in messages and to imply `from`. */
  path?: string
}

/** What `createProcessor` needs: the formats and their options. */
export type ProcessorOptions = Omit<ConvertOptions, 'path'> & { from: string }

/**
 * Make a frozen unified processor that reads `from` and writes `to`. Extra
 * plugins can be added with `.use()` on a copy (`processor()`).
 *
 * @param options The formats and their options.
 * @returns The processor.
 * @throws {UnknownFormatError} For a format no package registered.
 * @throws {TypeError} When `from` cannot be read or `to` cannot be written, or
 *   for an unknown option.
 */
export function createProcessor(options: ProcessorOptions): Processor {
  checkOptionNames(options)
  const reader = getFormat(options.from)
  const writer = getFormat(options.to)
  if (!reader.reader)
    throw new TypeError(
      `Format "${reader.name}" can be written but not read: use one of ${readableNames()}`,
    )
  if (!writer.writer) throw new TypeError(`Format "${writer.name}" can be read but not written`)
  const formatOptions: Record<string, unknown> = options
  return unified()
    .use(reader.reader(formatOptions[reader.name]))
    .use(writer.writer(formatOptions[writer.name]))
    .freeze()
}

/**
 * Convert a file, keeping every message on it.
 *
 * @param file The input file; bytes are decoded as UTF-8 first.
 * @param options Formats and their options; `from` defaults to what
 *   `file.path` implies.
 * @returns The same file, its value now the output (a string, or bytes for
 *   binary formats).
 * @throws {VFileMessage} The fatal message, also on `file.messages`, when the
 *   input cannot be converted (`input-not-utf8`, or a format's own).
 * @throws {TypeError} For unknown formats or options (misuse, not bad input).
 */
export async function convertFile(
  file: VFile,
  options: Omit<ConvertOptions, 'path'>,
): Promise<VFile> {
  const from = options.from ?? impliedFormat(file.path)
  const processor = createProcessor({ ...options, from })
  if (file.value instanceof Uint8Array) decodeInto(file.value, file)
  return processor.process(file)
}

/**
 * Convert a document from one format to another.
 *
 * @param input The document: text, or UTF-8 bytes.
 * @param options Formats and their options.
 * @returns The output: a string for text formats, bytes for binary ones.
 * @throws {ConversionError} When the input cannot be converted; its `file`
 *   holds every message.
 * @throws {TypeError} For unknown formats or options.
 */
export async function convert(
  input: string | Uint8Array,
  options: ConvertOptions,
): Promise<string | Uint8Array> {
  const { path, ...rest } = options
  const file = new VFile(path === undefined ? { value: input } : { path, value: input })
  try {
    await convertFile(file, rest)
  } catch (error) {
    if (error instanceof TypeError) throw error
    throw new ConversionError(file, error)
  }
  return file.value
}

/** Thrown by `convert` when a document cannot be converted. */
export class ConversionError extends Error {
  override name = 'ConversionError'
  /** The file with every message, the fatal one last. */
  readonly file: VFile

  constructor(file: VFile, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause })
    this.file = file
  }
}

function impliedFormat(path: string | undefined): string {
  if (path === undefined)
    throw new TypeError('Give `from`: the input has no path to imply its format')
  const format = formatForPath(path)
  if (!format) {
    throw new TypeError(
      `Give \`from\`: the extension of "${path}" implies no format (${listFormats()
        .flatMap((f) => f.extensions)
        .join(', ')})`,
    )
  }
  return format.name
}

const ownOptions = new Set(['from', 'to', 'path'])

function checkOptionNames(options: object): void {
  const formats = new Set(listFormats().map((format) => format.name))
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined || ownOptions.has(name) || formats.has(name)) continue
    throw new TypeError(
      `Unknown conversion option "${name}": use from, to, path, or a format name (${[...formats].join(', ')}) for its options`,
    )
  }
}

function readableNames(): string {
  return listFormats()
    .filter((format) => format.reader)
    .map((format) => format.name)
    .join(', ')
}
