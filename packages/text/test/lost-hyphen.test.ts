import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { HyphenContext } from '../src/lib/hyphen-repair.js'
import {
  detectLostHyphens,
  goesOnAfter,
  goesOnBefore,
  repairLostHyphen,
} from '../src/lib/lost-hyphen.js'
import { collectVocabulary } from '../src/lib/vocabulary.js'
import { linesOf } from './helpers.js'

const dutch: HyphenContext = { language: 'nl', vocabulary: new Map(), hyphensAreGenuine: false }
const german: HyphenContext = { language: 'de', vocabulary: new Map(), hyphensAreGenuine: false }

describe('repairLostHyphen', () => {
  test('should join two fragments that make a word ("gebalan⏎ceerde")', () => {
    expect(repairLostHyphen('een gebalan', 'ceerde aanpak', dutch)).toEqual({
      decision: 'join',
      evidence: 'fragments',
      uncertain: false,
    })
    expect(repairLostHyphen('die Menschen', 'rechte', german).decision).toBe('space')
    expect(repairLostHyphen('die Verant', 'wortung', german).decision).toBe('join')
  })

  test('should join a word broken where its hyphen was lost, in British spelling ("organi⏎sation")', () => {
    const english: HyphenContext = {
      language: 'en',
      vocabulary: new Map(),
      hyphensAreGenuine: false,
    }
    expect(repairLostHyphen('the organi', 'sation of', english).decision).toBe('join')
    expect(repairLostHyphen('the behav', 'iour of', english).decision).toBe('join')
  })

  test('should join a fragment and a word that make a word ("beleids⏎dialoog")', () => {
    expect(repairLostHyphen('de beleids', 'dialoog', dutch)).toMatchObject({
      decision: 'join',
      evidence: 'lexicon-joined',
    })
  })

  test('should keep the space between two words ("woord⏎en", "mensen⏎rechten")', () => {
    expect(repairLostHyphen('een woord', 'en een zin', dutch).decision).toBe('space')
    expect(repairLostHyphen('de mensen', 'rechten', dutch)).toMatchObject({
      decision: 'space',
      evidence: 'lexicon-words',
      uncertain: false,
    })
  })

  test('should give a certain verdict as the one shared object, kept by no break of its own', () => {
    expect(repairLostHyphen('een gebalan', 'ceerde aanpak', dutch)).toBe(
      repairLostHyphen('de gebalan', 'ceerde', dutch),
    )
    expect(repairLostHyphen('de mensen', 'rechten', dutch)).toBe(
      repairLostHyphen('alle mensen', 'rechten', dutch),
    )
  })

  test('should report a doubt where the document writes the two words joined elsewhere', () => {
    const vocabulary = new Map([
      ['mensenrechten', 2],
      ['mensen', 1],
    ])
    expect(repairLostHyphen('de mensen', 'rechten', { ...dutch, vocabulary })).toEqual({
      decision: 'space',
      evidence: 'lexicon-words',
      uncertain: true,
    })
  })

  test("should follow the document's own spelling where it lost its hyphens", () => {
    const vocabulary = new Map([
      ['werden', 4],
      ['wer', 1],
      ['den', 3],
    ])
    const context = { ...german, vocabulary, hyphensLost: true }
    expect(repairLostHyphen('sie wer', 'den', context).decision).toBe('join')
    // A half the document never writes alone is a fragment there ("be").
    expect(repairLostHyphen('es ist be', 'stimmt', context).decision).toBe('join')
  })

  test('should leave names, numbers and capitals alone', () => {
    expect(repairLostHyphen('zie Node', '.js', dutch).decision).toBe('space')
    expect(repairLostHyphen('zie @gebalan', 'ceerde', dutch).decision).toBe('space')
    expect(repairLostHyphen('het gebalan', 'Ceerde', dutch).decision).toBe('space')
    expect(repairLostHyphen('in 2022', 'ceerde', dutch).decision).toBe('space')
  })
})

describe('detectLostHyphens', () => {
  const lost = [
    'Het kabinet kiest voor een gebalan',
    'ceerde benadering van de verschil',
    'lende belangen en de beleids',
    'dialoog met de samenle',
    'ving krijgt een vervolg.',
  ].join('\n')
  const kept = [
    'Het kabinet kiest voor een gebalan-',
    'ceerde benadering van de verschil-',
    'lende belangen en de beleids-',
    'dialoog met de samenle-',
    'ving krijgt een vervolg.',
  ].join('\n')

  test('should see lost hyphens where words break at line ends without one', () => {
    const lines = linesOf(lost)
    expect(detectLostHyphens(lines, 'nl', collectVocabulary(lines))).toBe(true)
  })

  test('should not see them where the hyphens stand or lines end in words', () => {
    const lines = linesOf(kept)
    expect(detectLostHyphens(lines, 'nl', collectVocabulary(lines))).toBe(false)
    const words = linesOf('Het kabinet kiest\nvoor een aanpak\nvan de belangen\nvan ieder.')
    expect(detectLostHyphens(words, 'nl', collectVocabulary(words))).toBe(false)
  })
})

test('should tell the characters around the letters at a break as the patterns do', () => {
  const character = fc.oneof(
    fc.constantFrom('', 'a', '1', '²', '_', '@', '/', '.', 'é', '\uD835', '\uDC00', '٣'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  )
  fc.assert(
    fc.property(character, (text) => {
      // The parser passes one code unit, as `charAt` gives it.
      const unit = text.charAt(0)
      expect(goesOnAfter(text.charCodeAt(0))).toBe(/[\p{L}\p{N}_@]/u.test(unit))
      expect(goesOnBefore(text.charCodeAt(0))).toBe(/[\p{N}_@/]/u.test(unit))
    }),
    { numRuns: 3000 },
  )
})
