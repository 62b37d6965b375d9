/**
 * Input bytes to text, refusing to guess. TextDecoder's default replaces
 * invalid bytes with U+FFFD silently, which would corrupt a report without a
 * trace; a fatal decoder is used instead, and on failure the exact place of
 * the first bad byte is found and reported.
 */
import type { VFile } from 'vfile'

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Decode UTF-8 input into the file's value.
 *
 * @param bytes The input as read.
 * @param file The file to fill; it receives a fatal `input-not-utf8` message on failure.
 * @returns The same file, its value now a string.
 * @throws {VFileMessage} `input-not-utf8`, placed at the first invalid byte.
 */
export function decodeInto(bytes: Uint8Array, file: VFile): VFile {
  try {
    file.value = strict.decode(bytes)
    return file
  } catch {
    const offset = firstInvalidByte(bytes)
    const before = new TextDecoder().decode(bytes.subarray(0, offset))
    const lines = before.split('\n')
    const line = lines.length
    const column = (lines.at(-1)?.length ?? 0) + 1
    const value = bytes[offset] ?? 0
    return file.fail(
      `Input is not valid UTF-8: byte 0x${value.toString(16).padStart(2, '0')} at byte offset ${offset} cannot be decoded; convert the file to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8)`,
      { place: { line, column, offset: before.length }, ruleId: 'input-not-utf8', source: 'kopij' },
    )
  }
}

/** Find the offset of the first byte that does not start a valid sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  // The replacing decoder marks each invalid sequence with U+FFFD; the valid
  // text before a mark re-encodes to exactly the bytes before the bad one.
  // A U+FFFD that was really in the input (EF BF BD) is skipped.
  const replaced = new TextDecoder().decode(bytes)
  const encoder = new TextEncoder()
  let index = replaced.indexOf(replacementCharacter)
  while (index !== -1) {
    const offset = encoder.encode(replaced.slice(0, index)).length
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd))
      return offset
    index = replaced.indexOf(replacementCharacter, index + 1)
  }
  return bytes.length
}

const replacementCharacter = '\uFFFD'
