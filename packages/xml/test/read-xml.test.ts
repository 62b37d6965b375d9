import { fromXml, kopijNamespace, toXml } from '@kopij/xml'
import fc from 'fast-check'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import { describe, expect, test } from 'vitest'

/** Read XML, expecting a fatal message; returns it. */
function refusal(xml: string): VFileMessage {
  const file = new VFile({ path: 'invoer.xml', value: xml })
  let caught: unknown
  try {
    fromXml(file)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(VFileMessage)
  const message = caught as VFileMessage
  expect(message.fatal).toBe(true)
  expect(message.source).toBe('@kopij/xml')
  expect(file.messages).toContain(message)
  expect(message.file).toBe('invoer.xml')
  return message
}

const open = `<root xmlns="${kopijNamespace}" version="1">`

describe('hostile input', () => {
  test('should refuse a billion laughs document quickly, at its DOCTYPE', () => {
    const entities = ['<!ENTITY lol "lol">']
    for (let level = 1; level <= 9; level++) {
      entities.push(`<!ENTITY lol${level} "${`&lol${level - 1 || ''};`.repeat(10)}">`)
    }
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE root [\n${entities.join('\n')}\n]>\n${open}<paragraph><text>&lol9;</text></paragraph></root>`
    const message = refusal(xml)
    expect(message.ruleId).toBe('xml-doctype-refused')
    expect(message.place).toMatchObject({ line: 2, column: 1 })
    expect(message.reason).toMatch(/DOCTYPE/)
  })

  test('should refuse an external entity without fetching it', () => {
    const xml = `<!-- a comment first -->\n<!DOCTYPE root [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n${open}<paragraph><text>&secret;</text></paragraph></root>`
    const message = refusal(xml)
    expect(message.ruleId).toBe('xml-doctype-refused')
    expect(message.place).toMatchObject({ line: 2, column: 1 })
  })

  test('should refuse 100,000-deep nesting with a clear error', () => {
    const depth = 100_000
    const xml = `${open}${'<blockquote>'.repeat(depth)}${'</blockquote>'.repeat(depth)}</root>`
    const message = refusal(xml)
    expect(message.ruleId).toBe('xml-nesting-too-deep')
    expect(message.reason).toMatch(/more than 1000 deep/)
  })

  test('should read nesting within the limit', () => {
    const depth = 900
    const xml = `${open}${'<blockquote>'.repeat(depth)}${'</blockquote>'.repeat(depth)}</root>`
    let node = fromXml(xml).children[0]
    let count = 0
    while (node?.type === 'blockquote') {
      count++
      node = node.children[0]
    }
    expect(count).toBe(depth)
  })

  test('should refuse an undeclared entity, naming it', () => {
    const message = refusal(`${open}\n<paragraph><text>a &nbsp; b</text></paragraph></root>`)
    expect(message.ruleId).toBe('xml-entity-unknown')
    expect(message.reason).toContain('&nbsp;')
    expect(message.place).toMatchObject({ line: 2, column: 12 })
  })

  test('should refuse a bare ampersand', () => {
    const message = refusal(`${open}<paragraph><text>a & b</text></paragraph></root>`)
    expect(['xml-malformed']).toContain(message.ruleId)
  })
})

describe('malformed XML', () => {
  test('should report a wrong closing tag with line and column', () => {
    const message = refusal(`${open}\n<paragraph>\n  <text>a</paragraph>\n</root>`)
    expect(message.ruleId).toBe('xml-malformed')
    expect(message.place).toMatchObject({ line: 3, column: 10 })
    expect(message.reason).toMatch(/not well-formed/)
  })

  test('should report an unclosed document', () => {
    expect(refusal(`${open}<paragraph>`).ruleId).toBe('xml-malformed')
  })

  test('should report an empty document', () => {
    expect(refusal('').ruleId).toBe('xml-malformed')
  })

  test('should report a character XML 1.0 forbids, raw or as a reference', () => {
    const raw = refusal(`${open}\n<paragraph><text>a\u000Bb</text></paragraph></root>`)
    expect(raw.ruleId).toBe('xml-character-forbidden')
    expect(raw.reason).toContain('U+000B')
    expect(raw.place).toMatchObject({ line: 2, column: 19 })
    expect(refusal(`${open}<paragraph><text>a&#1;b</text></paragraph></root>`).ruleId).toBe(
      'xml-character-forbidden',
    )
    expect(refusal(`${open}<paragraph><text>&#xD800;</text></paragraph></root>`).ruleId).toBe(
      'xml-character-forbidden',
    )
  })

  test('should never throw anything but a message, whatever the input', () => {
    const pieces = fc.constantFrom(
      open,
      '</root>',
      '<paragraph>',
      '</paragraph>',
      '<text>',
      '</text>',
      '<text/>',
      '<heading depth="x">',
      '<!--',
      '-->',
      '<![CDATA[',
      ']]>',
      '&amp;',
      '&',
      '<',
      '>',
      '"',
      '<?xml version="1.0"?>',
      '<!DOCTYPE',
      'a',
      '\n',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        try {
          fromXml(parts.join(''))
        } catch (error) {
          expect(error).toBeInstanceOf(VFileMessage)
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('the kopij vocabulary', () => {
  test('should refuse another vocabulary, such as DocBook', () => {
    const docbook = toXml({ type: 'root', children: [] }, { profile: 'docbook' })
    const message = refusal(docbook)
    expect(message.ruleId).toBe('xml-vocabulary-invalid')
    expect(message.reason).toContain('<article>')
  })

  test('should refuse an unknown element and a bad attribute value at their place', () => {
    const unknown = refusal(`${open}\n  <para/>\n</root>`)
    expect(unknown.ruleId).toBe('xml-vocabulary-invalid')
    expect(unknown.place).toMatchObject({ line: 2, column: 3 })
    const depth = refusal(`${open}<heading depth="een"/></root>`)
    expect(depth.reason).toContain('depth="een"')
  })

  test('should refuse a node where mdast does not allow it', () => {
    const message = refusal(`${open}\n<paragraph>\n  <list/>\n</paragraph></root>`)
    expect(message.ruleId).toBe('xml-vocabulary-invalid')
    expect(message.reason).toMatch(/^Found <list> in <paragraph>, which holds only <break>/)
    expect(message.place).toMatchObject({ line: 3, column: 3 })
    expect(refusal(`${open}<list><paragraph/></list></root>`).reason).toContain(
      'holds only <listItem>',
    )
  })

  test('should refuse text outside text elements rather than drop it', () => {
    expect(refusal(`${open}<paragraph>los</paragraph></root>`).ruleId).toBe(
      'xml-vocabulary-invalid',
    )
  })

  test('should read CDATA sections, comments and character references', () => {
    const tree = fromXml(
      `<?xml version="1.0"?><!-- kopij -->${open}<code><![CDATA[<a & b>]]>&#x20AC;&#8364;</code></root>`,
    )
    expect(tree.children).toEqual([{ type: 'code', value: '<a & b>€€' }])
  })

  test('should keep escaped line breaks in attributes and turn raw ones into spaces', () => {
    const tree = fromXml(
      `${open}<code lang="a&#10;b\tc\nd" value=""/></root>`.replace(' value=""', ''),
    )
    expect(tree.children).toEqual([{ type: 'code', lang: 'a\nb c d', value: '' }])
  })
})
