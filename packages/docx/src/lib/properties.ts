/**
 * Document properties (`docProps/core.xml` and `docProps/custom.xml`): title,
 * author, subject, keywords, and the parliamentary paper reference. Screen
 * readers announce the title, and PDF exports take it over; docx's default
 * author "Un-named" would end up in every document made from this one.
 */
import { type DocumentMetadata, toPlainText } from '@kopij/ast'
import type { IPropertiesOptions } from 'docx'
import type { Heading, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { warn } from './messages.js'
import type { ResolvedOptions } from './options.js'
import { xmlSafe } from './xml-text.js'

/** The properties part of docx's `Document` options. */
export type DocumentProperties = Pick<
  IPropertiesOptions,
  | 'title'
  | 'creator'
  | 'lastModifiedBy'
  | 'subject'
  | 'keywords'
  | 'description'
  | 'customProperties'
>

/** Who made the file when no author is known. */
const producer = 'kopij'

/**
 * Work out the document properties from the options and the tree's metadata;
 * options win.
 *
 * @param tree The tree.
 * @param options The options.
 * @param file The file being converted, for messages (`title-missing`).
 * @returns The properties.
 */
export function documentProperties(
  tree: Root,
  options: ResolvedOptions,
  file: VFile,
): DocumentProperties {
  const metadata: DocumentMetadata = tree.data?.metadata ?? {}
  const title = options.title ?? metadata.title ?? firstHeadingText(tree)
  if (title === undefined) {
    warn(
      file,
      undefined,
      'title-missing',
      'The document has no title: no metadata title, no heading and no `title` option; readers will show the file name instead',
    )
  }
  const authors = metadata.authors?.filter((author) => author.trim() !== '') ?? []
  const creator = safe(options.creator ?? (authors.length > 0 ? authors.join('; ') : producer))
  const subject = options.subject ?? metadata.subject
  const keywords = options.keywords ?? metadata.keywords
  const properties: { -readonly [Key in keyof DocumentProperties]: DocumentProperties[Key] } = {
    creator,
    lastModifiedBy: creator,
    customProperties: customProperties(metadata),
  }
  if (title !== undefined) properties.title = safe(title)
  if (subject !== undefined) properties.subject = safe(subject)
  if (keywords !== undefined && keywords.length > 0) properties.keywords = safe(keywords.join(', '))
  if (options.description !== undefined) properties.description = safe(options.description)
  return properties
}

/**
 * The parliamentary paper reference, under the names the official
 * publications (officielebekendmakingen.nl) use, and other identifiers by
 * their scheme.
 */
function customProperties(metadata: DocumentMetadata): Array<{ name: string; value: string }> {
  const result: Array<{ name: string; value: string }> = []
  const paper = metadata.parliamentaryPaper
  if (paper) {
    result.push(
      {
        name: 'Kamerstuk',
        value: `${paper.chamber}, vergaderjaar ${paper.parliamentaryYear}, ${paper.dossier}, nr. ${paper.number}`,
      },
      { name: 'Kamer', value: paper.chamber },
      { name: 'Vergaderjaar', value: paper.parliamentaryYear },
      { name: 'Dossiernummer', value: paper.dossier },
      { name: 'Ondernummer', value: paper.number },
    )
  }
  for (const identifier of metadata.identifiers ?? []) {
    result.push({ name: identifier.scheme, value: identifier.value })
  }
  if (metadata.date !== undefined) result.push({ name: 'Datum', value: metadata.date })
  return result
    .map(({ name, value }) => ({ name: safe(name), value: safe(value) }))
    .filter((property) => property.value.trim() !== '')
}

/** Metadata as XML can carry it (see xml-text.ts). */
function safe(value: string): string {
  return xmlSafe(value).text
}

function firstHeadingText(tree: Root): string | undefined {
  let found: Heading | undefined
  visit(tree, 'heading', (node) => {
    found = node
    return false
  })
  if (!found) return undefined
  const text = toPlainText(found).replace(/\s+/g, ' ').trim()
  return text === '' ? undefined : text
}
