import {
  emphasis,
  footnoteDefinition,
  footnoteReference,
  heading,
  link,
  list,
  listItem,
  paragraph,
  root,
  table,
} from '@kopij/ast'
import { describe, expect, test } from 'vitest'

describe('builders', () => {
  test('should turn strings into text nodes inside phrasing content', () => {
    expect(paragraph(['Zie ', emphasis('bijlage'), '.'])).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Zie ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'bijlage' }] },
        { type: 'text', value: '.' },
      ],
    })
  })

  test('should put metadata on the root data', () => {
    const tree = root([heading(1, 'Jaarverslag')], { title: 'Jaarverslag', language: 'nl' })
    expect(tree.data?.metadata).toEqual({ title: 'Jaarverslag', language: 'nl' })
    expect(root([]).data).toBeUndefined()
  })

  test('should give an ordered list its start and wrap plain items in paragraphs', () => {
    const node = list(['een', ['twee ', link('https://example.org', 'link')]], {
      ordered: true,
      start: 3,
    })
    expect(node.start).toBe(3)
    expect(node.ordered).toBe(true)
    expect(node.children[0]).toEqual(listItem([paragraph('een')]))
    expect(node.children[1]?.children[0]?.type).toBe('paragraph')
    expect(list(['x']).start).toBeUndefined()
  })

  test('should normalise footnote identifiers as mdast does', () => {
    expect(footnoteReference('Noot  A').identifier).toBe('noot a')
    expect(footnoteReference('Noot  A').label).toBe('Noot  A')
    expect(footnoteDefinition('Noot A', [paragraph('x')]).identifier).toBe('noot a')
  })

  test('should build table rows and cells from plain cell content', () => {
    const node = table(
      [
        ['Jaar', 'Bedrag'],
        ['2022', '€ 3 mln'],
      ],
      ['left', 'right'],
    )
    expect(node.children).toHaveLength(2)
    expect(node.children[1]?.children[1]).toEqual({
      type: 'tableCell',
      children: [{ type: 'text', value: '€ 3 mln' }],
    })
    expect(node.align).toEqual(['left', 'right'])
  })
})
