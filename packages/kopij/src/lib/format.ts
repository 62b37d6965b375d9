/**
 * What a format is to kopij: a name users type, the file extensions that
 * imply it, and the unified plugins that read or write it. Each format
 * package plugs in through one of these, registered by name, so adding a
 * format touches no other.
 */
import type { PluggableList } from 'unified'

/** A format kopij can read, write, or both. */
export interface FormatDefinition {
  /** The name users give to `--from`/`--to` and `convert`: "markdown", "pdf". */
  name: string
  /** Other names accepted for it: "md". */
  aliases: readonly string[]
  /** Extensions that imply it, lowercase, with the dot: ".md". */
  extensions: readonly string[]
  /** IANA media type of the written output. */
  mediaType: string
  /** Whether the written output is bytes (PDF, DOCX) rather than text. */
  binary: boolean
  /**
   * The plugins that make a processor parse this format, given the options
   * under `options[name]` (not checked yet: the plugin checks them).
   */
  reader?: (options: unknown) => PluggableList
  /** The plugins that make a processor write this format. */
  writer?: (options: unknown) => PluggableList
}

const registry = new Map<string, FormatDefinition>()

/**
 * Register a format, so `convert`, `createProcessor` and the CLI know it.
 *
 * @param format The format.
 * @throws {Error} When its name or an alias is taken by another format.
 */
export function registerFormat(format: FormatDefinition): void {
  for (const name of [format.name, ...format.aliases]) {
    const existing = registry.get(name)
    if (existing && existing.name !== format.name) {
      throw new Error(`Format name "${name}" is already taken by format "${existing.name}"`)
    }
  }
  for (const name of [format.name, ...format.aliases]) registry.set(name, format)
}

/**
 * Look up a format by name or alias.
 *
 * @param name The name, as a user typed it (case-insensitive).
 * @returns The format.
 * @throws {UnknownFormatError} When no format has that name.
 */
export function getFormat(name: string): FormatDefinition {
  const format = registry.get(name.toLowerCase())
  if (!format)
    throw new UnknownFormatError(`Unknown format "${name}": use one of ${formatNames().join(', ')}`)
  return format
}

/**
 * Find the format a file name implies by its extension.
 *
 * @param path A file path or name.
 * @returns The format, or `undefined` when the extension implies none.
 */
export function formatForPath(path: string): FormatDefinition | undefined {
  const lower = path.toLowerCase()
  for (const format of listFormats()) {
    if (format.extensions.some((extension) => lower.endsWith(extension))) return format
  }
  return undefined
}

/**
 * List the registered formats, each once, in registration order.
 *
 * @returns The formats.
 */
export function listFormats(): FormatDefinition[] {
  return [...new Set(registry.values())]
}

/** The registered format names, for messages. */
function formatNames(): string[] {
  return listFormats().map((format) => format.name)
}

/** Thrown for a format name no registered format has. */
export class UnknownFormatError extends Error {
  override name = 'UnknownFormatError'
}
