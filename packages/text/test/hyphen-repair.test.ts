import { describe, expect, test } from 'vitest'
import { type HyphenContext, repairHyphen } from '../src/lib/hyphen-repair.js'

const dutch: HyphenContext = { language: 'nl', vocabulary: new Map(), hyphensAreGenuine: false }
const english: HyphenContext = { language: 'en', vocabulary: new Map(), hyphensAreGenuine: false }
const german: HyphenContext = { language: 'de', vocabulary: new Map(), hyphensAreGenuine: false }

describe('repairHyphen', () => {
  test('should drop a hyphenation hyphen when the joined word is in the lexicon', () => {
    expect(repairHyphen('gebalan-', 'ceerde', dutch)).toMatchObject({
      decision: 'drop',
      uncertain: false,
    })
    expect(repairHyphen('beleids-', 'dialoog', dutch).decision).toBe('drop')
    expect(repairHyphen('govern-', 'ment.', english).decision).toBe('drop')
  })

  test('should keep the hyphen before a capital ("EU-Raadsconclusies")', () => {
    expect(repairHyphen('EU-', 'Raadsconclusies', dutch)).toMatchObject({
      decision: 'keep',
      evidence: 'capital-or-digit-follows',
    })
    expect(repairHyphen('Open-Source-', 'Projekt', german).decision).toBe('keep')
  })

  test('should keep the hyphen and its space before a conjunction (suspended compound)', () => {
    expect(repairHyphen('Buitenland-', 'en', dutch).decision).toBe('suspend')
    expect(repairHyphen('Ein-', 'und', german).decision).toBe('suspend')
  })

  test('should keep the hyphen in a year range and after an abbreviation', () => {
    expect(repairHyphen('2022-', '2023', dutch).decision).toBe('keep')
    expect(repairHyphen('mbo-', 'instellingen', dutch).decision).toBe('keep')
  })

  test('should keep the hyphen where the patterns allow no break ("e-mail")', () => {
    expect(repairHyphen('e-', 'mail', dutch)).toMatchObject({
      decision: 'keep',
      evidence: 'no-hyphenation-point',
    })
  })

  test('should keep the hyphen in dual-use, which the English lexicon knows', () => {
    expect(repairHyphen('dual-', 'use', english).decision).toBe('keep')
  })

  test("should follow the document's own spelling first", () => {
    const vocabulary = new Map([['pull-aanvraag', 2]])
    expect(repairHyphen('pull-', 'aanvraag', { ...dutch, vocabulary })).toMatchObject({
      decision: 'keep',
      evidence: 'vocabulary-hyphenated',
    })
    const joined = new Map([['testgezelschap', 1]])
    expect(repairHyphen('test-', 'gezelschap', { ...dutch, vocabulary: joined }).decision).toBe(
      'drop',
    )
  })

  test('should keep the hyphen when the part before it opens hyphenated compounds elsewhere', () => {
    const vocabulary = new Map([['source-', 3]])
    expect(repairHyphen('source-', 'software', { ...dutch, vocabulary })).toMatchObject({
      decision: 'keep',
      evidence: 'vocabulary-prefix',
    })
  })

  test('should keep every hyphen when hyphenation hyphens were already removed', () => {
    expect(repairHyphen('gebalan-', 'ceerde', { ...dutch, hyphensAreGenuine: true }).decision).toBe(
      'keep',
    )
  })

  test('should mark a decision without lexicon or patterns as uncertain', () => {
    const unknown: HyphenContext = {
      language: undefined,
      vocabulary: new Map(),
      hyphensAreGenuine: false,
    }
    expect(repairHyphen('gebalan-', 'ceerde', unknown)).toEqual({
      decision: 'drop',
      evidence: 'default',
      uncertain: true,
    })
  })
})
