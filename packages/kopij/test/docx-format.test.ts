import { convert, formatForPath, getFormat } from 'kopij'
import { expect, test } from 'vitest'

test('should register docx as a binary format implied by .docx', () => {
  const format = getFormat('word')
  expect(format.name).toBe('docx')
  expect(format.binary).toBe(true)
  expect(formatForPath('verslag.DOCX')?.name).toBe('docx')
})

test('should convert Markdown to a DOCX package with the docx options', async () => {
  const output = await convert('# Nota\n\nTekst.\n', {
    from: 'markdown',
    to: 'docx',
    docx: { pageSize: 'Letter' },
  })
  expect(output).toBeInstanceOf(Uint8Array)
  // A zip file (ECMA-376 part 2, Open Packaging Conventions) starts with "PK".
  expect(new TextDecoder().decode((output as Uint8Array).subarray(0, 2))).toBe('PK')
})

test('should refuse unknown docx options', async () => {
  await expect(
    convert('# Nota\n', { from: 'markdown', to: 'docx', docx: { paper: 'A5' } as never }),
  ).rejects.toThrow(/Unknown @kopij\/docx option "paper"/)
})
