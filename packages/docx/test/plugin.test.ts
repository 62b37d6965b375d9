import { kopijDocx } from '@kopij/docx'
import { kopijMarkdownParse } from '@kopij/markdown'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { Docx, readText } from './read-docx.js'

describe('kopijDocx', () => {
  test('should make the document the processed file’s value, with messages on the file', async () => {
    const file = await unified()
      .use(kopijMarkdownParse)
      .use(kopijDocx, { language: 'nl-NL' })
      .process(new VFile({ path: 'nota.md', value: '# Nota\n\nTekst <i>x</i>.\n' }))
    expect(file.value).toBeInstanceOf(Uint8Array)
    const bytes = file.value as Uint8Array
    expect(file.data.docx).toBe(bytes)
    expect(readText(new Docx(bytes).parse('word/document.xml'))).toContain('Nota')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['html-dropped', 'html-dropped'])
  })

  test('should refuse bad options at use()', () => {
    expect(() =>
      unified()
        .use(kopijDocx, { pageSize: 'A3' } as never)
        .freeze(),
    ).toThrow(/option "pageSize": use "A4" or "Letter"/)
  })

  test('should say what to do when stringify runs without the transform', () => {
    const processor = unified().use(kopijMarkdownParse).use(kopijDocx)
    expect(() => processor.stringify(processor.parse('# x'))).toThrow(
      /run the processor with `process\(\)`/,
    )
  })
})
