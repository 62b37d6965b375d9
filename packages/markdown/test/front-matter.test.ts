import { root } from '@kopij/ast'
import { parseMarkdown, stringifyMarkdown } from '@kopij/markdown'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'

describe('front matter', () => {
  test('should take front matter out of the flow as metadata', () => {
    const tree = parseMarkdown('---\ntitle: Nota\nlang: nl\ndate: 2023\n---\n\n# Nota\n')
    expect(tree.data?.metadata).toEqual({ title: 'Nota', language: 'nl', date: '2023' })
    expect(tree.children.map((node) => node.type)).toEqual(['heading'])
  })

  test('should fail on invalid YAML with the line in the file', () => {
    const file = new VFile({
      path: 'nota.md',
      value: '---\ntitle: Nota\nlang: [nl\n---\n\nTekst\n',
    })
    expect(() => parseMarkdown(file)).toThrow(/not valid YAML/)
    const [message] = file.messages
    expect(message?.ruleId).toBe('front-matter-invalid')
    expect(message?.fatal).toBe(true)
    expect(message?.line).toBeGreaterThanOrEqual(3)
  })

  test('should fail on front matter that is not a mapping', () => {
    expect(() => parseMarkdown('---\n- een\n- twee\n---\n')).toThrow(/mapping/)
  })

  test('should keep a known field of the wrong shape under custom, with a warning', () => {
    const file = new VFile({ value: '---\ntitle: [een, twee]\n---\n\nTekst\n' })
    const tree = parseMarkdown(file)
    expect(tree.data?.metadata).toEqual({ custom: { title: ['een', 'twee'] } })
    expect(file.messages.map((message) => message.ruleId)).toEqual(['front-matter-field-invalid'])
    expect(file.messages[0]?.fatal).toBe(false)
  })

  test('should write metadata as front matter, or leave it out when asked', () => {
    const tree = root([], { title: 'Nota', authors: ['BZ'], language: 'nl' })
    expect(stringifyMarkdown(tree)).toBe('---\ntitle: Nota\nauthor:\n  - BZ\nlang: nl\n---\n')
    expect(stringifyMarkdown(tree, { frontMatter: false })).toBe('')
  })
})
