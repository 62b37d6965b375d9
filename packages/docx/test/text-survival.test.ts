import {
  blockquote,
  code,
  emphasis,
  footnoteDefinition,
  footnoteReference,
  heading,
  inlineCode,
  link,
  list,
  listItem,
  paragraph,
  root,
  strikethrough,
  strong,
  table,
  toPlainText,
} from '@kopij/ast'
import { toDocx } from '@kopij/docx'
import fc from 'fast-check'
import type { BlockContent, FootnoteDefinition, PhrasingContent, Root } from 'mdast'
import { describe, expect, test } from 'vitest'
import { Docx, descendants, firstMissingWord, readText, words } from './read-docx.js'
import { readReport } from './report-fixture.js'

/**
 * The words a reader should find: the body's, then each note's in the order
 * the body refers to them (Word numbers notes that way).
 */
function expectedWords(tree: Root): { body: string[]; notes: string[] } {
  const definitions = new Map<string, FootnoteDefinition>()
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node)
  }
  const body = root(tree.children.filter((node) => node.type !== 'footnoteDefinition'))
  const order: string[] = []
  const collect = (node: { type: string; children?: unknown[]; identifier?: string }) => {
    if (node.type === 'footnoteReference' && node.identifier) order.push(node.identifier)
    for (const child of (node.children ?? []) as Array<typeof node>) collect(child)
  }
  collect(body)
  return {
    body: words(toPlainText(body)),
    notes: order.flatMap((id) => {
      const definition = definitions.get(id)
      return definition ? words(toPlainText(definition)) : []
    }),
  }
}

async function actualWords(tree: Root): Promise<{ body: string[]; notes: string[] }> {
  const docx = new Docx(await toDocx(tree, { language: 'nl-NL', title: 'Test' }))
  const notes = descendants(docx.parse('word/footnotes.xml'), 'w:footnote').filter(
    (note) => Number(note.attributes['w:id']) > 0,
  )
  return {
    body: words(readText(docx.parse('word/document.xml'))),
    notes: words(notes.map(readText).join('\n')),
  }
}

describe('no text lost', () => {
  test('should keep every word of the fixture report, in order, in body and notes', async () => {
    const { tree } = readReport()
    const expected = expectedWords(tree)
    const actual = await actualWords(tree)
    expect(expected.body.length).toBeGreaterThan(150)
    expect(firstMissingWord(expected.body, actual.body)).toBeUndefined()
    expect(firstMissingWord(expected.notes, actual.notes)).toBeUndefined()
  })

  test('should notice a lost word (the check itself can fail)', () => {
    expect(firstMissingWord(['een', 'twee', 'drie'], ['een', 'drie'])).toContain('"twee"')
    expect(firstMissingWord(['een', 'twee'], ['twee', 'een'])).toContain('"twee"')
  })

  test('should keep every word, in order, of any tree of every node type', async () => {
    const word = fc.stringMatching(/^[a-zà-ÿ]{1,8}[0-9]?$/)
    const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '))
    const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
      sentence.map((value) => ({ type: 'text', value }) as PhrasingContent),
      sentence.map((value) => emphasis(value)),
      sentence.map((value) => strong([emphasis(value)])),
      sentence.map((value) => strikethrough(value)),
      word.map((value) => inlineCode(value)),
      sentence.map((value) => link('https://example.nl/', value)),
    )
    const inline = fc.array(phrasing, { minLength: 1, maxLength: 4 })
    const block: fc.Arbitrary<BlockContent> = fc.letrec<{ block: BlockContent }>((tie) => ({
      block: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        inline.map((children) => paragraph(children)),
        fc
          .tuple(fc.integer({ min: 1, max: 6 }), inline)
          .map(([depth, children]) => heading(depth as 1 | 2 | 3 | 4 | 5 | 6, children)),
        fc.array(sentence, { minLength: 1, maxLength: 3 }).map((lines) => code(lines.join('\n'))),
        fc
          .array(tie('block'), { minLength: 1, maxLength: 3 })
          .map((children) => blockquote(children)),
        fc
          .tuple(
            fc.array(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), {
              minLength: 1,
              maxLength: 3,
            }),
            fc.boolean(),
          )
          .map(([items, ordered]) =>
            list(
              items.map((children) => listItem(children)),
              { ordered },
            ),
          ),
        fc
          .array(fc.array(inline, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 })
          .map((rows) => table(rows)),
      ),
    })).block
    const document = fc
      .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.array(sentence, { maxLength: 3 }))
      .map(([blocks, notes]) => {
        const references = notes.map((_, index) => footnoteReference(`n${index}`))
        const definitions = notes.map((note, index) =>
          footnoteDefinition(`n${index}`, [paragraph(note)]),
        )
        return root([...blocks, paragraph(['Noten', ...references]), ...definitions])
      })
    await fc.assert(
      fc.asyncProperty(document, async (tree) => {
        const expected = expectedWords(tree)
        const actual = await actualWords(tree)
        expect(firstMissingWord(expected.body, actual.body)).toBeUndefined()
        expect(firstMissingWord(expected.notes, actual.notes)).toBeUndefined()
      }),
      { numRuns: 40 },
    )
  })
})
