import { convert, formatForPath, getFormat } from 'kopij'
import { expect, test } from 'vitest'

test('should register the text format for .txt input, read only', () => {
  expect(formatForPath('verslag.txt')?.name).toBe('text')
  expect(getFormat('txt').name).toBe('text')
  expect(getFormat('text').writer).toBeUndefined()
})

test('should convert raw report text to Markdown with its metadata', async () => {
  const input = [
    'Jaarverslag Ommeren',
    'Inleiding',
    'Het college legt verantwoording af over de uitvoering van het be-',
    'leid in het afgelopen jaar.',
    'Tweede Kamer, vergaderjaar 2023–2024, 36 400, nr. 7',
  ].join('\n')
  const output = await convert(input, { path: 'verslag.txt', to: 'markdown' })
  expect(output).toContain('# Jaarverslag Ommeren\n\n## Inleiding\n\n')
  expect(output).toContain('uitvoering van het beleid in het afgelopen jaar.')
  expect(output).toContain('dossier: 36 400')
  expect(output).not.toMatch(/^Tweede Kamer/m)
})

test('should pass text options through, and refuse unknown ones', async () => {
  const input = 'Een zin.\nTweede Kamer, vergaderjaar 2023–2024, 36 400, nr. 7'
  const kept = await convert(input, {
    from: 'text',
    to: 'markdown',
    text: { removeFurniture: false },
  })
  const body = String(kept).split('\n---\n')[1]
  expect(body).toContain('Tweede Kamer, vergaderjaar 2023–2024, 36 400, nr. 7')
  await expect(
    convert(input, { from: 'text', to: 'markdown', text: { lang: 'nl' } as never }),
  ).rejects.toThrow(/Unknown @kopij\/text option "lang"/)
})
