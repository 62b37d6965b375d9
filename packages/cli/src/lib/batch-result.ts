/**
 * What the batch reports about each input: plain data, so it crosses from a
 * worker thread to the main thread and into `--json` unchanged.
 */

/** A message about an input, as `VFileMessage` has it, without the class. */
export interface BatchMessage {
  /** What was found and what was done. */
  reason: string
  /** `true` error, `false` warning, `undefined` info (as VFileMessage's `fatal`). */
  fatal?: boolean | undefined
  /** 1-indexed line of the input, when the message has a place. */
  line?: number | undefined
  /** 1-indexed column of the input, when the message has a place. */
  column?: number | undefined
  /** The finding, kebab-case: `input-not-utf8`. */
  ruleId?: string | undefined
  /** The npm name of the package that reported it. */
  source?: string | undefined
}

/** One file written for an input. */
export interface BatchOutput {
  /** The format's name: `markdown`. */
  format: string
  /** Where it was written. */
  path: string
  /** Its size in bytes. */
  bytes: number
}

/** What happened to one input. */
export interface FileResult {
  /** The input's path, as found (relative to the working folder when given so). */
  input: string
  /** The input's path relative to the batch's base folder: how it is mirrored under `out`. */
  relative: string
  /**
   * `converted`: every output written; `skipped`: outputs already up to date
   * (manifest); `failed`: nothing written for this input, see `messages`.
   */
  status: 'converted' | 'skipped' | 'failed'
  /** The files written (none when skipped or failed). */
  outputs: BatchOutput[]
  /** Every message about the input, the fatal one last when it failed. */
  messages: BatchMessage[]
  /** SHA-256 of the input bytes, hex (absent when it could not be read). */
  hash?: string | undefined
  /** Milliseconds spent: reading, parsing, each format, and in all. */
  timings: FileTimings
}

/** Where the time for one input went, in milliseconds. */
export interface FileTimings {
  /** Reading the bytes. */
  read: number
  /** Decoding and parsing into a tree. */
  parse: number
  /** Writing each format, by format name (transform, serialise, write). */
  formats: Record<string, number>
  /** All of it. */
  total: number
}
