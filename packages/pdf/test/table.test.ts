import { root, table } from '@kopij/ast'
import { toPdf } from '@kopij/pdf'
import { expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { openPdf } from './pdf-readers.js'

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
