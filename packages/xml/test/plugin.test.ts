import { paragraph, root } from '@kopij/ast'
import { kopijXml, kopijXmlParse, toXml } from '@kopij/xml'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'

const tree = root([paragraph(['Tekst'])], { title: 'Titel' })

test('should compile a tree to XML with the plugin, options over settings', () => {
  const processor = unified().use(kopijXml, { profile: 'docbook' })
  expect(processor.stringify(tree)).toBe(toXml(tree, { profile: 'docbook' }))
  const settings = unified().data('settings', { xmlProfile: 'docbook' }).use(kopijXml)
  expect(settings.stringify(tree)).toBe(toXml(tree, { profile: 'docbook' }))
  const explicit = unified()
    .data('settings', { xmlProfile: 'docbook' })
    .use(kopijXml, { profile: 'kopij' })
  expect(explicit.stringify(tree)).toBe(toXml(tree))
})

test('should read kopij XML with the parser plugin and round trip through process', async () => {
  const file = await unified()
    .use(kopijXmlParse)
    .use(kopijXml)
    .process(new VFile({ path: 'doc.xml', value: toXml(tree) }))
  expect(String(file)).toBe(toXml(tree))
  expect(unified().use(kopijXmlParse).parse(toXml(tree))).toStrictEqual(tree)
})

test('should put messages on the processed file and fail it on bad XML', async () => {
  const processor = unified().use(kopijXmlParse).use(kopijXml)
  const file = new VFile({ path: 'kapot.xml', value: '<root>' })
  await expect(processor.process(file)).rejects.toThrow(/not well-formed/)
  expect(file.messages[0]?.ruleId).toBe('xml-malformed')

  const read = await unified()
    .use(kopijXmlParse)
    .use(kopijXml)
    .process(toXml(root([paragraph(['a'])])).replace('<text>a', '<text>a&#x20AC;'))
  expect(read.messages).toEqual([])
})

test('should report forbidden characters on the processed file when writing', async () => {
  const file = new VFile()
  const result = unified()
    .use(kopijXml)
    .stringify(root([paragraph(['a\u0001'])]), file)
  expect(result).toContain('a\uFFFD')
  expect(file.messages[0]?.ruleId).toBe('xml-character-forbidden')
})
