/**
 * Liang's hyphenation with TeX patterns (the hyphenation.* packages), the
 * same walk as hypher's `hyphenate` and the same answers, with the patterns
 * kept in one map of strings instead of hypher's trie of objects.
 *
 * Why not hypher itself: its trie is an object per pattern letter, each
 * with an array of points, and the Dutch patterns alone made 14.5 MB of
 * small objects (measured with a sampling heap profile). They are built on
 * first use, often just before a document is parsed, so the garbage
 * collector copies them through its young generation during that parse: a
 * fresh process paid for them again in the parse's peak memory. The map
 * below holds the same patterns in about a tenth of that.
 */

/** A language's patterns, as the hyphenation.* packages export them. */
export interface PatternLanguage {
  /** Fewest letters before a break. */
  leftmin: number
  /** Fewest letters after a break. */
  rightmin: number
  /**
   * Patterns by their length in characters (letters and digits), each
   * length's patterns written one after the other ("a1b2c.b1c3d").
   */
  patterns: Record<number, string>
}

/** The word boundary in the patterns ("_ver1" matches at a word's start). */
const boundary = '_'
const zero = 0x30

/** Hyphenation of words by one language's patterns. */
export class PatternHyphenator {
  /**
   * The letters of each pattern to its points, a digit per gap (one more
   * than the letters); every shorter start of a pattern maps to '' so the
   * walk along a word stops where no pattern goes on, as a trie's would.
   */
  readonly #points = new Map<string, string>()
  readonly #leftMin: number
  readonly #rightMin: number

  constructor(language: PatternLanguage) {
    this.#leftMin = language.leftmin
    this.#rightMin = language.rightmin
    for (const [size, written] of Object.entries(language.patterns)) {
      const width = Number(size)
      for (let at = 0; at < written.length; at += width) {
        this.#add(written.slice(at, at + width))
      }
    }
  }

  /** Add one pattern ("a1b2c"): its letters "abc" with points "0120". */
  #add(pattern: string): void {
    let letters = ''
    let points = ''
    let digit = '0'
    for (let index = 0; index < pattern.length; index++) {
      const char = pattern[index] as string
      if (char >= '0' && char <= '9') {
        digit = char
        continue
      }
      points += digit
      digit = '0'
      letters += char
      // A later pattern with the same letters replaces an earlier one, as
      // in hypher; a start of a pattern is only marked as such.
      if (letters.length < pattern.length && !this.#points.has(letters)) {
        this.#points.set(letters, '')
      }
    }
    this.#points.set(letters, points + digit)
  }

  /**
   * Split a word into its parts between allowed breaks ("verwerken" →
   * ver, wer, ken), as hypher's `hyphenate` does.
   *
   * @param word The word, in lowercase (the patterns are).
   * @returns The parts, in order; one part when no break is allowed.
   */
  hyphenate(word: string): string[] {
    if (word.includes('\u00AD')) return [word]
    const padded = boundary + word + boundary
    const length = padded.length
    const points = new Uint8Array(length + 1)
    for (let start = 0; start < length; start++) {
      for (let end = start + 1; end <= length; end++) {
        const found = this.#points.get(padded.slice(start, end))
        if (found === undefined) break
        for (let index = 0; index < found.length; index++) {
          const value = found.charCodeAt(index) - zero
          if (value > (points[start + index] as number)) points[start + index] = value
        }
      }
    }
    const parts = ['']
    for (let index = 1; index < length - 1; index++) {
      const char = padded[index] as string
      if (
        index > this.#leftMin &&
        index < length - this.#rightMin &&
        (points[index] as number) % 2 === 1
      ) {
        parts.push(char)
      } else {
        parts[parts.length - 1] += char
      }
    }
    return parts
  }
}
