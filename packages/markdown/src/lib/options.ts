/**
 * Options of `@kopij/markdown`, and their check at the public boundary.
 */

/** Configuration for reading and writing Markdown. */
export interface Options {
  /**
   * Whether to write the document metadata as YAML front matter before the
   * body (default: `true`). Reading always takes front matter as metadata.
   */
  frontMatter?: boolean
  /** Marker for bullet list items (default: `'-'`). */
  bullet?: '-' | '*' | '+'
  /** Marker for emphasis (default: `'_'`). */
  emphasis?: '_' | '*'
  /** Marker for strong (default: `'*'`). */
  strong?: '_' | '*'
  /** Marker for thematic breaks (default: `'-'`). */
  rule?: '-' | '*' | '_'
  /** Indent of list item content (default: `'one'`: one space after the marker). */
  listItemIndent?: 'one' | 'tab' | 'mixed'
}

const choices: { [Key in keyof Required<Options>]: ReadonlyArray<Options[Key]> } = {
  frontMatter: [true, false],
  bullet: ['-', '*', '+'],
  emphasis: ['_', '*'],
  strong: ['_', '*'],
  rule: ['-', '*', '_'],
  listItemIndent: ['one', 'tab', 'mixed'],
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
    throw new TypeError(`@kopij/markdown options must be an object, not ${typeof options}`)
  }
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue
    if (!isOptionName(name)) {
      throw new TypeError(
        `Unknown @kopij/markdown option "${name}": use one of ${Object.keys(choices).join(', ')}`,
      )
    }
    const accepted: ReadonlyArray<unknown> = choices[name]
    if (!accepted.includes(value)) {
      throw new TypeError(
        `Invalid value ${JSON.stringify(value)} for @kopij/markdown option "${name}": use one of ${accepted.map((choice) => JSON.stringify(choice)).join(', ')}`,
      )
    }
  }
  return options as Options
}
