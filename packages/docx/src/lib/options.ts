/**
 * Options of `@kopij/docx`, their defaults, and their check at the public
 * boundary.
 */
import { isLanguageTag } from '@kopij/ast'

/** Configuration for writing a Word document. */
export interface Options {
  /** Paper size (default: `'A4'`). */
  pageSize?: 'A4' | 'Letter'
  /** Font of body text and headings (default: `'Arial'`). */
  font?: string
  /** Font of code (default: `'Courier New'`). */
  monospaceFont?: string
  /** Size of body text in points, 11 or more (default: `11`). */
  fontSize?: number
  /** Whether to put a table of contents before the body (default: `false`). */
  tableOfContents?: boolean
  /** Deepest heading level the table of contents lists, 1 to 6 (default: `3`). */
  tableOfContentsDepth?: number
  /**
   * Title above the table of contents (default: in the document's language:
   * "Inhoud", "Contents", "Inhalt", "Table des matières").
   */
  tableOfContentsTitle?: string
  /** Whether to put page numbers in the footer (default: `true`). */
  pageNumbers?: boolean
  /** Document title (default: the metadata title, else the first heading's text). */
  title?: string
  /** Author (default: the metadata authors, joined by "; ", else `'kopij'`). */
  creator?: string
  /** Subject (default: the metadata subject). */
  subject?: string
  /** Keywords (default: the metadata keywords). */
  keywords?: string[]
  /** Description, shown as "Comments" in Word (default: none). */
  description?: string
  /**
   * Language of the document as a BCP 47 tag, when the metadata has none
   * (default: `'nl-NL'`).
   */
  language?: string
  /**
   * Folder that relative image paths are resolved against (default: the
   * folder of the file being converted, else the working directory).
   */
  imageBase?: string
}

/** Options with every default filled in; what the writer works with. */
export interface ResolvedOptions {
  pageSize: 'A4' | 'Letter'
  font: string
  monospaceFont: string
  fontSize: number
  tableOfContents: boolean
  tableOfContentsDepth: number
  tableOfContentsTitle: string | undefined
  pageNumbers: boolean
  title: string | undefined
  creator: string | undefined
  subject: string | undefined
  keywords: string[] | undefined
  description: string | undefined
  language: string | undefined
  imageBase: string | undefined
}

/**
 * The smallest body text size allowed, in points. Dutch government and WCAG
 * guidance for documents (and the issue that asked for this package) put body
 * text at 11 pt or more.
 */
const minimumFontSize = 11
/** The largest body text size accepted, in points: a sanity bound. */
const maximumFontSize = 72

type Check = (value: unknown) => string | undefined

const isString: Check = (value) =>
  typeof value === 'string' && value.trim() !== '' ? undefined : 'a non-empty string'
const isBoolean: Check = (value) => (typeof value === 'boolean' ? undefined : 'true or false')

const checks: { [Key in keyof Required<Options>]: Check } = {
  pageSize: (value) => (value === 'A4' || value === 'Letter' ? undefined : '"A4" or "Letter"'),
  font: isString,
  monospaceFont: isString,
  fontSize: (value) =>
    typeof value === 'number' && value >= minimumFontSize && value <= maximumFontSize
      ? undefined
      : `a number of points from ${minimumFontSize} (accessible body text) to ${maximumFontSize}`,
  tableOfContents: isBoolean,
  tableOfContentsDepth: (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6
      ? undefined
      : 'a heading level from 1 to 6',
  tableOfContentsTitle: isString,
  pageNumbers: isBoolean,
  title: isString,
  creator: isString,
  subject: isString,
  keywords: (value) =>
    Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? undefined
      : 'an array of strings',
  description: isString,
  language: (value) =>
    typeof value === 'string' && isLanguageTag(value) ? undefined : 'a BCP 47 tag such as "nl-NL"',
  imageBase: isString,
}

function isOptionName(name: string): name is keyof Options {
  return Object.hasOwn(checks, name)
}

/**
 * Check options given by a caller and fill in the defaults.
 *
 * @param options What the caller passed.
 * @returns The options with defaults.
 * @throws {TypeError} For an unknown option or a value of the wrong kind.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new TypeError(`@kopij/docx options must be an object, not ${typeof options}`)
  }
  const given: Options = {}
  for (const [name, value] of Object.entries(options ?? {})) {
    if (value === undefined) continue
    if (!isOptionName(name)) {
      throw new TypeError(
        `Unknown @kopij/docx option "${name}": use one of ${Object.keys(checks).join(', ')}`,
      )
    }
    const expected = checks[name](value)
    if (expected !== undefined) {
      throw new TypeError(
        `Invalid value ${JSON.stringify(value)} for @kopij/docx option "${name}": use ${expected}`,
      )
    }
    Object.assign(given, { [name]: value })
  }
  return {
    pageSize: given.pageSize ?? 'A4',
    font: given.font ?? 'Arial',
    monospaceFont: given.monospaceFont ?? 'Courier New',
    fontSize: given.fontSize ?? minimumFontSize,
    tableOfContents: given.tableOfContents ?? false,
    tableOfContentsDepth: given.tableOfContentsDepth ?? 3,
    tableOfContentsTitle: given.tableOfContentsTitle,
    pageNumbers: given.pageNumbers ?? true,
    title: given.title,
    creator: given.creator,
    subject: given.subject,
    keywords: given.keywords,
    description: given.description,
    language: given.language,
    imageBase: given.imageBase,
  }
}
