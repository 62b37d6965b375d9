/**
 * Options of `@kopij/text`, and their check at the public boundary.
 */

/** Configuration for reading raw report text. */
export interface Options {
  /**
   * Language of the document as a BCP 47 tag ("nl", "en-GB", "de"). Decides
   * the hyphenation patterns and the lexicon used to repair words broken at
   * line ends. Default: detected from the text (Dutch, English, German,
   * French).
   */
  language?: string
  /**
   * Whether to take running headers, footers and page numbers out of the
   * flow (default: `true`). They are kept in `metadata.furniture` either way.
   */
  removeFurniture?: boolean
}

const names = ['language', 'removeFurniture'] as const

/**
 * Check options given by a caller: unknown names and wrong types throw at
 * once, naming what is accepted.
 *
 * @param options What the caller passed.
 * @returns The same options, typed.
 * @throws {TypeError} For an unknown option or a value of the wrong type.
 */
export function checkOptions(options: unknown): Options {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') {
    throw new TypeError(`@kopij/text options must be an object, not ${typeof options}`)
  }
  const checked: Options = {}
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue
    if (name === 'language') {
      if (typeof value !== 'string' || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(value)) {
        throw new TypeError(
          `Invalid value ${JSON.stringify(value)} for @kopij/text option "language": use a BCP 47 tag such as "nl", "en" or "de"`,
        )
      }
      checked.language = value
    } else if (name === 'removeFurniture') {
      if (typeof value !== 'boolean') {
        throw new TypeError(
          `Invalid value ${JSON.stringify(value)} for @kopij/text option "removeFurniture": use true or false`,
        )
      }
      checked.removeFurniture = value
    } else {
      throw new TypeError(`Unknown @kopij/text option "${name}": use one of ${names.join(', ')}`)
    }
  }
  return checked
}

declare module 'unified' {
  interface Settings {
    /** `@kopij/text`: language of the document; see `Options`. */
    language?: string | undefined
    /** `@kopij/text`: whether to take furniture out of the flow; see `Options`. */
    removeFurniture?: boolean | undefined
  }
}
