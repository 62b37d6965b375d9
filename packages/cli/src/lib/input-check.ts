/**
 * What the command refuses before a parser sees an input, the same for one
 * conversion and for a batch: an empty input would make an empty
 * publication, and a NUL byte never occurs in a text report but in every
 * binary file (an image or a PDF renamed to `.md`).
 */
import { declaredEncoding, decodeInto } from 'kopij'
import type { VFile } from 'vfile'

const source = '@kopij/cli'

/**
 * Decode an input into the file's value, refusing binary and empty input.
 *
 * @param bytes The input as read.
 * @param file The file to fill.
 * @returns The text.
 * @throws {VFileMessage} `input-binary`, `input-not-utf8`, `input-not-utf16`
 *   or `input-empty`, also left on `file`.
 */
export function decodeText(bytes: Uint8Array, file: VFile): string {
  // UTF-16 has a NUL byte in every ASCII character; its byte order mark
  // says it is text.
  const nul = declaredEncoding(bytes) === 'utf-8' ? bytes.indexOf(0) : -1
  if (nul !== -1) {
    file.fail(
      `Input contains a NUL byte at byte offset ${nul}: it looks like a binary file, not text; convert it to text first`,
      { ruleId: 'input-binary', source },
    )
  }
  decodeInto(bytes, file)
  const text = String(file.value)
  // `trim` also takes the byte order mark, which is not text either.
  if (text.trim() === '') {
    file.fail('Input is empty: there is nothing to convert, so nothing was written', {
      ruleId: 'input-empty',
      source,
    })
  }
  return text
}
