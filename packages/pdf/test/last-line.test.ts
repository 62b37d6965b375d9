/**
 * A paragraph's last line leaves room for the next paragraph's first word
 * (at most four fifths of the measure together), ragged or justified, so
 * the paragraph's end shows in extracted text; read back with pdf.js.
 */
import { paragraph, root } from '@kopij/ast'
import { toPdf } from '@kopij/pdf'
import { expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { openPdf } from './pdf-readers.js'

const vocabulary =
  'het beleid minister kamer verslag begroting uitvoering water dijken veiligheid verantwoording resultaten doelstelling maatregelen gemeenten provincies'.split(
    ' ',
  )

/** Paragraphs "Alinea n …" of varied lengths (a seeded generator). */
function paragraphs(count: number) {
  let state = 11
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  return Array.from({ length: count }, (_, index) => {
    const words = Array.from(
      { length: 8 + Math.floor(next() * 50) },
      () => vocabulary[Math.floor(next() * vocabulary.length)],
    )
    return paragraph(`Alinea ${index + 1} ${words.join(' ')}.`)
  })
}

/** Each line's left and right end and first word, top to bottom, page by page. */
async function linesOf(bytes: Uint8Array) {
  const doc = await openPdf(bytes)
  const lines: { left: number; right: number; text: string }[] = []
  for (let index = 1; index <= doc.numPages; index++) {
    const byY = new Map<number, { left: number; right: number; text: string }>()
    for (const item of (await (await doc.getPage(index)).getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue
      const y = Math.round(item.transform[5] as number)
      // The running footer sits below the 72 pt bottom margin.
      if (y < 72) continue
      const left = item.transform[4] as number
      const line = byY.get(y) ?? { left, right: left, text: '' }
      line.left = Math.min(line.left, left)
      line.right = Math.max(line.right, left + item.width)
      line.text += item.str
      byY.set(y, line)
    }
    lines.push(...[...byY].sort((a, b) => b[0] - a[0]).map(([, line]) => line))
  }
  return lines
}

/**
 * Whether a line opens a paragraph. pdf.js leaves out some spaces of
 * justified lines (each is drawn on its own), so "Alinea 2" may come as
 * "Alinea2".
 */
function opensParagraph(text: string | undefined): boolean {
  return /^Alinea ?\d/.test(text ?? '')
}

for (const justify of [false, true]) {
  test(`should end a ${justify ? 'justified' : 'ragged'} paragraph's last line with room for the next word`, async () => {
    const bytes = await toPdf(root(paragraphs(60), { title: 'T', language: 'nl' }), {
      ...fixedDates,
      justify,
    })
    const lines = await linesOf(bytes)
    const left = 62
    const measure = 595.28 - 2 * 62
    let ends = 0
    lines.forEach((line, index) => {
      const next = lines[index + 1]
      if (!opensParagraph(next?.text)) return
      ends++
      // With " Alinea" (wider than 20 pt at 10.5 pt) it fits in four fifths.
      expect(line.right - left, line.text).toBeLessThanOrEqual(measure * 0.8 - 20)
    })
    expect(ends).toBe(59)
    // Lines that do not end a paragraph still fill the measure: the rule
    // moves words only at paragraph ends.
    const full = lines.filter(
      (_line, index) => !opensParagraph(lines[index + 1]?.text) && index < lines.length - 1,
    )
    const wide = full.filter((line) => line.right - left > measure * 0.85)
    expect(wide.length / full.length).toBeGreaterThan(0.8)
  })
}
