import { paragraph, root } from '@kopij/ast'
import { toDocx } from '@kopij/docx'
import { describe, expect, test } from 'vitest'
import { Docx, descendants, first } from './read-docx.js'

const tree = root([paragraph('Tekst.')])

describe('options', () => {
  test('should refuse an unknown option, naming the accepted ones', async () => {
    await expect(toDocx(tree, { paper: 'A4' } as never)).rejects.toThrow(
      /Unknown @kopij\/docx option "paper": use one of pageSize, /,
    )
  })

  test('should refuse body text under 11 pt', async () => {
    await expect(toDocx(tree, { fontSize: 9 })).rejects.toThrow(
      /option "fontSize": use a number of points from 11/,
    )
  })

  test('should refuse a malformed language tag', async () => {
    await expect(toDocx(tree, { language: 'nl_NL' })).rejects.toThrow(/BCP 47/)
  })

  test('should refuse something that is not a tree', async () => {
    await expect(toDocx({ type: 'paragraph', children: [] } as never)).rejects.toThrow(
      /can only write an mdast root/,
    )
  })

  test('should use the fonts and size asked for', async () => {
    const styles = new Docx(
      await toDocx(tree, { font: 'Verdana', monospaceFont: 'Consolas', fontSize: 12 }),
    ).parse('word/styles.xml')
    const defaults = first(styles, 'w:docDefaults')
    expect(first(defaults, 'w:rFonts').attributes['w:ascii']).toBe('Verdana')
    expect(first(defaults, 'w:sz').attributes['w:val']).toBe('24')
    const code = descendants(styles, 'w:style').find(
      (s) => s.attributes['w:styleId'] === 'SourceCode',
    )
    expect(code && first(code, 'w:rFonts').attributes['w:ascii']).toBe('Consolas')
  })

  test('should let options win over metadata for the properties', async () => {
    const withMetadata = root([paragraph('x')], { title: 'Uit metadata', language: 'nl' })
    const docx = new Docx(
      await toDocx(withMetadata, {
        title: 'Uit opties',
        creator: 'Redactie',
        keywords: ['a', 'b'],
        description: 'Omschrijving',
      }),
    )
    const core = docx.xml('docProps/core.xml')
    expect(core).toContain('<dc:title>Uit opties</dc:title>')
    expect(core).toContain('<dc:creator>Redactie</dc:creator>')
    expect(core).toContain('<cp:keywords>a, b</cp:keywords>')
    expect(core).toContain('<dc:description>Omschrijving</dc:description>')
    expect(first(docx.parse('word/styles.xml'), 'w:lang').attributes['w:val']).toBe('nl')
  })

  test('should leave the footer out when page numbers are not wanted', async () => {
    const docx = new Docx(await toDocx(tree, { pageNumbers: false }))
    expect(Object.keys(docx.parts).some((name) => name.startsWith('word/footer'))).toBe(false)
  })
})
