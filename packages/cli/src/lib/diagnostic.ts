/**
 * One line per message, `file:line:column: severity: reason [rule-id]`: the
 * compiler format editors, CI annotations and grep all understand.
 * vfile-reporter groups messages under the file name over several lines,
 * which loses the file on each line, so the line is formatted here.
 */
import type { VFile } from 'vfile'

/** What a diagnostic line needs of a message: a `VFileMessage` or its plain copy. */
export interface DiagnosticMessage {
  reason: string
  line?: number | undefined
  column?: number | undefined
  fatal?: boolean | null | undefined
  ruleId?: string | undefined
  source?: string | undefined
}

/**
 * Format a message as one diagnostic line.
 *
 * @param message The message.
 * @param path The file it is about, as the user named it.
 * @returns The line, without a line break.
 */
export function formatDiagnostic(message: DiagnosticMessage, path: string): string {
  const where = message.line === undefined ? path : `${path}:${message.line}:${message.column ?? 1}`
  const severity = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  const rule = message.ruleId
    ? ` [${message.source ? `${message.source}:` : ''}${message.ruleId}]`
    : ''
  return `${where}: ${severity}: ${message.reason}${rule}`
}

/** Which messages to show: errors always, warnings unless quiet, info when verbose. */
export interface Verbosity {
  /** Show only errors. */
  quiet: boolean
  /** Show info messages too. */
  verbose: boolean
}

/**
 * Whether a message is shown at a verbosity. Info messages are decisions
 * worth auditing (a removed page number, a repaired word), one per place:
 * a long report has hundreds, so they wait for `--verbose`.
 *
 * @param message The message.
 * @param verbosity What the user asked to see.
 * @returns Whether to show it.
 */
export function isShown(message: DiagnosticMessage, verbosity: Verbosity): boolean {
  if (message.fatal === true) return true
  if (message.fatal === false) return !verbosity.quiet
  return verbosity.verbose && !verbosity.quiet
}

/**
 * Format the messages of a file that are shown at a verbosity.
 *
 * @param file The file.
 * @param path The name to show for it.
 * @param verbosity What the user asked to see.
 * @returns The lines, each ending in a line break.
 */
export function formatDiagnostics(file: VFile, path: string, verbosity: Verbosity): string {
  return file.messages
    .filter((message) => isShown(message, verbosity))
    .map((message) => `${formatDiagnostic(message, path)}\n`)
    .join('')
}
