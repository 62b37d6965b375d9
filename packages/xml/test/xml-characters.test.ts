import { code, paragraph, root, text } from '@kopij/ast'
import { fromXml, toXml } from '@kopij/xml'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { describe, expect, test } from 'vitest'

describe('escaping', () => {
  test('should escape markup characters in text and attributes and read them back', () => {
    const tree = root([
      paragraph(['a & b < c > d "e" \'f\' ]]> g']),
      code('x\r\ny\tz', 'a"b\tc\nd&'),
    ])
    const xml = toXml(tree, { positions: false })
    expect(xml).toContain('<text>a &amp; b &lt; c &gt; d "e" \'f\' ]]&gt; g</text>')
    expect(xml).toContain('lang="a&quot;b&#9;c&#10;d&amp;"')
    expect(xml).toContain('x&#13;\ny\tz</code>')
    expect(fromXml(xml)).toStrictEqual(tree)
  })

  test('should keep every character XML 1.0 allows, astral ones included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const allowed = value.replace(
          // biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point
          /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          '',
        )
        const tree = root([paragraph([text(allowed)]), code(allowed, allowed)])
        expect(fromXml(toXml(tree))).toStrictEqual(tree)
      }),
      { numRuns: 500 },
    )
  })
})

describe('characters XML 1.0 forbids', () => {
  const forbidden = ['\u0000', '\u0001', '\u000B', '\u000C', '\u001F', '\uFFFE', '\uFFFF', '\uD800']

  test.each(forbidden)('should report %j and write U+FFFD in its place', (character) => {
    const node = text(`voor${character}na`)
    node.position = { start: { line: 3, column: 1 }, end: { line: 3, column: 8 } }
    const file = new VFile()
    for (const profile of ['kopij', 'docbook'] as const) {
      const xml = toXml(root([paragraph([node])]), { profile }, file)
      expect(xml).toContain('voor\uFFFDna')
      expect(xml).not.toContain(character)
    }
    expect(file.messages).toHaveLength(2)
    const [message] = file.messages
    expect(message?.ruleId).toBe('xml-character-forbidden')
    expect(message?.source).toBe('@kopij/xml')
    expect(message?.fatal).toBe(false)
    expect(message?.place).toEqual(node.position)
    expect(message?.reason).toContain(
      `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
    )
  })

  test('should report a forbidden character in an attribute and in metadata', () => {
    const file = new VFile()
    toXml(root([code('x', 'js\u0002')], { title: 'Titel\u0007' }), {}, file)
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'xml-character-forbidden',
      'xml-character-forbidden',
    ])
  })

  test('should throw the message when there is no file to report it on', () => {
    expect(() => toXml(root([paragraph(['a\u0000b'])]))).toThrow(VFileMessage)
  })
})

describe('what XML cannot hold', () => {
  test('should report a node type that is not mdast instead of dropping it silently', () => {
    const tree = root([paragraph(['a'])])
    // A node from a plugin kopij does not know, as a plain object would come
    // in from JSON: the type system cannot see it.
    tree.children.push(JSON.parse('{"type":"math","value":"x^2"}'))
    const file = new VFile()
    const xml = toXml(tree, {}, file)
    expect(xml).not.toContain('math')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['xml-node-unknown'])
  })

  test('should report a property mdast does not define', () => {
    const tree = root([JSON.parse('{"type":"paragraph","children":[],"colour":"red"}')])
    const file = new VFile()
    toXml(tree, {}, file)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['xml-property-unknown'])
  })
})
