import { createHash } from 'node:crypto'
import { toPdf } from '@kopij/pdf'
import { beforeAll, describe, expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { run, tempPdf } from './pdf-readers.js'
import { everyNodeTree } from './sample-trees.js'

describe('poppler reads the tagged PDF', () => {
  let path: string

  beforeAll(async () => {
    path = tempPdf(await toPdf(everyNodeTree(), fixedDates))
  })

  test('should report it tagged, with a metadata stream and the title', () => {
    const info = run('pdfinfo', [path])
    expect(info).toMatch(/^Tagged: +yes$/m)
    expect(info).toMatch(/^Suspects: +no$/m)
    expect(info).toMatch(/^Metadata Stream: +yes$/m)
    expect(info).toMatch(/^Title: +Jaarverslag kopij$/m)
    expect(info).toMatch(/^PDF version: +1\.7$/m)
  })

  test('should show the PDF/UA identification in the XMP', () => {
    const xmp = run('pdfinfo', ['-meta', path])
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>')
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Jaarverslag kopij</rdf:li>')
  })

  test('should show the structure with its text, attributes and IDs', () => {
    const tree = run('pdfinfo', ['-struct-text', path])
    expect(tree).toMatch(/^Document\n {2}H1 \(block\)\n {4}"Jaarverslag kopij"/)
    expect(tree).toContain('Note <fn-1> (inline)')
    expect(tree).toMatch(/TH:\n +\/Scope \/Column\n +"Jaar"/)
    expect(tree).toMatch(/L \(block\):\n +\/ListNumbering \/Decimal/)
    expect(tree).toMatch(/L \(block\):\n +\/ListNumbering \/Disc/)
    expect(tree).toMatch(/Link \(inline\)\n +"een link naar het verslag"\n +Object \d+ 0/)
    expect(tree).toContain('"De tekst van de voetnoot."')
  })

  test('should embed every font as a subset with a Unicode map', () => {
    const fonts = run('pdffonts', [path]).trim().split('\n').slice(2)
    expect(fonts.length).toBeGreaterThanOrEqual(4)
    for (const font of fonts) {
      expect(font).toMatch(/^[A-Z]{6}\+\S+ +CID TrueType +Identity-H +yes yes yes /)
    }
    expect(fonts.some((font) => font.includes('+DejaVuSans '))).toBe(true)
  })

  test('should extract whole words, the characters only the fallback font has too', () => {
    const text = run('pdftotext', ['-enc', 'UTF-8', path, '-']).replace(/\s+/g, ' ')
    expect(text).toContain('gebalanceerde')
    expect(text).toContain('dual-use')
    expect(text).toContain('Geïntegreerde Oekraïne Syrië – “citaat” € ĳ fi µ Ŋ ſ.')
    expect(text).toContain('Pagina 1 van 1')
  })

  test('should keep the spaces a code line starts with', () => {
    const text = run('pdftotext', ['-enc', 'UTF-8', path, '-'])
    expect(text).toMatch(/^const kopij = true\n {2}return kopij$/m)
  })
})

test('should write the same bytes for the same tree and dates', async () => {
  const hash = async () =>
    createHash('sha256')
      .update(await toPdf(everyNodeTree(), fixedDates))
      .digest('hex')
  expect(await hash()).toBe(await hash())
})
