import { paragraph, root } from '@kopij/ast'
import { toPdf } from '@kopij/pdf'
import { beforeAll, describe, expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { openPdf, qpdfObjects, run, tempPdf } from './pdf-readers.js'

const words =
  'De gebalanceerde beleidsdialoog over mensenrechten en terrorismebestrijding versterkt het veiligheidsfundament dat alle instellingen onderschreven, ook voor dual-use goederen.'
const tree = root([paragraph(`${words} ${words} ${words}`), paragraph('Kort.')], {
  title: 'Uitvullen',
  language: 'nl',
})
const options = { ...fixedDates, pageSize: 'A5', justify: true } as const
const right = 419.53 - 62

describe('justified text', () => {
  let bytes: Uint8Array

  beforeAll(async () => {
    bytes = await toPdf(tree, options)
  })

  test('should end every line but the last of a paragraph at the right margin', async () => {
    const page = await (await openPdf(bytes)).getPage(1)
    const lines = new Map<number, number>()
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue
      const y = Math.round(item.transform[5] as number)
      lines.set(y, Math.max(lines.get(y) ?? 0, (item.transform[4] as number) + item.width))
    }
    // Top to bottom: the long paragraph, its last line, "Kort.", the footer.
    const ends = [...lines].sort((a, b) => b[0] - a[0]).map(([, end]) => end)
    const justified = ends.slice(0, -3)
    expect(justified.length).toBeGreaterThan(5)
    for (const end of justified) expect(Math.abs(end - right)).toBeLessThan(1)
    expect(ends.at(-3)).toBeLessThan(right - 20)
  })

  test('should hyphenate, wrapping each broken word in a Span with the whole word as ActualText', () => {
    const objects = qpdfObjects(tempPdf(bytes))
    const actualTexts: string[] = []
    for (const object of objects.values()) {
      const value = object.value
      if (value && typeof value === 'object' && !Array.isArray(value) && value['/S'] === '/Span') {
        actualTexts.push(String(value['/ActualText']).replace(/^u:/, ''))
      }
    }
    expect(actualTexts.length).toBeGreaterThan(0)
    const allowed = new Set(words.replace(/[.,]/g, '').split(' '))
    for (const word of actualTexts) expect(allowed.has(word), word).toBe(true)
  })

  test('should break no word at a real hyphen and keep words whole for pdftotext', () => {
    const text = run('pdftotext', ['-enc', 'UTF-8', tempPdf(bytes), '-'])
    expect(text).not.toMatch(/dual-\n/)
    // poppler joins a line-end hyphen with the next line's start.
    expect(text.replace(/\s+/g, ' ')).toContain(words)
  })

  test('should leave text ragged right without the option', async () => {
    const plain = await toPdf(tree, { ...fixedDates, pageSize: 'A5' })
    const page = await (await openPdf(plain)).getPage(1)
    const ends = new Set<number>()
    for (const item of (await page.getTextContent()).items) {
      if ('str' in item && item.str.trim() !== '') {
        ends.add(Math.round((item.transform[4] as number) + item.width))
      }
    }
    expect(ends.size).toBeGreaterThan(4)
    expect(run('pdftotext', [tempPdf(plain), '-'])).not.toMatch(/[a-z]-\n/)
  })
})
