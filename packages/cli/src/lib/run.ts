/**
 * The kopij command line: parses arguments with commander and maps every
 * outcome to an exit code (0 done, 1 conversion failed, 2 usage error).
 */
import { readFileSync } from 'node:fs'
import { Command, CommanderError } from 'commander'
import { listFormats } from 'kopij'
import { runConvert } from './convert-command.js'
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
    .description('Convert a document from one format to another.')
    .argument('<input>', 'input file, or - for standard input (read as Markdown unless --from)')
    .option('-o, --output <file>', 'output file (default: standard output)')
    .option('-f, --from <format>', 'input format (default: from the input extension)')
    .option('-t, --to <format>', 'output format (default: from the output extension)')
    .option('-q, --quiet', 'show only errors, not warnings', false)
    .addHelpText('after', () => `\nFormats: ${describeFormats()}`)
    .action(
      async (
        input: string,
        flags: { output?: string; from?: string; to?: string; quiet: boolean },
      ) => {
        code = await runConvert(
          {
            input,
            quiet: flags.quiet,
            ...(flags.output === undefined ? {} : { output: flags.output }),
            ...(flags.from === undefined ? {} : { from: flags.from }),
            ...(flags.to === undefined ? {} : { to: flags.to }),
          },
          io,
        )
      },
    )

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
