import { describe, expect, test } from 'vitest'
import type { HyphenContext } from '../src/lib/hyphen-repair.js'
import type { Layout } from '../src/lib/layout.js'
import { applyBreak, decideBreak } from '../src/lib/line-break.js'
import { linesOf } from './helpers.js'

const context: HyphenContext = { language: 'nl', vocabulary: new Map(), hyphensAreGenuine: false }
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

function decide(text: string, layout: Layout): string {
  const [line, next] = linesOf(text)
  if (!line || !next) throw new Error('need two lines')
  const { kind } = decideBreak(line, next, layout, context)
  return applyBreak(line.text, next.text, kind)
}

describe('decideBreak', () => {
  test('should put a space at a soft wrap', () => {
    expect(decide('een\nregel', unmarked)).toBe('een regel')
  })

  test('should join a word whose hyphen was lost, where the document marks wraps', () => {
    expect(decide('een gebalan\nceerde aanpak', marked)).toBe('een gebalanceerde aanpak')
    expect(decide('een \nregel', marked)).toBe('een regel')
  })

  test('should not join lines without a trailing space where the document marks none', () => {
    expect(decide('een gebalan\nceerde aanpak', unmarked)).toBe('een gebalan ceerde aanpak')
  })

  test('should drop a hyphenation hyphen and keep a genuine one', () => {
    expect(decide('een gebalan-\nceerde aanpak', unmarked)).toBe('een gebalanceerde aanpak')
    expect(decide('de EU-\nRaadsconclusies', unmarked)).toBe('de EU-Raadsconclusies')
    expect(decide('de Buitenland-\nen Veiligheidsstrategie', unmarked)).toBe(
      'de Buitenland- en Veiligheidsstrategie',
    )
  })

  test('should join at a soft hyphen', () => {
    expect(decide('een gebalan\u00AD\nceerde aanpak', unmarked)).toBe('een gebalanceerde aanpak')
  })
})
