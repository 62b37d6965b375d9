/**
 * The adapter is internal, so it is tested through the PDF it produces:
 * pdf-lib's own `drawText` with a subset font embedded through fontkit 2.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { PDFDocument } from 'pdf-lib'
import { expect, test } from 'vitest'
import { fontkitAdapter } from '../src/lib/fontkit-adapter.js'
import { run, tempPdf } from './pdf-readers.js'

test('should let pdf-lib embed a fontkit 2 subset that extracts exactly', async () => {
  const require = createRequire(import.meta.url)
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkitAdapter)
  const font = await doc.embedFont(
    readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    {
      subset: true,
      customName: 'ABCDEF+DejaVuSans',
    },
  )
  doc.addPage().drawText('Geïntegreerde Oekraïne ĳ Ŋ ſ €', { font, size: 12, x: 50, y: 700 })
  const path = tempPdf(await doc.save())
  expect(run('pdftotext', ['-enc', 'UTF-8', path, '-']).trim()).toBe(
    'Geïntegreerde Oekraïne ĳ Ŋ ſ €',
  )
  expect(run('pdffonts', [path])).toMatch(
    /ABCDEF\+DejaVuSans +CID TrueType +Identity-H +yes yes yes/,
  )
})
