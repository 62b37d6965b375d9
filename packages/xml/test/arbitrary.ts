/**
 * Random kopij trees for property tests: every mdast and GFM node type, every
 * optional field absent, `null` or set, `data` with a language and other JSON,
 * positions or none, and every field of the document metadata.
 */
import type { DocumentMetadata, JsonValue } from '@kopij/ast'
import fc from 'fast-check'
import type {
  BlockContent,
  Data,
  DefinitionContent,
  FootnoteDefinition,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  TableRow,
} from 'mdast'
import type { Position } from 'unist'

/** Characters XML 1.0 cannot carry; `toXml` reports them (tested apart). */
const forbidden =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text as reports have it: markup characters, line breaks, any Unicode. */
const textArbitrary: fc.Arbitrary<string> = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom(
        '&',
        '<',
        '>',
        '"',
        "'",
        '\r',
        '\n',
        '\t',
        ' ',
        ']]>',
        '&amp;',
        '€',
        'ĳ',
        '\u00AD',
      ),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 12,
  })
  .map((value) => value.replace(forbidden, ''))

const nameArbitrary = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 })

const pointArbitrary = fc.record(
  {
    line: fc.integer({ min: 1, max: 10_000 }),
    column: fc.integer({ min: 1, max: 500 }),
    offset: fc.nat({ max: 1_000_000 }),
  },
  { requiredKeys: ['line', 'column'] },
)

const positionArbitrary: fc.Arbitrary<Position> = fc.record({
  start: pointArbitrary,
  end: pointArbitrary,
})

function clean(value: JsonValue): JsonValue {
  if (typeof value === 'string') return value.replace(forbidden, '')
  if (Array.isArray(value)) return value.map(clean)
  if (value !== null && typeof value === 'object') {
    const result: { [key: string]: JsonValue } = {}
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(result, key.replace(forbidden, ''), {
        value: clean(item),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return result
  }
  return value
}

const jsonArbitrary: fc.Arbitrary<JsonValue> = fc
  .jsonValue({ maxDepth: 2, noUnicodeString: false })
  .map((value) => clean(value as JsonValue))

const languageArbitrary = fc.constantFrom('nl', 'en', 'en-GB', 'de', 'fr-BE', 'fy')

const dataArbitrary: fc.Arbitrary<Data> = fc.record(
  {
    language: languageArbitrary,
    hProperties: fc.dictionary(nameArbitrary, jsonArbitrary, {
      maxKeys: 2,
      noNullPrototype: true,
    }),
  },
  { requiredKeys: [] },
)

/** The fields every node may have: `data` and `position`. */
const extras = fc.record({ data: dataArbitrary, position: positionArbitrary }, { requiredKeys: [] })

const nullable = <Value>(arbitrary: fc.Arbitrary<Value>): fc.Arbitrary<Value | null> =>
  fc.option(arbitrary, { nil: null })

function node<Fields extends object>(
  fields: fc.Arbitrary<Fields>,
): fc.Arbitrary<Fields & { data?: Data; position?: Position }> {
  return fc.tuple(fields, extras).map(([own, common]) => ({ ...own, ...common }))
}

const referenceType = fc.constantFrom('shortcut' as const, 'collapsed' as const, 'full' as const)

const trees = fc.letrec<{
  phrasing: PhrasingContent
  phrasingList: PhrasingContent[]
  flow: BlockContent | DefinitionContent
  flowList: Array<BlockContent | DefinitionContent>
  listItem: ListItem
  tableRow: TableRow
  footnoteDefinition: FootnoteDefinition
}>((tie) => ({
  phrasingList: fc.array(tie('phrasing'), { maxLength: 3 }),
  phrasing: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    node(fc.record({ type: fc.constant('text' as const), value: textArbitrary })),
    node(fc.record({ type: fc.constant('inlineCode' as const), value: textArbitrary })),
    node(fc.record({ type: fc.constant('html' as const), value: textArbitrary })),
    node(fc.record({ type: fc.constant('break' as const) })),
    node(fc.record({ type: fc.constant('emphasis' as const), children: tie('phrasingList') })),
    node(fc.record({ type: fc.constant('strong' as const), children: tie('phrasingList') })),
    node(fc.record({ type: fc.constant('delete' as const), children: tie('phrasingList') })),
    node(
      fc.record(
        {
          type: fc.constant('link' as const),
          url: textArbitrary,
          title: nullable(textArbitrary),
          children: tie('phrasingList'),
        },
        { requiredKeys: ['type', 'url', 'children'] },
      ),
    ),
    node(
      fc.record(
        {
          type: fc.constant('image' as const),
          url: textArbitrary,
          title: nullable(textArbitrary),
          alt: nullable(textArbitrary),
        },
        { requiredKeys: ['type', 'url'] },
      ),
    ),
    node(
      fc.record(
        {
          type: fc.constant('footnoteReference' as const),
          identifier: textArbitrary,
          label: nullable(textArbitrary),
        },
        { requiredKeys: ['type', 'identifier'] },
      ),
    ),
    node(
      fc.record(
        {
          type: fc.constant('linkReference' as const),
          identifier: textArbitrary,
          label: nullable(textArbitrary),
          referenceType,
          children: tie('phrasingList'),
        },
        { requiredKeys: ['type', 'identifier', 'referenceType', 'children'] },
      ),
    ),
    node(
      fc.record(
        {
          type: fc.constant('imageReference' as const),
          identifier: textArbitrary,
          label: nullable(textArbitrary),
          referenceType,
          alt: nullable(textArbitrary),
        },
        { requiredKeys: ['type', 'identifier', 'referenceType'] },
      ),
    ),
  ),
  flowList: fc.array(tie('flow'), { maxLength: 3 }),
  listItem: node(
    fc.record(
      {
        type: fc.constant('listItem' as const),
        checked: nullable(fc.boolean()),
        spread: nullable(fc.boolean()),
        children: tie('flowList'),
      },
      { requiredKeys: ['type', 'children'] },
    ),
  ),
  tableRow: node(
    fc.record({
      type: fc.constant('tableRow' as const),
      children: fc.array(
        node(fc.record({ type: fc.constant('tableCell' as const), children: tie('phrasingList') })),
        { maxLength: 3 },
      ),
    }),
  ),
  footnoteDefinition: node(
    fc.record(
      {
        type: fc.constant('footnoteDefinition' as const),
        identifier: textArbitrary,
        label: nullable(textArbitrary),
        children: tie('flowList'),
      },
      { requiredKeys: ['type', 'identifier', 'children'] },
    ),
  ),
  flow: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    node(fc.record({ type: fc.constant('paragraph' as const), children: tie('phrasingList') })),
    node(
      fc.record({
        type: fc.constant('heading' as const),
        depth: fc.constantFrom(
          1 as const,
          2 as const,
          3 as const,
          4 as const,
          5 as const,
          6 as const,
        ),
        children: tie('phrasingList'),
      }),
    ),
    node(fc.record({ type: fc.constant('thematicBreak' as const) })),
    node(fc.record({ type: fc.constant('blockquote' as const), children: tie('flowList') })),
    node(
      fc.record(
        {
          type: fc.constant('code' as const),
          lang: nullable(textArbitrary),
          meta: nullable(textArbitrary),
          value: textArbitrary,
        },
        { requiredKeys: ['type', 'value'] },
      ),
    ),
    node(fc.record({ type: fc.constant('html' as const), value: textArbitrary })),
    node(
      fc.record(
        {
          type: fc.constant('list' as const),
          ordered: nullable(fc.boolean()),
          start: nullable(fc.integer({ min: -5, max: 1000 })),
          spread: nullable(fc.boolean()),
          children: fc.array(tie('listItem'), { maxLength: 3 }),
        },
        { requiredKeys: ['type', 'children'] },
      ),
    ),
    node(
      fc.record(
        {
          type: fc.constant('table' as const),
          align: fc.array(
            fc.constantFrom(null, 'left' as const, 'right' as const, 'center' as const),
            {
              maxLength: 3,
            },
          ),
          children: fc.array(tie('tableRow'), { maxLength: 3 }),
        },
        { requiredKeys: ['type', 'children'] },
      ),
    ),
    node(
      fc.record(
        {
          type: fc.constant('definition' as const),
          identifier: textArbitrary,
          label: nullable(textArbitrary),
          url: textArbitrary,
          title: nullable(textArbitrary),
        },
        { requiredKeys: ['type', 'identifier', 'url'] },
      ),
    ),
    tie('footnoteDefinition'),
  ),
}))

const metadataArbitrary: fc.Arbitrary<DocumentMetadata> = fc.record(
  {
    title: textArbitrary,
    subtitle: textArbitrary,
    language: languageArbitrary,
    date: textArbitrary,
    authors: fc.array(textArbitrary, { maxLength: 3 }),
    subject: textArbitrary,
    keywords: fc.array(textArbitrary, { maxLength: 3 }),
    parliamentaryPaper: fc.record({
      chamber: textArbitrary,
      parliamentaryYear: textArbitrary,
      dossier: textArbitrary,
      number: textArbitrary,
    }),
    identifiers: fc.array(fc.record({ scheme: textArbitrary, value: textArbitrary }), {
      maxLength: 2,
    }),
    source: fc.record({ path: textArbitrary, format: textArbitrary }, { requiredKeys: [] }),
    furniture: fc.array(
      fc.record(
        {
          kind: fc.constantFrom(
            'runningHeader' as const,
            'runningFooter' as const,
            'pageNumber' as const,
            'repeatedLine' as const,
          ),
          value: textArbitrary,
          page: fc.integer({ min: 1, max: 900 }),
          position: positionArbitrary,
        },
        { requiredKeys: ['kind', 'value'] },
      ),
      { maxLength: 3 },
    ),
    custom: fc.dictionary(textArbitrary, jsonArbitrary, { maxKeys: 3, noNullPrototype: true }),
  },
  { requiredKeys: [] },
)

/**
 * Random kopij trees: the root's children are any flow content. Cloned at
 * the end, because fast-check's records have no prototype and trees are
 * plain JSON objects.
 */
export const treeArbitrary: fc.Arbitrary<Root> = fc
  .tuple(
    // Front matter (yaml) may stand only in the root.
    fc.array<RootContent>(
      fc.oneof<fc.Arbitrary<RootContent>[]>(
        trees.flow,
        node(fc.record({ type: fc.constant('yaml' as const), value: textArbitrary })),
      ),
      { maxLength: 4 },
    ),
    fc.option(metadataArbitrary, { nil: undefined }),
    fc.option(positionArbitrary, { nil: undefined }),
  )
  .map(([children, metadata, position]) => {
    const tree: Root = { type: 'root', children }
    if (metadata) tree.data = { metadata }
    if (position) tree.position = position
    return structuredClone(tree)
  })
