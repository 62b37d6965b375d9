/**
 * The batch manifest: for each input converted into an output folder, the
 * hash of its bytes and of the settings each output was made with. A rerun
 * skips an input whose hash, settings and outputs all still match, so an
 * interrupted batch resumes where it stopped.
 *
 * It is JSON Lines, appended one line per finished input: appending is cheap
 * however large the batch (rewriting a JSON file after every input would be
 * quadratic), and a line cut short by a kill is simply ignored. The file is
 * rewritten once, compacted, at the end of a run.
 */
import { createHash } from 'node:crypto'
import { appendFile, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomic } from './write-atomic.js'

/** The manifest's file name inside the output folder. */
export const manifestName = '.kopij-manifest.jsonl'

/** What the manifest knows about one input. */
export interface ManifestEntry {
  /** The input relative to the batch's base folder. */
  input: string
  /** SHA-256 of the input's bytes, hex. */
  hash: string
  /** For each format: the output path (relative to the output folder) and the settings hash. */
  outputs: Record<string, { path: string; settings: string }>
}

/** The manifest of one output folder. */
export class Manifest {
  readonly #path: string
  readonly #entries: Map<string, ManifestEntry>
  #pending: Promise<void> = Promise.resolve()
  #changed = false

  private constructor(path: string, entries: Map<string, ManifestEntry>) {
    this.#path = path
    this.#entries = entries
  }

  /**
   * Read the manifest of an output folder (empty when there is none).
   *
   * @param folder The output folder.
   * @returns The manifest.
   */
  static async load(folder: string): Promise<Manifest> {
    const path = join(folder, manifestName)
    const entries = new Map<string, ManifestEntry>()
    let text = ''
    try {
      text = await readFile(path, 'utf8')
    } catch {}
    for (const line of text.split('\n')) {
      const entry = parseEntry(line)
      if (entry) entries.set(entry.input, entry)
    }
    return new Manifest(path, entries)
  }

  /**
   * The entry of an input, if any.
   *
   * @param input The input relative to the base folder.
   * @returns The entry.
   */
  get(input: string): ManifestEntry | undefined {
    return this.#entries.get(input)
  }

  /**
   * Record a converted input; the line is appended at once.
   *
   * @param entry What was written.
   * @returns When the line is on disk.
   */
  record(entry: ManifestEntry): Promise<void> {
    this.#entries.set(entry.input, entry)
    this.#changed = true
    const line = `${JSON.stringify(entry)}\n`
    this.#pending = this.#pending.then(() => appendFile(this.#path, line))
    return this.#pending
  }

  /**
   * Forget an input (it failed, so its old outputs no longer match it).
   *
   * @param input The input relative to the base folder.
   */
  forget(input: string): void {
    if (this.#entries.delete(input)) this.#changed = true
  }

  /**
   * Rewrite the manifest with one line per input, atomically (when anything changed).
   *
   * @returns When it is written.
   */
  async compact(): Promise<void> {
    await this.#pending
    if (!this.#changed) return
    const lines = [...this.#entries.values()].map((entry) => `${JSON.stringify(entry)}\n`)
    await writeAtomic(this.#path, lines.join(''))
  }
}

/**
 * Whether an input's outputs are up to date: same bytes, same settings for
 * every format asked for, and every output still there.
 *
 * @param entry The manifest's entry for the input.
 * @param hash The input's hash now.
 * @param wanted For each format asked for: output path (relative to the folder) and settings hash.
 * @param folder The output folder.
 * @returns Whether nothing needs doing.
 */
export async function isUpToDate(
  entry: ManifestEntry,
  hash: string,
  wanted: Record<string, { path: string; settings: string }>,
  folder: string,
): Promise<boolean> {
  if (entry.hash !== hash) return false
  for (const [format, output] of Object.entries(wanted)) {
    const had = entry.outputs[format]
    if (!had || had.path !== output.path || had.settings !== output.settings) return false
    try {
      await stat(join(folder, output.path))
    } catch {
      return false
    }
  }
  return true
}

/**
 * Hash anything JSON can hold, for comparing settings between runs.
 *
 * @param value The settings.
 * @returns A hex SHA-256.
 */
export function hashSettings(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}

function parseEntry(line: string): ManifestEntry | undefined {
  if (line.trim() === '') return undefined
  try {
    const value: unknown = JSON.parse(line)
    if (
      typeof value === 'object' &&
      value !== null &&
      'input' in value &&
      typeof value.input === 'string' &&
      'hash' in value &&
      typeof value.hash === 'string' &&
      'outputs' in value &&
      typeof value.outputs === 'object' &&
      value.outputs !== null
    ) {
      return value as ManifestEntry
    }
  } catch {
    // A line cut short when a run was killed: that input is redone.
  }
  return undefined
}
