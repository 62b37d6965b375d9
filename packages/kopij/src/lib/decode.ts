/**
 * Input bytes to text, refusing to guess. TextDecoder's default replaces
 * invalid bytes with U+FFFD silently, which would corrupt a report without a
 * trace; a fatal decoder is used instead, and on failure the exact place of
 * the first bad byte is found and reported.
 *
 * Text is UTF-8 unless it opens with a UTF-16 byte order mark: Windows
 * editors save "Unicode" text that way (Notepad's "UTF-16 LE"), and the mark
 * makes the encoding certain, so such a file is read rather than refused.
 * Without a mark nothing else is tried: telling legacy encodings apart is a
 * guess.
 */
import type { VFile } from 'vfile'

/** The byte order marks that name an encoding other than UTF-8. */
const utf16Marks = [
  { encoding: 'utf-16le', first: 0xff, second: 0xfe },
  { encoding: 'utf-16be', first: 0xfe, second: 0xff },
] as const

type Encoding = 'utf-8' | (typeof utf16Marks)[number]['encoding']

/**
 * The encoding input bytes declare: UTF-16 where they open with its byte
 * order mark, UTF-8 otherwise.
 *
 * @param bytes The input as read.
 * @returns The encoding's WHATWG label.
 */
export function declaredEncoding(bytes: Uint8Array): Encoding {
  for (const mark of utf16Marks)
    if (bytes[0] === mark.first && bytes[1] === mark.second) return mark.encoding
  return 'utf-8'
}

// `ignoreBOM` keeps the mark in the text, so that offsets into the decoded
// text count it; the text parser removes it as part of its normalisation.
const decoders = {
  'utf-8': new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }),
}

/**
 * Decode input into the file's value: UTF-8, or UTF-16 after its byte order
 * mark.
 *
 * @param bytes The input as read.
 * @param file The file to fill; it receives a fatal `input-not-utf8` (or
 *   `input-not-utf16`) message on failure.
 * @returns The same file, its value now a string.
 * @throws {VFileMessage} `input-not-utf8` or `input-not-utf16`, placed at the
 *   first invalid byte.
 */
export function decodeInto(bytes: Uint8Array, file: VFile): VFile {
  const encoding = declaredEncoding(bytes)
  try {
    file.value = decoders[encoding].decode(bytes)
    return file
  } catch {
    if (encoding === 'utf-8') return failUtf8(bytes, file)
    return failUtf16(bytes, encoding, file)
  }
}

function failUtf8(bytes: Uint8Array, file: VFile): never {
  const offset = firstInvalidByte(bytes)
  const value = bytes[offset] ?? 0
  return file.fail(
    `Input is not valid UTF-8: byte 0x${value.toString(16).padStart(2, '0')} at byte offset ${offset} cannot be decoded; convert the file to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8)`,
    {
      place: placeOf(
        new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset)),
      ),
      ruleId: 'input-not-utf8',
      source: 'kopij',
    },
  )
}

function failUtf16(bytes: Uint8Array, encoding: Encoding, file: VFile): never {
  const offset = firstInvalidUnit(bytes, encoding === 'utf-16le')
  const problem =
    offset + 1 >= bytes.length && bytes.length % 2 === 1
      ? 'ends in half a character (an odd number of bytes)'
      : 'has a lone surrogate'
  const name = encoding.toUpperCase().replace('UTF-16', 'UTF-16 ')
  return file.fail(
    `Input opens with a ${name} byte order mark but is not valid ${name}: it ${problem} at byte offset ${offset}; convert the file to UTF-8 first (e.g. iconv -f ${encoding.toUpperCase()} -t UTF-8)`,
    {
      place: placeOf(
        new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, offset)),
      ),
      ruleId: 'input-not-utf16',
      source: 'kopij',
    },
  )
}

/**
 * Line, column and offset of the end of the text before a bad byte. The
 * offset is into the decoded value, byte order mark included; the column is
 * an editor's, which does not show the mark.
 */
function placeOf(before: string): { line: number; column: number; offset: number } {
  const lines = before.replace(/^\uFEFF/, '').split('\n')
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: before.length }
}

/** Find the offset of the first byte that does not start a valid UTF-8 sequence. */
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

/**
 * Find the byte offset of the first UTF-16 code unit that is a lone
 * surrogate, or of a last odd byte.
 */
function firstInvalidUnit(bytes: Uint8Array, littleEndian: boolean): number {
  const unitAt = (offset: number): number =>
    littleEndian
      ? (bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8)
      : ((bytes[offset] ?? 0) << 8) | (bytes[offset + 1] ?? 0)
  const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
  const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff
  let offset = 0
  while (offset + 1 < bytes.length) {
    const unit = unitAt(offset)
    if (isLow(unit)) return offset
    if (isHigh(unit)) {
      if (offset + 3 >= bytes.length || !isLow(unitAt(offset + 2))) return offset
      offset += 4
    } else offset += 2
  }
  return offset
}

const replacementCharacter = '\uFFFD'
