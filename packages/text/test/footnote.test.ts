import { fromText } from '@kopij/text'
import type { FootnoteDefinition, Paragraph } from 'mdast'
import { describe, expect, test } from 'vitest'
import { findFootnotes, findReference } from '../src/lib/footnote.js'
import { linesOf } from './helpers.js'

const report = [
  'Het college heeft het plan besproken in de raad.1 De raad stemde in',
  'met het voorstel over de aanleg van de nieuwe wegen in het oosten van',
  'de stad en over het onderhoud van de oude wegen in het centrum en over',
  'het budget voor de wegen2 en de parken.',
  '1 Zie het verslag van de raad van maart.',
  '2 Het plan voor de parken volgt later, met de',
  'kosten per park.',
  '\fDe uitvoering begint volgend jaar. Het budget3 is rond.',
  '3 Begroting, hoofdstuk wegen.',
].join('\n')

describe('findFootnotes', () => {
  test('should find numbered notes at the foot of each page, numbered on', () => {
    const found = findFootnotes(linesOf(report), () => false)
    expect(found.notes.map((note) => [note.number, note.lines.map((line) => line.text)])).toEqual([
      [1, ['1 Zie het verslag van de raad van maart.']],
      [2, ['2 Het plan voor de parken volgt later, met de', 'kosten per park.']],
      [3, ['3 Begroting, hoofdstuk wegen.']],
    ])
  })

  test('should keep a line that goes on a sentence with a number and a lowercase word', () => {
    const text = 'Het prototype (zie bijlage1 en bijlage\n1 voor het portaal) is klaar.'
    expect(findFootnotes(linesOf(text), () => false).notes).toEqual([])
  })

  test('should keep numbered lines whose numbers stand nowhere in the text', () => {
    const text = 'De raad besloot drie dingen.\nHet college voert ze uit.\n1 Het eerste besluit.'
    expect(findFootnotes(linesOf(text), () => false).notes).toEqual([])
  })

  test('should take notes numbered from 1 again on each page', () => {
    const text = [
      'De raad besloot over de wegen.1 Het college voert het besluit uit',
      'en meldt de kosten aan de raad.2 De raad stemt daarna in.',
      '1 Zie het besluit van maart.',
      '2 De kosten staan in de begroting.',
      '\fHet college begint in mei met de wegen in het oosten.1 Dan volgt het centrum.',
      '1 Zie de planning.',
    ].join('\n')
    const found = findFootnotes(linesOf(text), () => false)
    expect(found.notes.map((note) => [note.number, note.ordinal])).toEqual([
      [1, 1],
      [2, 2],
      [1, 3],
    ])
  })

  test('should not start again at 1 without a reference on that page', () => {
    const text = [
      'De raad besloot over de wegen.1 Het college voert het besluit uit.',
      '1 Zie het besluit van maart.',
      '\fHet college begint in mei met de wegen in het oosten.',
      '1 Een genummerde regel die geen noot is.',
    ].join('\n')
    const found = findFootnotes(linesOf(text), () => false)
    expect(found.notes.map((note) => note.number)).toEqual([1])
  })

  test('should read notes and references in superscript digits', () => {
    const text = [
      'Het college besprak het plan in de raad.¹ De raad stemde in met het',
      'voorstel over de wegen ² en de parken.',
      '¹Zie het verslag van maart.',
      '² Het plan voor de parken volgt later.',
    ].join('\n')
    const found = findFootnotes(linesOf(text), () => false)
    expect(found.notes.map((note) => [note.number, note.lines[0]?.text.slice(note.skip)])).toEqual([
      [1, 'Zie het verslag van maart.'],
      [2, 'Het plan voor de parken volgt later.'],
    ])
  })

  test('should not start with a note other than the next number', () => {
    const text = 'De raad besloot.4 Het college voert uit.\n4 Zie het besluit.'
    expect(findFootnotes(linesOf(text), () => false).notes).toEqual([])
  })
})

describe('findReference', () => {
  test('should find a number glued to a word or its punctuation', () => {
    expect(findReference('de wegen2 en', 2)).toBe(8)
    expect(findReference('de raad.2 De', 2)).toBe(8)
    expect(findReference('de raad”2 De', 2)).toBe(8)
  })

  test('should find a number in superscript digits, also set apart', () => {
    expect(findReference('de wegen² en', 2)).toBe(8)
    expect(findReference('de wegen ² en', 2)).toBe(9)
    expect(findReference('de wegen ²³ en', 2)).toBe(-1)
    expect(findReference('de wegen¹² en', 12)).toBe(8)
  })

  test('should not take a number of its own or part of a longer one', () => {
    expect(findReference('artikel 2 lid', 2)).toBe(-1)
    expect(findReference('de wegen21 en', 2)).toBe(-1)
    expect(findReference('versie 2.2 van', 2)).toBe(-1)
  })
})

describe('fromText footnotes', () => {
  test('should make references and definitions in reading order', () => {
    const tree = fromText(report)
    expect(tree.children.map((node) => node.type)).toEqual([
      'paragraph',
      'footnoteDefinition',
      'footnoteDefinition',
      'paragraph',
      'footnoteDefinition',
    ])
    const first = tree.children[0] as Paragraph
    expect(first.children.map((node) => node.type)).toEqual([
      'text',
      'footnoteReference',
      'text',
      'footnoteReference',
      'text',
    ])
    const second = tree.children[2] as FootnoteDefinition
    expect(second.identifier).toBe('2')
    expect(second.children[0]).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Het plan voor de parken volgt later, met de kosten per park.' },
      ],
    })
    expect(second.position?.start.line).toBe(6)
  })

  test('should give notes numbered again on each page identifiers of their own', () => {
    const tree = fromText(
      [
        'De raad besloot over de wegen.1 Het college voert het besluit uit.',
        '1 Zie het besluit van maart.',
        '\fHet college begint in mei met de wegen in het oosten.1 Dan volgt het centrum.',
        '1 Zie de planning.',
      ].join('\n'),
    )
    const references = tree.children.flatMap((node) =>
      node.type === 'paragraph'
        ? node.children.flatMap((child) =>
            child.type === 'footnoteReference' ? [child.identifier] : [],
          )
        : [],
    )
    const definitions = tree.children.flatMap((node) =>
      node.type === 'footnoteDefinition' ? [node.identifier] : [],
    )
    expect(references).toEqual(['1', '2'])
    expect(definitions).toEqual(['1', '2'])
    expect(tree.children.at(-1)).toMatchObject({
      children: [{ children: [{ value: 'Zie de planning.' }] }],
    })
  })

  test('should join a superscript reference set apart to its word', () => {
    const tree = fromText('De raad stemde in met de wegen ¹ en de parken.\n¹ Zie het verslag.')
    const first = tree.children[0] as Paragraph
    expect(first.children).toMatchObject([
      { type: 'text', value: 'De raad stemde in met de wegen' },
      { type: 'footnoteReference', identifier: '1' },
      { type: 'text', value: ' en de parken.' },
    ])
  })

  test('should drop the space pdftotext sets between a raised number and punctuation', () => {
    const tree = fromText(
      'De raad stemde in met het voorstel over de wegen in de stad1\n. Het college voert het uit.\n1 Zie het verslag.',
    )
    const first = tree.children[0] as Paragraph
    expect(first.children.at(-1)).toMatchObject({
      type: 'text',
      value: '. Het college voert het uit.',
    })
  })
})
