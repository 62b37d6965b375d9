/**
 * The kopij command line: parses arguments with commander and maps every
 * outcome to an exit code (0 done, 1 conversion failed, 2 usage error).
 */
import { readFileSync } from 'node:fs'
import { Command, CommanderError } from 'commander'
import { listFormats } from 'kopij'
import { runBatch } from './batch-command.js'
import { runConvert } from './convert-command.js'
import { type ConvertFlags, toBatchRequest } from './convert-flags.js'
import { type ExitCode, exitCode, FileError, UsageError } from './exit-code.js'
import type { Io } from './io.js'

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  version: string
}

/**
 * Run the kopij command.
 *
 * @param argv The arguments after the program name: `['convert', 'a.md', '-o', 'b.md']`.
 * @param io The streams to use.
 * @returns The exit code.
 */
export async function run(argv: string[], io: Io): Promise<ExitCode> {
  let code: ExitCode = exitCode.done
  const program = new Command('kopij')
    .description('Turn raw report text into accessible publications.')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
    })
    .showHelpAfterError('(run kopij --help for usage)')

  program
    .command('convert')
    .description(
      'Convert documents. One input: to -o FILE or standard output. Many inputs, folders or globs: into --out DIR, mirroring the input tree, in every --to format.',
    )
    .argument(
      '<inputs...>',
      'files, folders or glob patterns; - for standard input (read as Markdown unless --from)',
    )
    .option('-o, --output <file>', 'output file for one input (default: standard output)')
    .option('--out <dir>', 'output folder for a batch; outputs mirror the input tree')
    .option('-f, --from <format>', 'input format (default: from each input extension)')
    .option('--lang <tag>', 'language of text input, a BCP 47 tag: nl, en, de (default: detected)')
    .option('--xml-profile <profile>', 'XML to write: kopij (lossless) or docbook (default: kopij)')
    .option(
      '-t, --to <formats>',
      'output format, or formats for a batch: md,pdf,docx,xml (default: from the -o extension)',
    )
    .option('-j, --jobs <n>', 'files converted at once, each on a worker thread (default: cores)')
    .option('--force', 'redo inputs the manifest in --out says are up to date', false)
    .option('--max-size <mb>', 'fail inputs larger than this many megabytes (default: 10)')
    .option(
      '--max-memory <mib>',
      'heap limit of each worker thread; an input needing more fails, the batch goes on',
    )
    .option(
      '--set <format.option=value>',
      'a format option, repeatable: --set markdown.bullet=+ (a JSON value or text)',
      collect,
      [],
    )
    .option('--config <file>', 'JSON file with options: {"to": ["md"], "jobs": 2, "markdown": {}}')
    .option('--json', 'write one JSON object per input and a summary to standard output', false)
    .option('-q, --quiet', 'show only errors: no warnings, progress or summary', false)
    .option('--verbose', 'show info messages, ignored files and timings too', false)
    .addHelpText('after', () => `\nFormats: ${describeFormats()}`)
    .action(async (inputs: string[], flags: ConvertFlags) => {
      code = await dispatchConvert(inputs, flags, io)
    })

  try {
    await program.parseAsync(argv, { from: 'user' })
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with exit code 0; commander has printed them.
      return error.exitCode === 0 ? exitCode.done : exitCode.usage
    }
    if (error instanceof UsageError) {
      io.stderr(`kopij: ${error.message}\n`)
      return exitCode.usage
    }
    if (error instanceof FileError) {
      io.stderr(`kopij: ${error.message}\n`)
      return exitCode.conversionFailed
    }
    throw error
  }
}

function describeFormats(): string {
  return listFormats()
    .map((format) => `${format.name} (${[...format.aliases, ...format.extensions].join(', ')})`)
    .join('; ')
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

/** One input without --out is the single-file command; anything else is a batch. */
async function dispatchConvert(inputs: string[], flags: ConvertFlags, io: Io): Promise<ExitCode> {
  const [first, ...rest] = inputs
  const single =
    first !== undefined &&
    rest.length === 0 &&
    flags.out === undefined &&
    flags.config === undefined &&
    !flags.json &&
    !(flags.to ?? '').includes(',')
  if (single) {
    for (const [flag, given] of [
      ['--jobs', flags.jobs],
      ['--max-size', flags.maxSize],
      ['--max-memory', flags.maxMemory],
      ['--set', flags.set.length > 0 ? flags.set : undefined],
      ['--force', flags.force || undefined],
    ] as const) {
      if (given !== undefined)
        throw new UsageError(`${flag} is for a batch: give --out DIR to convert into a folder`)
    }
    return runConvert(
      {
        input: first,
        quiet: flags.quiet,
        verbose: flags.verbose,
        ...(flags.output === undefined ? {} : { output: flags.output }),
        ...(flags.from === undefined ? {} : { from: flags.from }),
        ...(flags.to === undefined ? {} : { to: flags.to }),
        ...(flags.lang === undefined ? {} : { lang: flags.lang }),
        ...(flags.xmlProfile === undefined ? {} : { xmlProfile: flags.xmlProfile }),
      },
      io,
    )
  }
  if (flags.output !== undefined)
    throw new UsageError('-o FILE takes one input: for several, give --out DIR')
  if (inputs.includes('-')) throw new UsageError('Standard input (-) cannot be part of a batch')
  return runBatch(await toBatchRequest(inputs, flags), io)
}
