import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type HyphenContext, repairHyphen, wordPieces } from '../src/lib/hyphen-repair.js'

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

  test('should drop a hyphenation hyphen in a British spelling ("of-⏎fences")', () => {
    // Both halves are English words; without the British list the joined
    // word would be unknown and the hyphen kept as a compound's.
    expect(repairHyphen('of-', 'fences', english)).toMatchObject({
      decision: 'drop',
      evidence: 'lexicon-joined',
    })
    expect(repairHyphen('pro-', 'gramme', english).decision).toBe('drop')
  })

  test('should keep, and report, the hyphen between two words where the patterns break no closed word ("follow-⏎up")', () => {
    // "followup" and "setup" are in the lexicon, but neither the American
    // nor the British patterns break them between their two words.
    expect(repairHyphen('follow-', 'up', english)).toEqual({
      decision: 'keep',
      evidence: 'words-without-hyphenation-point',
      uncertain: true,
    })
    expect(repairHyphen('set-', 'up.', english).decision).toBe('keep')
    // Where the patterns do break there, the closed word stands: "with-⏎out".
    expect(repairHyphen('with-', 'out', english).decision).toBe('drop')
  })

  test('should keep a hyphen between two words inside a chain of hyphenated words ("twee-onder-⏎een-kapwoning")', () => {
    // "ondereen" is a Dutch word too; the chain goes on at both sides.
    expect(repairHyphen('twee-onder-', 'een-kapwoning', dutch)).toMatchObject({
      decision: 'keep',
      evidence: 'compound-part',
    })
    // Without the chain the closed word stands; a break inside a part of
    // the chain leaves a fragment ("verze") and drops its hyphen.
    expect(repairHyphen('onder-', 'een', dutch).decision).toBe('drop')
    expect(repairHyphen('zorg-verze-', 'keraars-overleg', dutch).decision).toBe('drop')
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

  test('should keep the hyphen after a lower-case abbreviation without a vowel ("pdf-⏎bestand")', () => {
    // Both parts are Dutch words and the closed compound is none, which alone
    // would read as a closed compound broken at its seam.
    for (const [left, right] of [
      ['pdf-', 'bestand'],
      ['btw-', 'nummer'],
      ['ggd-', 'regio'],
    ])
      expect(repairHyphen(left as string, right as string, dutch)).toMatchObject({
        decision: 'keep',
        evidence: 'abbreviation-before',
      })
    expect(repairHyphen('Kfz-', 'steuer', german).decision).toBe('keep')
    // Where the two make a known word, a typesetter broke that word there.
    expect(repairHyphen('htt-', 'ps', dutch).decision).toBe('drop')
  })

  test('should keep, and report, the hyphen after a piece that begins as no word of the document ("vte-⏎posities")', () => {
    // A document's worth of words: the common Dutch onsets, none with "vt".
    const onsets =
      'b d g h k l m n p r s t v w z bl br dr fl fr gl gr kl kn kr pl pr sch schr sl sm sn sp st str tr zw'
    const rhymes = ['aak', 'eel', 'ing', 'ord', 'uit', 'ant', 'ijs', 'oep', 'al']
    const vocabulary = new Map(
      onsets.split(' ').flatMap((onset) => rhymes.map((rhyme) => [`${onset}${rhyme}`, 1] as const)),
    )
    expect(vocabulary.size).toBeGreaterThanOrEqual(300)
    expect(repairHyphen('vte-', 'posities', { ...dutch, vocabulary })).toMatchObject({
      decision: 'keep',
      evidence: 'no-word-onset',
      uncertain: true,
    })
    // A piece that begins as the document's words do is judged by the patterns.
    expect(repairHyphen('stra-', 'posities', { ...dutch, vocabulary }).decision).toBe('drop')
    // A short text has not shown the language's onsets yet: no verdict from them.
    expect(repairHyphen('vte-', 'posities', dutch).evidence).not.toBe('no-word-onset')
  })

  test('should keep, and report, the hyphen after a piece the document writes as a word of its own ("ict-⏎afdeling")', () => {
    // "ict" is no lexicon word and opens with a vowel, so neither the lexicon
    // nor the onsets say anything, and the patterns allow "ict|afdeling".
    expect(repairHyphen('ict-', 'afdeling', dutch).decision).toBe('drop')
    const vocabulary = new Map([['ict', 2]])
    expect(repairHyphen('ict-', 'afdeling', { ...dutch, vocabulary })).toMatchObject({
      decision: 'keep',
      evidence: 'vocabulary-word-before',
      uncertain: true,
    })
    // A longer piece that stands alone is a word broken before its ending.
    const names = new Map([['mijngesprek', 2]])
    expect(repairHyphen('MijnGesprek-', 'ken', { ...dutch, vocabulary: names }).decision).toBe(
      'drop',
    )
  })

  test('should keep the hyphen after a Dutch prefix that is written with one ("oud-⏎wethouder")', () => {
    for (const [left, right] of [
      ['oud-', 'wethouder'],
      ['ex-', 'partner'],
      ['niet-', 'westerse'],
    ])
      expect(repairHyphen(left as string, right as string, dutch)).toMatchObject({
        decision: 'keep',
        evidence: 'hyphenated-prefix',
      })
    // Other first words make closed compounds, broken at their seam.
    expect(repairHyphen('zorg-', 'verzekeraar', dutch).decision).toBe('drop')
  })

  test('should keep the hyphen after a single letter, where no typesetter breaks ("e-mail")', () => {
    expect(repairHyphen('e-', 'mail', dutch)).toMatchObject({
      decision: 'keep',
      evidence: 'fragment-too-short',
    })
  })

  test('should suspend only before a conjunction of the language ("Richtlini-⏎en" is German)', () => {
    expect(repairHyphen('Richtlini-', 'en', german).decision).toBe('drop')
    expect(repairHyphen('Buitenland-', 'en', dutch).decision).toBe('suspend')
    expect(repairHyphen('pre-', 'and', english).decision).toBe('suspend')
  })

  test('should join a name before a capital that the document writes joined ("Mijn-⏎Plan")', () => {
    const vocabulary = new Map([['mijnplan', 3]])
    expect(repairHyphen('Mijn-', 'Plan.', { ...dutch, vocabulary })).toMatchObject({
      decision: 'drop',
      evidence: 'vocabulary-joined',
    })
  })

  test('should join a part of a hyphenated compound the document writes whole ("Open-Sour-⏎ce-Projekt")', () => {
    const vocabulary = new Map([
      ['open-source-lizenz', 1],
      ['source', 1],
    ])
    expect(repairHyphen('Open-Sour-', 'ce-Projekt', { ...german, vocabulary }).decision).toBe(
      'drop',
    )
  })

  test('should drop the hyphen between two fragments that are no words', () => {
    expect(repairHyphen('Technolo-', 'gy', german)).toMatchObject({
      decision: 'drop',
      uncertain: false,
    })
  })

  test('should keep the hyphen between two words whose closed compound is no word', () => {
    expect(repairHyphen('high-', 'five', english)).toMatchObject({
      decision: 'keep',
      evidence: 'lexicon-parts',
    })
    // A borrowed English part, or two vowels that would clash, in Dutch.
    expect(repairHyphen('merge-', 'verzoek', dutch)).toMatchObject({
      decision: 'keep',
      evidence: 'borrowed-part',
    })
    expect(repairHyphen('audio-', 'opname', dutch)).toMatchObject({
      decision: 'keep',
      evidence: 'vowel-clash',
    })
  })

  test('should drop, and doubt, a hyphen between two Dutch words that write a closed compound', () => {
    expect(repairHyphen('koffie-', 'kar', dutch)).toEqual({
      decision: 'drop',
      evidence: 'closed-compound',
      uncertain: true,
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
    const vocabulary = new Map([['pull-', 3]])
    expect(repairHyphen('pull-', 'aanvraag', { ...dutch, vocabulary })).toMatchObject({
      decision: 'keep',
      evidence: 'vocabulary-prefix',
    })
    // Used once only, it does not outweigh the lexicon's closed compound.
    const once = new Map([['pull-', 1]])
    expect(repairHyphen('pull-', 'aanvraag', { ...dutch, vocabulary: once }).decision).toBe('drop')
  })

  test('should join a word in capitals broken in two ("READ-⏎ME")', () => {
    const vocabulary = new Map([['readme', 2]])
    expect(repairHyphen('READ-', 'ME', { ...english, vocabulary })).toMatchObject({
      decision: 'drop',
    })
    expect(repairHyphen('PDCA-', 'methodiek', dutch).decision).toBe('keep')
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

test('should cut the pieces of the words at a hyphen as the patterns do', () => {
  expect(wordPieces('(EU-beleids', 'dialoog).')).toEqual({
    tail: 'dialoog',
    headPart: 'EU-beleids',
    lastPart: 'beleids',
    tailWord: 'dialoog',
  })
  const piece = fc.constantFrom(
    ...['a', 'É', 'ß', '1', '²', '-', "'", '’', '(', '"', '.', ')', ',', '𝐀', '😀'],
    ...['\uD835', '\uDC00', '\n', '\u2028', 'x', '_'],
  )
  const word = fc.array(piece, { maxLength: 7 }).map((pieces) => pieces.join(''))
  fc.assert(
    fc.property(word, word, (before, right) => {
      // The head ends in a letter or a number, as the caller makes sure.
      const head = `${before}a`
      const tail = right.replace(/[^\p{L}\p{N}'’-]+$/u, '')
      const headPart = head.replace(/^[^\p{L}\p{N}]+/u, '')
      expect(wordPieces(head, right)).toEqual({
        tail,
        headPart,
        lastPart: headPart.split('-').at(-1) ?? '',
        tailWord: (tail.split('-')[0] ?? tail).replace(/[^\p{L}\p{N}].*$/u, ''),
      })
    }),
    { numRuns: 3000 },
  )
})
