import { describe, expect, test } from 'vitest'
import { isBlockBoundary } from '../src/lib/block-boundary.js'
import type { Layout } from '../src/lib/layout.js'
import { linesOf } from './helpers.js'

const unmarked: Layout = {
  measure: 60,
  trailingSpaceMarksWrap: false,
  trailingSpaceExcludesBlockEnd: false,
  runInLabels: false,
}
const marked: Layout = {
  measure: 60,
  trailingSpaceMarksWrap: true,
  trailingSpaceExcludesBlockEnd: true,
  runInLabels: false,
}

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
