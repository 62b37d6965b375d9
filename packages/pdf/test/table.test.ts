import { root, table } from '@kopij/ast'
import { toPdf } from '@kopij/pdf'
import { expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { openPdf, run, tempPdf } from './pdf-readers.js'
import { tallRowTree } from './sample-trees.js'

test('should align cells as the table says: right edges meet in a right-aligned column', async () => {
  const tree = root(
    [
      table(
        [
          ['Post', 'Bedrag'],
          ['Dijken', '1'],
          ['Rivieren', '123456'],
        ],
        ['left', 'right'],
      ),
    ],
    { title: 'Uitlijning' },
  )
  const page = await (await openPdf(await toPdf(tree, fixedDates))).getPage(1)
  const items = (await page.getTextContent()).items.flatMap((item) =>
    'str' in item ? [{ text: item.str, left: item.transform[4] as number, width: item.width }] : [],
  )
  const find = (text: string) => {
    const item = items.find((candidate) => candidate.text === text)
    if (!item) throw new Error(`No "${text}" on the page`)
    return item
  }
  const one = find('1')
  const big = find('123456')
  expect(Math.abs(one.left + one.width - (big.left + big.width))).toBeLessThan(0.5)
  expect(one.left).toBeGreaterThan(big.left + 10)
  expect(Math.abs(find('Dijken').left - find('Rivieren').left)).toBeLessThan(0.01)
})

test('should split a row taller than a page between lines, keeping every line inside the text area', async () => {
  const bytes = await toPdf(tallRowTree(160), fixedDates)
  const doc = await openPdf(bytes)
  expect(doc.numPages).toBeGreaterThan(2)
  // Default A4 margins: 62 pt at the top, 72 pt at the foot (the footer below).
  const top = 841.89 - 62
  const bottom = 72
  for (let index = 1; index <= doc.numPages; index++) {
    const page = await doc.getPage(index)
    const texts = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [{ text: item.str, y: item.transform[5] as number }]
        : [],
    )
    const body = texts.filter((item) => !/^(Pagina \d+ van \d+|Lange rij)$/.test(item.text))
    for (const item of body) {
      expect(item.y, `"${item.text}" on page ${index}`).toBeGreaterThan(bottom)
      expect(item.y, `"${item.text}" on page ${index}`).toBeLessThan(top)
    }
    // The header row is repeated at the top of every page the table runs onto.
    if (index > 1) expect(texts.map((item) => item.text)).toContain('Toelichting')
  }
  const text = run('pdftotext', ['-enc', 'UTF-8', tempPdf(bytes), '-']).replace(/\s+/g, ' ')
  const numbers = [...text.matchAll(/Zin (\d+) van/g)].map((match) => Number(match[1]))
  expect(numbers).toEqual(Array.from({ length: 160 }, (_, index) => index + 1))
  expect(text).toContain('Noot bij de lange cel.')
  expect(text.indexOf('De rij na de lange.')).toBeGreaterThan(text.indexOf('Slot van de cel.'))
})
