/**
 * Normalisation: the first stage. Makes the characters of extracted text
 * predictable for the later stages (one kind of line end, one kind of space,
 * no invisible characters, composed letters) while remembering, for every
 * character it keeps, where it came from in the input, so positions can point
 * into the original text.
 */

import { OffsetMap } from './offset-map.js'

/** The normalised text and its way back to the input. */
export interface NormalizedText {
  /** The text: LF line ends, plain spaces, NFC, form feeds kept as page breaks. */
  value: string
  /**
   * For each offset in `value` (up to one past its end), the offset in the
   * original input it came from.
   */
  offsets: OffsetMap
  /** Offsets in `value` of line ends that carried a soft hyphen (U+00AD). */
  softHyphenLineEnds: Set<number>
  /** What was changed, by kind, for an info message. */
  changes: NormalizationChanges
}

/** How many characters of each kind were changed. */
export interface NormalizationChanges {
  /** Byte order marks removed. */
  byteOrderMark: number
  /** CR and CRLF line ends made LF. */
  lineEnd: number
  /** Non-breaking and other special spaces and tabs made a plain space. */
  space: number
  /** Soft hyphens (U+00AD) removed. */
  softHyphen: number
  /** Ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) spelled out. */
  ligature: number
  /** Zero-width characters removed. */
  zeroWidth: number
  /** Other control characters removed. */
  control: number
  /** Letters composed to NFC. */
  composed: number
}

// Ligatures PDF text extraction leaves in: the compatibility decomposition of
// each (what NFKC would give) spelled out, so words match the lexicon.
const ligatures: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
}

// Spaces that carry no meaning beyond "space" in running text: NBSP, the
// U+2000 block, narrow NBSP, medium mathematical space, ideographic space, tab.
const spaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/
const zeroWidth = /[\u200B-\u200D\u2060\uFEFF]/
/** C0/C1 controls other than tab, LF, CR and form feed (a page break). */
function isControl(code: number): boolean {
  return (
    code <= 0x08 ||
    code === 0x0b ||
    (code >= 0x0e && code <= 0x1f) ||
    (code >= 0x7f && code <= 0x9f)
  )
}
const combining = /\p{M}/u
/** Anything but printable ASCII, a space or a line end. */
const unusual = /[^\n\x20-\x7e]/g

/**
 * Normalise raw text.
 *
 * @param input The text as given.
 * @returns The normalised text with its offset map.
 */
export function normalizeText(input: string): NormalizedText {
  const changes: NormalizationChanges = {
    byteOrderMark: 0,
    lineEnd: 0,
    space: 0,
    softHyphen: 0,
    ligature: 0,
    zeroWidth: 0,
    control: 0,
    composed: 0,
  }
  const out: string[] = []
  const offsets = new OffsetMap()
  const softHyphenLineEnds = new Set<number>()
  let length = 0
  // Characters are copied in runs: most of a report needs no change, and
  // pushing them one by one made this stage the slowest of the parser.
  let runStart = 0
  const flush = (end: number): void => {
    if (end <= runStart) return
    offsets.mark(length, runStart)
    length += end - runStart
    out.push(input.slice(runStart, end))
  }
  const push = (value: string, from: number): void => {
    out.push(value)
    for (let index = 0; index < value.length; index++) offsets.mark(length++, from)
  }

  let index = 0
  if (input.charCodeAt(0) === 0xfeff) {
    changes.byteOrderMark++
    index = 1
  }
  runStart = index
  // Whether a soft hyphen was seen since the last character that is not a space.
  let pendingSoftHyphen = false
  while (index < input.length) {
    if (!pendingSoftHyphen) {
      // Printable ASCII, spaces and line ends change nothing while no soft
      // hyphen is pending: the pattern finds the next other character far
      // faster than the steps below, one character at a time. It stops one
      // before that character, which may be a combining mark for it.
      // (`test` rather than `exec`: it makes no match array, and there is
      // one for every character beyond ASCII.)
      unusual.lastIndex = index
      const other = unusual.test(input) ? unusual.lastIndex - 1 : input.length
      index = Math.max(index, other - 1)
      if (index >= input.length) break
    }
    const code = input.charCodeAt(index)
    const next = input.charCodeAt(index + 1)
    const markFollows = next >= 0x300 && combining.test(input[index + 1] as string)
    if (code >= 0x21 && code < 0x7f && !markFollows) {
      pendingSoftHyphen = false
      index++
      continue
    }
    if (code === 0x20) {
      index++
      continue
    }
    if (code === 0x0a) {
      if (pendingSoftHyphen) {
        flush(index)
        runStart = index
        softHyphenLineEnds.add(length)
      }
      pendingSoftHyphen = false
      index++
      continue
    }
    const char = input[index] as string
    const special =
      code === 0x0d ||
      code === 0xad ||
      (code >= 0xfb00 && code <= 0xfb06) ||
      spaces.test(char) ||
      zeroWidth.test(char) ||
      isControl(code) ||
      (code >= 0xd800 && code <= 0xdbff) ||
      markFollows
    if (!special) {
      if (code !== 0x0c) pendingSoftHyphen = false
      index++
      continue
    }
    flush(index)
    if (code === 0x0d) {
      changes.lineEnd++
      if (pendingSoftHyphen) softHyphenLineEnds.add(length)
      pendingSoftHyphen = false
      push('\n', index)
      index += next === 0x0a ? 2 : 1
    } else if (code === 0xad) {
      changes.softHyphen++
      pendingSoftHyphen = true
      index++
    } else if (spaces.test(char)) {
      changes.space++
      push(' ', index)
      index++
    } else if (ligatures[char]) {
      changes.ligature++
      pendingSoftHyphen = false
      push(ligatures[char], index)
      index++
    } else if (zeroWidth.test(char)) {
      changes.zeroWidth++
      index++
    } else if (isControl(code)) {
      changes.control++
      index++
    } else {
      // A base character (a surrogate pair counts as one) with the
      // combining marks after it, composed as one.
      pendingSoftHyphen = false
      let end = index + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)
      while (end < input.length && combining.test(input[end] as string)) end++
      const cluster = input.slice(index, end)
      const composed = end - index > 1 ? cluster.normalize('NFC') : cluster
      if (composed !== cluster) changes.composed++
      push(composed, index)
      index = end
    }
    runStart = index
  }
  flush(input.length)
  offsets.mark(length, input.length)
  return {
    value: out.join(''),
    offsets,
    softHyphenLineEnds,
    changes,
  }
}
