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

/**
 * Format every message of a file, in order of position.
 *
 * @param file The file.
 * @param path The name to show for it.
 * @param quiet Whether to show only errors.
 * @returns The lines, each ending in a line break.
 */
export function formatDiagnostics(file: VFile, path: string, quiet: boolean): string {
  return file.messages
    .filter((message) => !quiet || message.fatal === true)
    .map((message) => `${formatDiagnostic(message, path)}\n`)
    .join('')
}
