import { toPdf } from '@kopij/pdf'
import { beforeAll, describe, expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { openPdf, outlineOfStruct, type PdfJsStructNode } from './pdf-readers.js'
import { everyNodeTree } from './sample-trees.js'

type PdfJsDocument = Awaited<ReturnType<typeof openPdf>>

describe('pdf.js reads the tagged PDF', () => {
  let doc: PdfJsDocument
  let structure: string[]

  beforeAll(async () => {
    doc = await openPdf(await toPdf(everyNodeTree(), fixedDates))
    const page = await doc.getPage(1)
    structure = outlineOfStruct((await page.getStructTree()) as PdfJsStructNode)
  })

  test('should mark the document as tagged', async () => {
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true })
  })

  test('should have a Document element holding the blocks in reading order', () => {
    const blocks = structure.filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim())
    expect(blocks).toEqual([
      'H1',
      'P',
      'H2',
      'L',
      'L',
      'BlockQuote',
      'Code',
      'Table',
      'Figure',
      'P',
    ])
    expect(structure[0]).toBe('Document')
  })

  test('should tag lists as L > LI > Lbl + LBody, nesting inside LBody', () => {
    const text = structure.join('\n')
    expect(text).toContain('L\n    LI\n      Lbl\n      LBody\n        P')
    expect(text).toMatch(/LBody\n {8}P\n {8}L\n {10}LI/)
  })

  test('should tag the table with header cells and data cells in equal rows', () => {
    const start = structure.findIndex((line) => line.trim() === 'Table')
    const rows = structure.slice(start + 1).filter((line) => /^ {4}\S/.test(line))
    expect(rows.slice(0, 3).map((line) => line.trim())).toEqual(['TR', 'TR', 'TR'])
    const cells = structure.slice(start + 1).filter((line) => /^ {6}(TH|TD)$/.test(line))
    expect(cells.map((line) => line.trim())).toEqual(['TH', 'TH', 'TD', 'TD', 'TD', 'TD'])
  })

  test('should put the note, link, reference, code and language span inside the paragraph', () => {
    const start = structure.indexOf('  P')
    const end = structure.indexOf('  H2')
    const inside = structure.slice(start + 1, end).map((line) => line.trim())
    expect(inside).toEqual(['Link', 'Reference', 'Link', 'Note', 'P', 'Span lang=en-GB'])
  })

  test('should give the figure its alternative text', async () => {
    const page = await doc.getPage(1)
    const find = (node: PdfJsStructNode): PdfJsStructNode | undefined =>
      node.role === 'Figure' ? node : node.children?.map(find).find(Boolean)
    expect(find((await page.getStructTree()) as PdfJsStructNode)?.alt).toBe('Een rode stip')
  })

  test('should carry the title and the PDF/UA identification in XMP and Info', async () => {
    const { info, metadata } = await doc.getMetadata()
    expect(info).toMatchObject({ Title: 'Jaarverslag kopij', Language: 'nl-NL' })
    expect(metadata?.get('dc:title')).toBe('Jaarverslag kopij')
    expect(metadata?.get('pdfuaid:part')).toBe('1')
  })

  test('should make bookmarks from the headings, nested by tagged level', async () => {
    const outline = await doc.getOutline()
    expect(outline.map((item) => item.title)).toEqual(['Jaarverslag kopij'])
    expect(outline[0]?.items.map((item) => item.title)).toEqual(['Een overgeslagen niveau'])
  })

  test('should extract whole words and every special character', async () => {
    const page = await doc.getPage(1)
    const content = await page.getTextContent()
    // pdf.js drops the space that ends a line and marks the line end instead.
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
      .join('')
    expect(text).toContain('Een gebalanceerde benadering van dual-use goederen')
    // pdf.js normalises the micro sign to Greek mu (NFKC) on extraction.
    expect(text).toContain('Geïntegreerde Oekraïne Syrië – “citaat” € ĳ fi μ Ŋ ſ.')
  })

  test('should make a link annotation with its URL and a description', async () => {
    const page = await doc.getPage(1)
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link')
    expect(links.length).toBeGreaterThan(0)
    expect(links[0]).toMatchObject({ url: 'https://example.org/verslag' })
    expect(links[0]?.contentsObj?.str).toBe('een link naar het verslag')
  })
})
