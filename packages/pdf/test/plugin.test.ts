import { kopijMarkdownParse } from '@kopij/markdown'
import { kopijPdf } from '@kopij/pdf'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'
import { run, tempPdf } from './pdf-readers.js'

test('should compile a tree to PDF bytes on file.value', async () => {
  const file = await unified()
    .use(kopijMarkdownParse)
    .use(kopijPdf, { pageSize: 'A5' })
    .process(new VFile({ path: 'nota.md', value: '# Nota\n\n### Diep\n\nTekst.\n' }))
  expect(file.value).toBeInstanceOf(Uint8Array)
  expect(file.data.pdf).toBeUndefined()
  const path = tempPdf(file.value as Uint8Array)
  expect(run('pdfinfo', [path])).toMatch(/^Page size: +419.53 x 595.28 pts/m)
  expect(file.messages.map((message) => message.ruleId)).toEqual([
    'title-missing',
    'heading-level-skip',
  ])
  expect(file.messages[1]?.source).toBe('@kopij/pdf')
  expect(file.messages[1]?.line).toBe(3)
})

test('should throw for an unknown option when used', () => {
  expect(() =>
    unified()
      .use(kopijMarkdownParse)
      .use(kopijPdf, { size: 'A4' } as never)
      .freeze(),
  ).toThrow(/Unknown PDF option "size"/)
})
