/**
 * `kopij convert`: one input (a file or `-` for standard input) to one
 * output (a file, or standard output).
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import {
  convertFile,
  type FormatDefinition,
  formatForPath,
  getFormat,
  listFormats,
  UnknownFormatError,
  type XmlOptions,
} from 'kopij'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { formatDiagnostics } from './diagnostic.js'
import { type ExitCode, exitCode, FileError, UsageError } from './exit-code.js'
import { describeFileError } from './file-error.js'
import { decodeText } from './input-check.js'
import type { Io } from './io.js'
import { writeAtomic } from './write-atomic.js'

/** What the command line asked for. */
export interface ConvertRequest {
  /** Input path, or `-` for standard input. */
  input: string
  /** Output path; standard output when absent. */
  output?: string
  /** Format to read; implied by the input's extension when absent. */
  from?: string
  /** Format to write; implied by the output's extension when absent. */
  to?: string
  /** Language of text input, a BCP 47 tag (`--lang`). */
  lang?: string
  /** Which XML to write, `kopij` or `docbook` (`--xml-profile`). */
  xmlProfile?: string
  /** Show only errors. */
  quiet: boolean
  /** Show info messages too. */
  verbose: boolean
}

/** Standard input has no extension; Markdown is what people pipe most. */
const stdinFormat = 'markdown'

/**
 * Run one conversion.
 *
 * @param request What to convert.
 * @param io The streams.
 * @returns The exit code.
 * @throws {UsageError} For a format that cannot be told or does not exist.
 */
export async function runConvert(request: ConvertRequest, io: Io): Promise<ExitCode> {
  const fromStdin = request.input === '-'
  const from =
    resolveFormat(request.from, fromStdin ? undefined : request.input, 'input', '--from') ??
    getFormat(stdinFormat)
  const to = resolveFormat(request.to, request.output, 'output', '--to')
  if (!to)
    throw new UsageError('Give --to FORMAT or -o FILE with an extension that names the format')
  if (!from.reader) throw new UsageError(`Format "${from.name}" can be written but not read`)
  if (!to.writer) throw new UsageError(`Format "${to.name}" can be read but not written`)
  if (to.binary && request.output === undefined && io.stdoutIsTerminal) {
    throw new UsageError(`${to.name} output is binary: give -o FILE, or redirect standard output`)
  }
  if (
    !fromStdin &&
    request.output !== undefined &&
    resolve(request.output) === resolve(request.input)
  ) {
    throw new UsageError(`Output ${request.output} is the input: kopij never writes over its input`)
  }

  const name = fromStdin ? '<stdin>' : request.input
  const bytes = fromStdin ? await io.readStdin() : await readInput(request.input)
  const file = new VFile({ path: name })
  try {
    decodeText(bytes, file)
    await convertFile(file, {
      from: from.name,
      to: to.name,
      ...(request.lang === undefined ? {} : { text: { language: request.lang } }),
      // The profile is checked by @kopij/xml's options check, whose TypeError
      // names the profiles and becomes a usage error below.
      ...(request.xmlProfile === undefined
        ? {}
        : { xml: { profile: request.xmlProfile as NonNullable<XmlOptions['profile']> } }),
    })
  } catch (error) {
    // A bad --lang or --xml-profile value is misuse, reported as such by the
    // format's options check.
    if (error instanceof TypeError) throw new UsageError(error.message)
    if (!(error instanceof VFileMessage)) throw error
    io.stderr(formatDiagnostics(file, name, request))
    return exitCode.conversionFailed
  }
  io.stderr(formatDiagnostics(file, name, request))

  const output = file.value
  if (request.output === undefined) io.stdout(output)
  else {
    try {
      await writeAtomic(request.output, output)
    } catch (error) {
      throw new FileError(`Cannot write ${request.output}: ${describeFileError(error)}`)
    }
  }
  return exitCode.done
}

function resolveFormat(
  name: string | undefined,
  path: string | undefined,
  role: 'input' | 'output',
  flag: string,
): FormatDefinition | undefined {
  if (name !== undefined) {
    try {
      return getFormat(name)
    } catch (error) {
      if (error instanceof UnknownFormatError) throw new UsageError(error.message)
      throw error
    }
  }
  if (path === undefined) return undefined
  const format = formatForPath(path)
  if (!format) {
    const extensions = listFormats().flatMap((known) => known.extensions)
    throw new UsageError(
      `Cannot tell the format of ${role} ${path} from its extension (known: ${extensions.join(', ')}): give ${flag} FORMAT`,
    )
  }
  return format
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (error) {
    const folder =
      typeof error === 'object' && error !== null && 'code' in error && error.code === 'EISDIR'
    throw new FileError(
      `Cannot read ${path}: ${describeFileError(error)}${folder ? ' (give --out DIR to convert every file in it)' : ''}`,
    )
  }
}
