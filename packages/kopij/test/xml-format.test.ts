import { convert, convertFile, formatForPath, getFormat } from 'kopij'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'

const markdown = '---\ntitle: Nota\n---\n\n# Kop\n\nTekst met _nadruk_.[^1]\n\n[^1]: Noot.\n'

test('should know the xml format by name and extension', () => {
  expect(getFormat('XML').name).toBe('xml')
  expect(formatForPath('uit/nota.xml')?.name).toBe('xml')
})

test('should convert Markdown to kopij XML and back to the same Markdown', async () => {
  const xml = String(await convert(markdown, { from: 'markdown', to: 'xml' }))
  expect(xml).toContain('<root xmlns="https://kopij.nl/ns/tree/1" version="1"')
  expect(xml).toContain('<title>Nota</title>')
  expect(await convert(xml, { path: 'nota.xml', to: 'markdown' })).toBe(markdown)
})

test('should write DocBook when the xml options ask for it', async () => {
  const docbook = String(
    await convert(markdown, { from: 'markdown', to: 'xml', xml: { profile: 'docbook' } }),
  )
  expect(docbook).toContain('<article xmlns="http://docbook.org/ns/docbook"')
  expect(docbook).toContain('<footnote xml:id="fn1">')
})

test('should fail a conversion from malformed XML with a placed message', async () => {
  const file = new VFile({ path: 'kapot.xml', value: '<root>\n<a></b>' })
  await expect(convertFile(file, { to: 'markdown' })).rejects.toThrow(/not well-formed/)
  expect(file.messages[0]?.ruleId).toBe('xml-malformed')
  expect(file.messages[0]?.line).toBe(2)
})

test('should refuse unknown xml options', async () => {
  await expect(
    convert(markdown, { from: 'markdown', to: 'xml', xml: { profile: 'tei' } as never }),
  ).rejects.toThrow(/profile/)
})
