import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { HyphenContext } from '../src/lib/hyphen-repair.js'
import type { Layout } from '../src/lib/layout.js'
import { applyBreak, type BreakKind, decideBreak, joinBrokenLines } from '../src/lib/line-break.js'
import { linesOf, marked, unmarked } from './helpers.js'

const context: HyphenContext = { language: 'nl', vocabulary: new Map(), hyphensAreGenuine: false }

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

  test('should join a word that lost its hyphen where the document marks no wraps, on the lexicon', () => {
    expect(decide('een gebalan\nceerde aanpak', unmarked)).toBe('een gebalanceerde aanpak')
  })

  test('should keep the space between two words where the document marks no wraps', () => {
    expect(decide('de mensen\nrechten', unmarked)).toBe('de mensen rechten')
    expect(decide('een woord\nen een zin', unmarked)).toBe('een woord en een zin')
    expect(decide('de gebalan\nCeerde', unmarked)).toBe('de gebalan Ceerde')
  })

  test('should join a name the document writes joined where it marks wraps ("Mijn⏎Plan")', () => {
    const vocabulary = new Map([['mijnplan', 2]])
    const [line, next] = linesOf('open Mijn\nPlan nu')
    if (!line || !next) throw new Error('need two lines')
    const { kind } = decideBreak(line, next, marked, { ...context, vocabulary })
    expect(kind).toBe('join')
    expect(decide('open Mijn\nPlan nu', marked)).toBe('open Mijn Plan nu')
    expect(decide('zie READ\nME', marked)).toBe('zie README')
  })

  test('should drop a hyphenation hyphen and keep a genuine one', () => {
    expect(decide('een gebalan-\nceerde aanpak', unmarked)).toBe('een gebalanceerde aanpak')
    expect(decide('de EU-\nRaadsconclusies', unmarked)).toBe('de EU-Raadsconclusies')
    expect(decide('de Buitenland-\nen Veiligheidsstrategie', unmarked)).toBe(
      'de Buitenland- en Veiligheidsstrategie',
    )
  })

  test('should join after a dash set without spaces, and keep the space after one standing apart', () => {
    expect(decide('het jaar 2024–\n25 was droog', unmarked)).toBe('het jaar 2024–25 was droog')
    expect(decide('het jaar 2024– \n25 was droog', marked)).toBe('het jaar 2024–25 was droog')
    expect(decide('the plan—\nwhich failed', unmarked)).toBe('the plan—which failed')
    expect(decide('de raad –\nen het college', unmarked)).toBe('de raad – en het college')
  })

  test('should join at a soft hyphen', () => {
    expect(decide('een gebalan\u00AD\nceerde aanpak', unmarked)).toBe('een gebalanceerde aanpak')
  })
})

test('should join a block of lines as applyBreak does, break by break', () => {
  expect(
    joinBrokenLines(
      [{ text: 'een gebalan-' }, { text: 'ceerde en dual-' }, { text: 'use aanpak' }],
      [{ kind: 'dropHyphen' }, { kind: 'keepHyphen' }],
    ),
  ).toBe('een gebalanceerde en dual-use aanpak')
  const kind = fc.constantFrom<BreakKind>('space', 'join', 'dropHyphen', 'keepHyphen', 'suspend')
  // Empty lines and more (or fewer) breaks than lines too: a dropped hyphen
  // then takes the last character there is.
  const text = fc.constantFrom('', 'a', 'gebalan-', 'ceerde.', '𝐀', ' ', 'x y-')
  fc.assert(
    fc.property(
      fc.array(text, { maxLength: 6 }),
      fc.array(kind, { maxLength: 7 }),
      (texts, kinds) => {
        const lines = texts.map((each) => ({ text: each }))
        let expected: string = lines[0]?.text ?? ''
        kinds.forEach((each, index) => {
          expected = applyBreak(expected, lines[index + 1]?.text ?? '', each)
        })
        expect(
          joinBrokenLines(
            lines,
            kinds.map((each) => ({ kind: each })),
          ),
        ).toBe(expected)
      },
    ),
    { numRuns: 3000 },
  )
})
