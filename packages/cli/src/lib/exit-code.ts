/** Exit codes of the kopij command, documented in its README. */
export const exitCode = {
  /** Everything asked for was written. */
  done: 0,
  /** An input could not be read or converted; see the diagnostics. */
  conversionFailed: 1,
  /** The command line is wrong: unknown option, format or missing argument. */
  usage: 2,
  /** Stopped by Ctrl-C (128 + SIGINT, as shells report it); a rerun resumes. */
  interrupted: 130,
} as const

export type ExitCode = (typeof exitCode)[keyof typeof exitCode]

/** A problem with the command line, reported with exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A problem with an input or output file, reported with exit code 1. */
export class FileError extends Error {
  override name = 'FileError'
}
