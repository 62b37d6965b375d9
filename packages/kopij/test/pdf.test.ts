import { convert } from 'kopij'
import { expect, test } from 'vitest'

test('should convert Markdown to a tagged PDF through the pdf format', async () => {
  const output = await convert('# Titel\n\nTekst.\n', { from: 'markdown', to: 'pdf' })
  expect(output).toBeInstanceOf(Uint8Array)
  const text = new TextDecoder('latin1').decode(output as Uint8Array)
  expect(text.startsWith('%PDF-1.7')).toBe(true)
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
})

test('should imply the pdf format from the .pdf extension', async () => {
  const { formatForPath } = await import('kopij')
  expect(formatForPath('verslag.pdf')).toMatchObject({ name: 'pdf', binary: true })
})
