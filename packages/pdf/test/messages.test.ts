import { footnoteReference, heading, image, paragraph, root } from '@kopij/ast'
import { toPdf } from '@kopij/pdf'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { openPdf, outlineOfStruct, type PdfJsStructNode, run, tempPdf } from './pdf-readers.js'

async function messagesOf(tree: Parameters<typeof toPdf>[0]) {
  const file = new VFile()
  const bytes = await toPdf(tree, fixedDates, file)
  return { bytes, messages: file.messages.map((message) => [message.ruleId, message.reason]) }
}

test('should report a skipped heading level and tag it one level down', async () => {
  const { bytes, messages } = await messagesOf(
    root([heading(1, 'Een'), heading(4, 'Vier'), heading(2, 'Twee')], { title: 'T' }),
  )
  expect(messages).toEqual([
    [
      'heading-level-skip',
      'Heading of level 4 follows level 1; it is tagged H2 so no level is skipped',
    ],
  ])
  const page = await (await openPdf(bytes)).getPage(1)
  const roles = outlineOfStruct((await page.getStructTree()) as PdfJsStructNode)
  expect(roles.map((line) => line.trim())).toEqual(['Document', 'H1', 'H2', 'H2'])
})

test('should take the first heading as title when there is none, and say so', async () => {
  const { bytes, messages } = await messagesOf(root([heading(1, 'Nota over kopij')]))
  expect(messages).toEqual([
    ['title-missing', 'The document has no title; the first heading "Nota over kopij" is used'],
  ])
  expect(run('pdfinfo', [tempPdf(bytes)])).toMatch(/^Title: +Nota over kopij$/m)
})

test('should draw a character no font has as U+FFFD and report it, never .notdef', async () => {
  const { bytes, messages } = await messagesOf(root([paragraph('Kanji 漢 hier.')], { title: 'T' }))
  expect(messages).toEqual([
    ['glyph-missing', 'No font has a glyph for "漢" (U+6F22); it is drawn as U+FFFD'],
  ])
  expect(run('pdftotext', ['-enc', 'UTF-8', tempPdf(bytes), '-'])).toContain('Kanji \uFFFD hier.')
})

test('should set the alternative text of an image it cannot read, and report it', async () => {
  const { bytes, messages } = await messagesOf(
    root([paragraph([image('ontbreekt.png', 'Grafiek van de uitgaven')])], { title: 'T' }),
  )
  expect(messages).toEqual([
    [
      'image-unreadable',
      'Image "ontbreekt.png" could not be read (PNG or JPEG, by path or data URL); its alternative text is set instead',
    ],
  ])
  const tree = run('pdfinfo', ['-struct-text', tempPdf(bytes)])
  expect(tree).toContain('Figure')
  expect(tree).toContain('"[Grafiek van de uitgaven]"')
})

test('should report a footnote call without a definition', async () => {
  const { messages } = await messagesOf(
    root([paragraph(['Tekst', footnoteReference('x')])], { title: 'T' }),
  )
  expect(messages).toEqual([['footnote-undefined', 'Footnote "x" is called but never defined']])
})

test('should set a footnote nobody calls at the end, and report it', async () => {
  const { footnoteDefinition } = await import('@kopij/ast')
  const { bytes, messages } = await messagesOf(
    root([paragraph('Tekst.'), footnoteDefinition('los', [paragraph('Losse voetnoot.')])], {
      title: 'T',
    }),
  )
  expect(messages).toEqual([
    [
      'footnote-unreferenced',
      'Footnote definition "los" is never referenced; it is set at the end of the document',
    ],
  ])
  const text = run('pdftotext', ['-enc', 'UTF-8', tempPdf(bytes), '-'])
  expect(text).toContain('Losse voetnoot.')
})
