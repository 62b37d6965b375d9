/**
 * YAML front matter ↔ document metadata.
 *
 * Keys follow pandoc where pandoc has one (`title`, `subtitle`, `author`,
 * `date`, `lang`, `subject`, `keywords`), so the same front matter works in
 * both tools; kopij's own fields keep their metadata names. Keys kopij does
 * not know are kept in `metadata.custom` and written back, never dropped.
 */
import type {
  DocumentIdentifier,
  DocumentMetadata,
  JsonValue,
  ParliamentaryPaperReference,
  RemovedFurniture,
  SourceDocument,
} from '@kopij/ast'
import type { Yaml } from 'mdast'
import type { VFile } from 'vfile'
import { isMap, parseDocument, stringify } from 'yaml'

const source = '@kopij/markdown'

/** Front matter keys and the metadata field each maps to. */
const fieldOfKey = {
  title: 'title',
  subtitle: 'subtitle',
  author: 'authors',
  date: 'date',
  lang: 'language',
  subject: 'subject',
  keywords: 'keywords',
  parliamentaryPaper: 'parliamentaryPaper',
  identifiers: 'identifiers',
  source: 'source',
  furniture: 'furniture',
} as const satisfies Record<string, keyof DocumentMetadata>

type FrontMatterKey = keyof typeof fieldOfKey

function isFrontMatterKey(key: string): key is FrontMatterKey {
  return Object.hasOwn(fieldOfKey, key)
}

/**
 * Read a YAML front matter node into document metadata.
 *
 * Invalid YAML is a fatal message (the metadata would be incomplete); a known
 * key with a value of the wrong shape is a warning and the value is kept
 * under `custom`.
 *
 * @param node The `yaml` node remark-frontmatter made.
 * @param file The file messages go to.
 * @returns The metadata.
 */
export function readFrontMatter(node: Yaml, file: VFile): DocumentMetadata {
  const document = parseDocument(node.value, { prettyErrors: true, uniqueKeys: true })
  const [error] = document.errors
  if (error) {
    // Line 1 of the YAML is line 2 of the file: the opening `---` comes first.
    const line = (node.position?.start.line ?? 1) + (error.linePos?.[0].line ?? 0)
    const column = error.linePos?.[0].col ?? 1
    file.fail(`Front matter is not valid YAML: ${error.message.split('\n')[0]}`, {
      place: { line, column },
      ruleId: 'front-matter-invalid',
      source,
    })
  }
  if (document.contents === null) return {}
  if (!isMap(document.contents)) {
    file.fail('Front matter must be a mapping of keys to values (`title: …`)', {
      place: node.position,
      ruleId: 'front-matter-invalid',
      source,
    })
  }
  const values: unknown = document.toJS({ maxAliasCount: 100 })
  const metadata: DocumentMetadata = {}
  const custom: Record<string, JsonValue> = {}

  for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
    if (!isFrontMatterKey(key)) {
      custom[key] = toJson(value)
      continue
    }
    if (!assignField(metadata, key, value)) {
      file.message(
        `Front matter field \`${key}\` has an unexpected shape; kept under custom metadata`,
        { place: node.position, ruleId: 'front-matter-field-invalid', source },
      )
      custom[key] = toJson(value)
    }
  }
  if (Object.keys(custom).length > 0) metadata.custom = custom
  return metadata
}

/**
 * Write document metadata as the text of a YAML front matter block (without
 * the `---` fences).
 *
 * @param metadata The metadata.
 * @returns The YAML, or `undefined` when there is nothing to write.
 */
export function writeFrontMatter(metadata: DocumentMetadata): string | undefined {
  const values: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(fieldOfKey)) {
    const value = metadata[field]
    if (value !== undefined) values[key] = value
  }
  for (const [key, value] of Object.entries(metadata.custom ?? {})) {
    if (!Object.hasOwn(values, key)) values[key] = value
  }
  if (Object.keys(values).length === 0) return undefined
  return stringify(values, { lineWidth: 0 }).trimEnd()
}

function assignField(metadata: DocumentMetadata, key: FrontMatterKey, value: unknown): boolean {
  switch (key) {
    case 'title':
    case 'subtitle':
    case 'subject':
    case 'lang':
      if (typeof value !== 'string') return false
      metadata[fieldOfKey[key]] = value
      return true
    case 'date':
      // YAML 1.2 reads 2023-05-17 as a string; a bare year reads as a number.
      if (typeof value === 'number' && Number.isInteger(value)) {
        metadata.date = String(value)
        return true
      }
      if (typeof value !== 'string') return false
      metadata.date = value
      return true
    case 'author':
    case 'keywords': {
      const list = typeof value === 'string' ? [value] : value
      if (!isStringArray(list)) return false
      metadata[fieldOfKey[key]] = list
      return true
    }
    case 'parliamentaryPaper':
      if (!isParliamentaryPaper(value)) return false
      metadata.parliamentaryPaper = value
      return true
    case 'identifiers':
      if (!Array.isArray(value) || !value.every(isIdentifier)) return false
      metadata.identifiers = value
      return true
    case 'source':
      if (!isSourceDocument(value)) return false
      metadata.source = value
      return true
    case 'furniture':
      if (!Array.isArray(value) || !value.every(isFurniture)) return false
      metadata.furniture = value
      return true
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

function hasStrings(value: Record<string, unknown>, keys: string[]): boolean {
  return keys.every((key) => typeof value[key] === 'string')
}

function isParliamentaryPaper(value: unknown): value is ParliamentaryPaperReference {
  return isRecord(value) && hasStrings(value, ['chamber', 'parliamentaryYear', 'dossier', 'number'])
}

function isIdentifier(value: unknown): value is DocumentIdentifier {
  return isRecord(value) && hasStrings(value, ['scheme', 'value'])
}

function isSourceDocument(value: unknown): value is SourceDocument {
  return (
    isRecord(value) &&
    ['path', 'format'].every((key) => value[key] === undefined || typeof value[key] === 'string')
  )
}

const furnitureKinds = new Set(['runningHeader', 'runningFooter', 'pageNumber', 'repeatedLine'])

function isFurniture(value: unknown): value is RemovedFurniture {
  return (
    isRecord(value) &&
    typeof value.kind === 'string' &&
    furnitureKinds.has(value.kind) &&
    typeof value.value === 'string' &&
    (value.page === undefined || Number.isInteger(value.page)) &&
    (value.position === undefined || isRecord(value.position))
  )
}

/** YAML can hold dates and other values JSON cannot; turn them into JSON. */
function toJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as JsonValue
}
