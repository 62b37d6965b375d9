import { fromText } from '@kopij/text'
import type { ListContent, RootContent } from 'mdast'
import { expect, test } from 'vitest'
import { readListMarker } from '../src/lib/list-marker.js'

test('should read bullets and numbers at the start of a line', () => {
  expect(readListMarker('• Eerste punt')).toEqual({
    ordered: false,
    marker: '•',
    family: '•',
    length: 2,
  })
  expect(readListMarker('- Tweede punt')).toMatchObject({ ordered: false, family: '-' })
  expect(readListMarker('3. Derde punt')).toMatchObject({ ordered: true, number: 3, family: '1.' })
  expect(readListMarker('2) Tweede')).toMatchObject({ ordered: true, number: 2, family: '1)' })
  expect(readListMarker('b) Tweede')).toMatchObject({ ordered: true, number: 2, family: 'a)' })
  expect(readListMarker('(iv) Vierde')).toMatchObject({ ordered: true, number: 4, family: '(i)' })
})

test('should not read a marker in ordinary text', () => {
  expect(readListMarker('2022 was een mijlpaal')).toBeUndefined()
  expect(readListMarker('a. de Vries schreef')).toBeUndefined()
  expect(readListMarker('-gebaseerd')).toBeUndefined()
  expect(readListMarker('1.1 Scope')).toBeUndefined()
})

test('should read the bullets typesetters set at deeper list levels', () => {
  // LaTeX's itemize: •, then –, then ∗ (U+2217), then ·; other classes and
  // word processors use ◦, ‣, ⁃ and ⋆.
  for (const bullet of ['∗', '⋆', '◦', '‣', '⁃']) {
    expect(readListMarker(`${bullet} Derde niveau`), bullet).toEqual({
      ordered: false,
      marker: bullet,
      family: bullet,
      length: 2,
    })
  }
})

test('should nest a third-level list under its second level', () => {
  const tree = fromText(
    [
      'De website heeft de volgende onderdelen:',
      '• Mijn omgeving',
      '– Overzicht',
      '– Mijn aanvragen',
      '∗ Lopende aanvragen',
      '∗ Afgeronde aanvragen',
      '• Contact',
    ].join('\n'),
    { language: 'nl' },
  )
  const outer = tree.children[1]
  expect(outer?.type).toBe('list')
  const depths: string[] = []
  const walk = (node: RootContent | ListContent, depth: number): void => {
    if (node.type === 'list') for (const item of node.children) walk(item, depth + 1)
    if (node.type === 'listItem') {
      const [first, ...rest] = node.children
      depths.push(
        `${depth}: ${first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : ''}`,
      )
      for (const child of rest) if (child.type === 'list') walk(child, depth)
    }
  }
  if (outer) walk(outer, 0)
  expect(depths).toEqual([
    '1: Mijn omgeving',
    '2: Overzicht',
    '2: Mijn aanvragen',
    '3: Lopende aanvragen',
    '3: Afgeronde aanvragen',
    '1: Contact',
  ])
})
