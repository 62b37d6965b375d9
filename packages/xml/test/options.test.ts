import { paragraph, root } from '@kopij/ast'
import { toXml } from '@kopij/xml'
import { expect, test } from 'vitest'

const tree = root([paragraph(['a'])])

test('should write kopij XML by default and DocBook when asked', () => {
  expect(toXml(tree)).toContain('<root xmlns="https://kopij.nl/ns/tree/1" version="1">')
  expect(toXml(tree, { profile: 'docbook' })).toContain(
    '<article xmlns="http://docbook.org/ns/docbook"',
  )
})

test('should write positions unless told not to', () => {
  tree.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: 1, column: 2, offset: 1 },
  }
  expect(toXml(tree)).toContain('position="1:1:0-1:2:1"')
  expect(toXml(tree, { positions: false })).not.toContain('position=')
})

test('should throw for an unknown option or value, naming what is accepted', () => {
  expect(() => toXml(tree, { profile: 'html' } as never)).toThrow(
    'Invalid value "html" for @kopij/xml option "profile": use one of "kopij", "docbook"',
  )
  expect(() => toXml(tree, { indent: 2 } as never)).toThrow(
    'Unknown @kopij/xml option "indent": use one of profile, positions',
  )
})

test('should throw for something that is not a root', () => {
  expect(() => toXml(paragraph(['a']) as never)).toThrow(
    'toXml needs an mdast root, not a paragraph node',
  )
})
