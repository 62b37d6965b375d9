/**
 * Options of `toPdf` and `kopijPdf`, checked at the public boundary: an
 * unknown name or a wrong type throws at once, naming the accepted values.
 */

/** Named page sizes in points (ISO 216; US Letter). */
const pageSizes = {
  A4: [595.28, 841.89],
  A5: [419.53, 595.28],
  Letter: [612, 792],
} as const

/** Page margins in points. */
interface Margins {
  top: number
  right: number
  bottom: number
  left: number
}

/** Configuration of the PDF writer. */
export interface Options {
  /** Page size: a name or `[width, height]` in points (default `'A4'`). */
  pageSize?: keyof typeof pageSizes | readonly [number, number]
  /** Margins in points: one number for all four, or each side (default 72 / 56.7). */
  margins?: number | Partial<Margins>
  /** Document language when the tree has none in its metadata (default `'nl'`). */
  language?: string
  /** Title when the tree has none in its metadata (else the first heading). */
  title?: string
  /** Creation date (default: now). Fix both dates for identical bytes. */
  creationDate?: Date
  /** Modification date (default: the creation date). */
  modificationDate?: Date
  /** Folder that relative image paths are read from (default: the working directory). */
  baseDirectory?: string
  /**
   * Justify paragraphs, with total-fit line breaking and hyphenation for
   * Dutch and English (default `false`: ragged right, never hyphenated).
   */
  justify?: boolean
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  pageWidth: number
  pageHeight: number
  margins: Margins
  language: string | undefined
  title: string | undefined
  creationDate: Date
  modificationDate: Date
  baseDirectory: string
  justify: boolean
}

/** Default margins: 2 cm at the sides and top, more at the foot for the footer. */
const defaultMargins: Margins = { top: 62, right: 62, bottom: 72, left: 62 }

const names = new Set([
  'pageSize',
  'margins',
  'language',
  'title',
  'creationDate',
  'modificationDate',
  'baseDirectory',
  'justify',
])

/**
 * Check options and fill in defaults.
 *
 * @throws {TypeError} For an unknown option or a value of the wrong kind.
 */
export function resolveOptions(options: Options | undefined): ResolvedOptions {
  const given: Options = options ?? {}
  if (typeof given !== 'object') throw new TypeError('Expected options to be an object')
  for (const name of Object.keys(given)) {
    if (!names.has(name)) {
      throw new TypeError(`Unknown PDF option "${name}": use one of ${[...names].join(', ')}`)
    }
  }
  const size = given.pageSize ?? 'A4'
  let pageWidth: number
  let pageHeight: number
  if (typeof size === 'string') {
    const named = pageSizes[size]
    if (!named) {
      throw new TypeError(
        `Unknown page size "${size}": use ${Object.keys(pageSizes).join(', ')} or [width, height] in points`,
      )
    }
    ;[pageWidth, pageHeight] = named
  } else if (
    Array.isArray(size) &&
    size.length === 2 &&
    size.every((value) => typeof value === 'number' && value >= 144 && value <= 14400)
  ) {
    ;[pageWidth, pageHeight] = size
  } else {
    throw new TypeError('Expected `pageSize` to be a name or [width, height] in points (144–14400)')
  }
  const margins = { ...defaultMargins }
  if (typeof given.margins === 'number') {
    checkMargin('margins', given.margins)
    margins.top = margins.right = margins.bottom = margins.left = given.margins
  } else if (given.margins !== undefined) {
    for (const [side, value] of Object.entries(given.margins)) {
      if (!(side in defaultMargins)) {
        throw new TypeError(`Unknown margin "${side}": use top, right, bottom, left`)
      }
      checkMargin(`margins.${side}`, value)
      margins[side as keyof Margins] = value
    }
  }
  if (
    pageWidth - margins.left - margins.right < 144 ||
    pageHeight - margins.top - margins.bottom < 144
  ) {
    throw new TypeError(
      'The margins leave less than 2 inches (144 pt) of text area: make them smaller',
    )
  }
  for (const name of ['language', 'title', 'baseDirectory'] as const) {
    if (given[name] !== undefined && typeof given[name] !== 'string') {
      throw new TypeError(`Expected \`${name}\` to be a string`)
    }
  }
  for (const name of ['creationDate', 'modificationDate'] as const) {
    const value = given[name]
    if (value !== undefined && !(value instanceof Date && !Number.isNaN(value.getTime()))) {
      throw new TypeError(`Expected \`${name}\` to be a valid Date`)
    }
  }
  if (given.justify !== undefined && typeof given.justify !== 'boolean') {
    throw new TypeError('Expected `justify` to be a boolean')
  }
  const creationDate = given.creationDate ?? new Date()
  return {
    pageWidth,
    pageHeight,
    margins,
    language: given.language,
    title: given.title,
    creationDate,
    modificationDate: given.modificationDate ?? creationDate,
    baseDirectory: given.baseDirectory ?? process.cwd(),
    justify: given.justify ?? false,
  }
}

function checkMargin(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`Expected \`${name}\` to be a number of points, 0 or more`)
  }
}
