import { describe, expect, test } from 'vitest'
import { endsNumberedHeading, isBlockBoundary } from '../src/lib/block-boundary.js'
import type { Layout } from '../src/lib/layout.js'
import { measureFill } from '../src/lib/line-fill.js'
import type { Line } from '../src/lib/lines.js'
import { justifiedParagraph, linesOf, marked, unmarked } from './helpers.js'

function boundary(text: string, layout: Layout, blank = false): boolean {
  const [line, next, after] = linesOf(text)
  if (!line || !next) throw new Error('need two lines')
  return isBlockBoundary(line, next, layout, blank, after)
}

describe('isBlockBoundary', () => {
  test('should end a block at a short line before a capital', () => {
    expect(
      boundary('De raad stemde in met het voorstel.\nDaarna volgde de begroting.', unmarked),
    ).toBe(true)
  })

  test('should go on after a full line even when the next starts a sentence', () => {
    expect(
      boundary(
        'De raad stemde in met het voorstel van het college van B&W.\nDaarna volgde de begroting.',
        unmarked,
      ),
    ).toBe(false)
  })

  test('should go on when the next line starts in lowercase', () => {
    expect(boundary('Het voorstel over\nde begroting volgde.', unmarked)).toBe(false)
  })

  test('should start a block at a bullet, and at blank lines', () => {
    expect(
      boundary(
        'De raad wil drie dingen, namelijk de volgende punten die hij noemt\n• minder regels',
        unmarked,
      ),
    ).toBe(true)
    expect(
      boundary('Eerste alinea van de tekst die doorloopt tot hier\nen verder', unmarked, true),
    ).toBe(true)
  })

  test('should take a short line between a full sentence end and a block start as a heading', () => {
    const text =
      'De raad stemde in met het voorstel van het college van B&W.\nFinanciën\nDe begroting sluit met een klein overschot dit jaar.'
    expect(boundary(text, unmarked)).toBe(true)
  })

  test('should never end a block at a line with a trailing space where the document marks wraps', () => {
    expect(boundary('Kort. \nDaarna volgde de begroting.', marked)).toBe(false)
    expect(boundary('Kort.\nDaarna volgde de begroting.', marked)).toBe(true)
  })
})

describe('isBlockBoundary with the measure in widths', () => {
  const fill = measureFill(linesOf(justifiedParagraph.join('\n')))
  const wide: Layout = { ...unmarked, measure: 64 }
  const pair = (text: string): [Line, Line] => {
    const [line, next] = linesOf(text)
    if (!line || !next) throw new Error('need two lines')
    return [line, next]
  }

  test('should end a paragraph at a sentence end the next word would have fitted after', () => {
    const [line, next] = pair(
      'rond het sportpark waar ook de nieuwe sporthal kwam.\nDaarna volgde de begroting.',
    )
    expect(isBlockBoundary(line, next, wide, false, undefined, false, fill)).toBe(true)
    // Counted in characters the line is not short enough to tell.
    expect(isBlockBoundary(line, next, wide, false, undefined, false)).toBe(false)
  })

  test('should go on after a sentence end on a full line', () => {
    const [line, next] = pair(
      'rond het sportpark waar ook de nieuwe sporthal moet komen, zei hij.\nDaarna volgde de begroting.',
    )
    expect(isBlockBoundary(line, next, wide, false, undefined, false, fill)).toBe(false)
  })

  test('should not measure the indented lines of a list item by the paragraphs', () => {
    const [line, next] = pair(
      'rond het sportpark waar ook de nieuwe sporthal kwam.\nDaarna volgde de begroting.',
    )
    expect(isBlockBoundary(line, next, wide, false, undefined, true, fill)).toBe(false)
  })

  test('should end a paragraph at a lead-in colon the next word would have fitted after', () => {
    const [line, next] = pair(
      'rond het sportpark waar ook de sporthal komt:\nDaarna volgde de begroting.',
    )
    expect(isBlockBoundary(line, next, wide, false, undefined, false, fill)).toBe(true)
  })

  test('should end a list item at a line with plenty of room left before a capital', () => {
    const [line, next] = pair(
      '• het is fijn dat dit lijstje tijdig bij de juiste bijlage zit\nWie het wil, leest verder.',
    )
    expect(isBlockBoundary(line, next, wide, false, undefined, true, fill)).toBe(true)
    expect(isBlockBoundary(line, next, wide, false, undefined, true)).toBe(false)
  })

  test('should not start a block at a line without letters', () => {
    const [line, next] = pair('Zo zei een van hen het. — Respondent\n4')
    expect(isBlockBoundary(line, next, unmarked, false, undefined, false, fill)).toBe(false)
  })
})

describe('endsNumberedHeading', () => {
  const check = (text: string): boolean => {
    const [first, next] = linesOf(text)
    if (!first || !next) throw new Error('need two lines')
    return endsNumberedHeading(first, next)
  }

  test('should end a block at a section number line before a capital', () => {
    expect(check('2.3 Scope van het onderzoek\nHet onderzoek beslaat drie jaar.')).toBe(true)
  })

  test('should go on where the heading wraps in lowercase or the line ends a clause', () => {
    expect(check('2.3 Scope van het onderzoek in de\nstad en de regio')).toBe(false)
    expect(check('2.3 De raad stelde vast:\nHet onderzoek beslaat drie jaar.')).toBe(false)
  })

  test('should leave a single number to the list rules', () => {
    expect(check('2. Integreer de agenda in het ontwerp van\nMijnPlan')).toBe(false)
  })
})
