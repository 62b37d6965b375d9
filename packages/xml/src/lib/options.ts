/**
 * Options of `@kopij/xml`, and their check at the public boundary.
 */

/** Which XML to write. */
export type Profile = 'kopij' | 'docbook'

/** Configuration for writing XML. */
export interface Options {
  /**
   * Which XML to write (default: `'kopij'`): `'kopij'` is the lossless kopij
   * vocabulary that `fromXml` reads back; `'docbook'` is DocBook 5.0.
   */
  profile?: Profile
  /**
   * Whether to write each node's source position as a `position` attribute
   * (default: `true`); kopij profile only.
   */
  positions?: boolean
}

const choices: { [Key in keyof Required<Options>]: ReadonlyArray<Options[Key]> } = {
  profile: ['kopij', 'docbook'],
  positions: [true, false],
}

function isOptionName(name: string): name is keyof Options {
  return Object.hasOwn(choices, name)
}

/**
 * Check options given by a caller: unknown names and values throw at once,
 * naming what is accepted.
 *
 * @param options What the caller passed.
 * @returns The same options, typed.
 * @throws {TypeError} For an unknown option or value.
 */
export function checkOptions(options: unknown): Options {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') {
    throw new TypeError(`@kopij/xml options must be an object, not ${typeof options}`)
  }
  const result: Options = {}
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue
    if (!isOptionName(name)) {
      throw new TypeError(
        `Unknown @kopij/xml option "${name}": use one of ${Object.keys(choices).join(', ')}`,
      )
    }
    const accepted: ReadonlyArray<unknown> = choices[name]
    if (!accepted.includes(value)) {
      throw new TypeError(
        `Invalid value ${JSON.stringify(value)} for @kopij/xml option "${name}": use one of ${accepted.map((choice) => JSON.stringify(choice)).join(', ')}`,
      )
    }
    Object.assign(result, { [name]: value })
  }
  return result
}

declare module 'unified' {
  interface Settings {
    /** `@kopij/xml`: which XML to write; `profile` in `Options`. */
    xmlProfile?: Profile | undefined
    /** `@kopij/xml`: whether to write positions; `positions` in `Options`. */
    xmlPositions?: boolean | undefined
  }
}
