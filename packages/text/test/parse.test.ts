import { fromText } from '@kopij/text'
import type { Paragraph } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'

const report = [
  'Jaarverslag Ommeren',
  'Inleiding',
  'Het college legt met dit verslag verantwoording af over de ',
  'uitvoering van het beleid. Het verslag is een gebalan',
  'ceerde weergave van wat er in het jaar is bereikt.',
  'Tweede Kamer, vergaderjaar 2023–2024, 36 400, nr. 7',
].join('\r\n')

describe('fromText', () => {
  test('should read metadata: title, language, parliamentary paper, furniture', () => {
    const tree = fromText(report)
    expect(tree.data?.metadata).toMatchObject({
      title: 'Jaarverslag Ommeren',
      language: 'nl',
      parliamentaryPaper: {
        chamber: 'Tweede Kamer',
        parliamentaryYear: '2023–2024',
        dossier: '36 400',
        number: '7',
      },
      furniture: [
        {
          kind: 'runningFooter',
          value: 'Tweede Kamer, vergaderjaar 2023–2024, 36 400, nr. 7',
          page: 1,
          position: { start: { line: 6, column: 1 }, end: { line: 6, column: 52 } },
        },
      ],
    })
  })

  test('should point every block into the original input, across repaired breaks', () => {
    const tree = fromText(report)
    const paragraph = tree.children[2] as Paragraph
    expect(paragraph.type).toBe('paragraph')
    expect(paragraph.children[0]).toMatchObject({
      type: 'text',
      value:
        'Het college legt met dit verslag verantwoording af over de uitvoering van het beleid. Het verslag is een gebalanceerde weergave van wat er in het jaar is bereikt.',
    })
    const { start, end } = paragraph.position ?? {}
    expect(start).toEqual({ line: 3, column: 1, offset: report.indexOf('Het college') })
    expect(end?.line).toBe(5)
    expect(report.slice(start?.offset, end?.offset).endsWith('bereikt.')).toBe(true)
  })

  test('should report removed furniture on the file at info level', () => {
    const limit = Error.stackTraceLimit
    const file = new VFile({ path: 'verslag.txt', value: report })
    fromText(file)
    const message = file.messages.find((each) => each.ruleId === 'furniture-removed')
    expect(message).toMatchObject({ source: '@kopij/text', line: 6, column: 1 })
    // vfile marks info messages with `fatal: undefined` (warnings: false).
    expect(message?.fatal).toBeUndefined()
    // Made without a stack trace (vfile empties it anyway), and the limit
    // on traces is the caller's again afterwards.
    expect(message?.stack).toBe('')
    expect(Error.stackTraceLimit).toBe(limit)
  })

  test('should keep furniture in the flow when asked', () => {
    const tree = fromText(report, { removeFurniture: false })
    expect(JSON.stringify(tree.children)).toContain('vergaderjaar 2023–2024')
    expect(tree.data?.metadata?.furniture).toHaveLength(1)
  })

  test('should report a replacement character', () => {
    const file = new VFile({ value: 'Een zin met een verloren \uFFFD teken.' })
    fromText(file)
    expect(file.messages.map((each) => each.ruleId)).toContain('replacement-character')
  })

  test('should report a hyphen it is unsure about', () => {
    const file = new VFile({ value: 'Dit is een tekst over de zwieber-\nkaal van de gemeente.' })
    fromText(file, { language: 'nl' })
    const message = file.messages.find((each) => each.ruleId === 'hyphen-uncertain')
    expect(message).toMatchObject({ line: 1, actual: 'zwieber-' })
  })

  test('should report a language without patterns or lexicon', () => {
    const file = new VFile({ value: 'Un texte.' })
    fromText(file, { language: 'fr' })
    expect(file.messages.map((each) => each.ruleId)).toContain('language-unsupported')
  })

  test('should throw at once on an unknown option or a wrong value', () => {
    expect(() => fromText('a', { lang: 'nl' } as never)).toThrow(
      /Unknown @kopij\/text option "lang"/,
    )
    expect(() => fromText('a', { language: 'dutch language' })).toThrow(/BCP 47/)
    expect(() => fromText('a', { removeFurniture: 'yes' } as never)).toThrow(/true or false/)
  })

  test('should give an empty root for empty input', () => {
    expect(fromText('').children).toEqual([])
    expect(fromText('\n\n\f\n').children).toEqual([])
  })
})
