import { kopijText } from '@kopij/text'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'

test('should parse text through unified, with messages on the file', () => {
  const file = new VFile({
    value: 'Een zin.\nTweede Kamer, vergaderjaar 2023–2024, 36 400, nr. 7\n',
  })
  const tree = unified().use(kopijText).parse(file)
  expect(tree.type).toBe('root')
  expect(file.messages.map((message) => message.ruleId)).toEqual(['furniture-removed'])
})

test('should take settings from the processor, explicit options winning', () => {
  const input = 'Een zin.\nTweede Kamer, vergaderjaar 2023–2024, 36 400, nr. 7\n'
  const withSettings = unified().data('settings', { removeFurniture: false }).use(kopijText)
  expect(JSON.stringify(withSettings.parse(input))).toContain('vergaderjaar')
  const explicit = unified()
    .data('settings', { removeFurniture: false })
    .use(kopijText, { removeFurniture: true })
  expect(JSON.stringify(explicit.parse(input).children)).not.toContain('vergaderjaar')
})

test('should throw for a bad option when used', () => {
  expect(() =>
    unified()
      .use(kopijText, { language: 42 } as never)
      .freeze(),
  ).toThrow(/language/)
})
