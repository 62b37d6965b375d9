import {
  footnoteDefinition,
  footnoteReference,
  heading,
  image,
  link,
  list,
  listItem,
  paragraph,
  root,
} from '@kopij/ast'
import { toDocx } from '@kopij/docx'
import { parseMarkdown } from '@kopij/markdown'
import type { List, Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { Docx, readText } from './read-docx.js'

async function convert(tree: Root, path?: string) {
  const file = new VFile(path === undefined ? {} : { path })
  const bytes = await toDocx(tree, { language: 'nl-NL' }, file)
  const text = readText(new Docx(bytes).parse('word/document.xml'))
  const messages = file.messages.map((message) => ({
    ruleId: message.ruleId,
    source: message.source,
    line: message.line,
    fatal: message.fatal,
  }))
  return { file, text, messages }
}

describe('messages', () => {
  test('should warn about HTML it leaves out, at its place', async () => {
    const { messages, file } = await convert(
      parseMarkdown('# Kop\n\n<div>blok</div>\n\nTekst <b>vet</b>.\n'),
    )
    expect(messages).toEqual([
      { ruleId: 'html-dropped', source: '@kopij/docx', line: 3, fatal: false },
      { ruleId: 'html-dropped', source: '@kopij/docx', line: 5, fatal: false },
      { ruleId: 'html-dropped', source: '@kopij/docx', line: 5, fatal: false },
    ])
    expect(file.messages[0]?.reason).toContain('<div>blok</div>')
  })

  test('should warn about a remote image and write its alternative text', async () => {
    const { messages, text } = await convert(
      root([
        heading(1, 'Kop'),
        paragraph([image('https://example.nl/a.png', 'Kaart van Zeeland')]),
      ]),
    )
    expect(messages.map((m) => m.ruleId)).toEqual(['image-remote'])
    expect(text).toContain('Kaart van Zeeland')
  })

  test('should warn about an image it cannot read or use, and write its alternative text', async () => {
    const { messages, text } = await convert(
      root([
        heading(1, 'Kop'),
        paragraph([image('ontbreekt.png', 'Ontbrekend')]),
        paragraph([image('data:image/png;base64,bm9wZQ==', 'Geen beeld')]),
        paragraph([
          image(
            `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>')}`,
            'Vector',
          ),
        ]),
      ]),
      '/nergens/verslag.md',
    )
    expect(messages.map((m) => m.ruleId)).toEqual([
      'image-unreadable',
      'image-unreadable',
      'image-format-unsupported',
    ])
    expect(text).toContain('Ontbrekend')
    expect(text).toContain('Geen beeld')
    expect(text).toContain('Vector')
  })

  test('should warn about footnotes without definition or reference, keeping their text', async () => {
    const { messages, text } = await convert(
      root([
        heading(1, 'Kop'),
        paragraph(['Zie', footnoteReference('ontbreekt')]),
        footnoteDefinition('los', [paragraph('Losse noot zonder verwijzing.')]),
      ]),
    )
    expect(messages.map((m) => m.ruleId)).toEqual(['footnote-undefined', 'footnote-unreferenced'])
    expect(text).toContain('[ontbreekt]')
    expect(text).toContain('Losse noot zonder verwijzing.')
  })

  test('should note a repeated footnote reference and write the note for each', async () => {
    const file = new VFile()
    const tree = root([
      heading(1, 'Kop'),
      paragraph(['Een', footnoteReference('a'), ' twee', footnoteReference('a')]),
      footnoteDefinition('a', [paragraph('Dezelfde noot.')]),
    ])
    const docx = new Docx(await toDocx(tree, { language: 'nl' }, file))
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['footnote-repeated', undefined],
    ])
    expect(readText(docx.parse('word/footnotes.xml')).match(/Dezelfde noot/g)).toHaveLength(2)
  })

  test('should warn about a footnote reference inside a footnote, writing its label', async () => {
    const { messages } = await convert(
      root([
        heading(1, 'Kop'),
        paragraph(['Zie', footnoteReference('a')]),
        footnoteDefinition('a', [paragraph(['Noot', footnoteReference('b')])]),
        footnoteDefinition('b', [paragraph('Tweede noot.')]),
      ]),
    )
    expect(messages.map((m) => m.ruleId)).toEqual(['footnote-unreferenced', 'footnote-nested'])
  })

  test('should warn about lists deeper than Word has levels', async () => {
    let nested: List = list(['diepste'])
    for (let depth = 0; depth < 10; depth++)
      nested = list([listItem([paragraph(`niveau ${9 - depth}`), nested])])
    const { messages, text } = await convert(root([heading(1, 'Kop'), nested]))
    expect(messages.map((m) => m.ruleId)).toEqual(['list-too-deep', 'list-too-deep'])
    expect(text).toContain('diepste')
  })

  test('should write characters XML cannot carry as spaces, keeping words apart', async () => {
    const { messages, text } = await convert(
      root([
        heading(1, 'Kop'),
        paragraph('einde\fpagina en\u0000nul'),
        paragraph([link('', 'nergens')]),
      ]),
    )
    expect(messages.map((m) => m.ruleId)).toEqual(['character-replaced'])
    expect(text).toContain('einde pagina en nul')
    // A link without a target keeps its text, as text.
    expect(text).toContain('nergens')
  })

  test('should warn when the document has no title and note a defaulted language', async () => {
    const file = new VFile()
    await toDocx(root([paragraph('Alleen tekst.')]), {}, file)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['language-defaulted', 'title-missing'])
  })
})
