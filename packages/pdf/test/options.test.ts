import { paragraph, root } from '@kopij/ast'
import { toPdf } from '@kopij/pdf'
import { expect, test } from 'vitest'
import { openPdf, run, tempPdf } from './pdf-readers.js'

const tree = root([paragraph('Tekst.')], { title: 'Opties' })

test('should throw for an unknown option, naming the known ones', async () => {
  await expect(toPdf(tree, { colour: 'red' } as never)).rejects.toThrow(
    /Unknown PDF option "colour": use one of pageSize, margins/,
  )
})

test('should throw for an unknown page size', async () => {
  await expect(toPdf(tree, { pageSize: 'A3' as never })).rejects.toThrow(
    /Unknown page size "A3": use A4, A5, Letter/,
  )
})

test('should throw for margins that leave no room', async () => {
  await expect(toPdf(tree, { margins: 280 })).rejects.toThrow(/less than 2 inches/)
})

test('should throw for a tree that is not a root', async () => {
  await expect(toPdf(paragraph('x') as never)).rejects.toThrow(/Expected an mdast root/)
})

test('should use the page size asked for', async () => {
  const path = tempPdf(await toPdf(tree, { pageSize: 'Letter' }))
  expect(run('pdfinfo', [path])).toMatch(/^Page size: +612 x 792 pts \(letter\)$/m)
})

test('should default to A4 and Dutch page labels', async () => {
  const path = tempPdf(await toPdf(tree))
  expect(run('pdfinfo', [path])).toMatch(/^Page size: +595\.28 x 841\.89 pts \(A4\)$/m)
  expect(run('pdftotext', [path, '-'])).toContain('Pagina 1 van 1')
})

test('should localise page labels and set /Lang from the language option', async () => {
  const english = root([paragraph('Text.')], { title: 'Options' })
  const bytes = await toPdf(english, { language: 'en-GB' })
  expect(run('pdftotext', [tempPdf(bytes), '-'])).toContain('Page 1 of 1')
  const { info } = await (await openPdf(bytes)).getMetadata()
  expect(info).toMatchObject({ Language: 'en-GB' })
})

test('should prefer the language of the tree over the option', async () => {
  const german = root([paragraph('Text.')], { title: 'Optionen', language: 'de' })
  const bytes = await toPdf(german, { language: 'en-GB' })
  expect(run('pdftotext', [tempPdf(bytes), '-'])).toContain('Seite 1 von 1')
})
