import { kopijMarkdown } from '@kopij/markdown'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'

test('should read and write Markdown as a unified plugin', async () => {
  const file = await unified()
    .use(kopijMarkdown, { bullet: '*' })
    .process(new VFile({ path: 'x.md', value: '---\ntitle: X\n---\n\n+ een\n' }))
  expect(String(file)).toBe('---\ntitle: X\n---\n\n* een\n')
})

test('should take settings from data, with explicit options winning', async () => {
  const processor = unified()
    .data('settings', { bullet: '+', emphasis: '*' })
    .use(kopijMarkdown, { bullet: '-' })
  const file = await processor.process('* een *x*\n')
  expect(String(file)).toBe('- een *x*\n')
})

test('should put front matter messages on the processed file', async () => {
  const file = new VFile({ value: '---\ntitle: 3\n---\n\nTekst\n' })
  await unified().use(kopijMarkdown).process(file)
  expect(file.messages.map((message) => message.ruleId)).toEqual(['front-matter-field-invalid'])
})

test('should parse and stringify as separate plugins', async () => {
  const { kopijMarkdownParse, kopijMarkdownStringify } = await import('@kopij/markdown')
  const file = await unified()
    .use(kopijMarkdownParse)
    .use(kopijMarkdownStringify, { emphasis: '*' })
    .process('_x_\n')
  expect(String(file)).toBe('*x*\n')
})
