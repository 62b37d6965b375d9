import { fromText } from '@kopij/text'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  endsShort,
  hasRoomLeft,
  itemHasRoom,
  type LineFill,
  measureFill,
  setOutsideList,
  spacedWidth,
  textWidth,
} from '../src/lib/line-fill.js'
import { linesOf, justifiedParagraph as paragraph } from './helpers.js'

describe('textWidth', () => {
  test('should count wide letters wider than narrow ones', () => {
    expect(textWidth('mmmm')).toBeGreaterThan(textWidth('iiii') * 2)
    expect(textWidth('één')).toBe(textWidth('een'))
  })

  test('should give the same widths when measured again and for characters outside the BMP', () => {
    // Widths are remembered per character after the first lookup.
    expect(textWidth('café noël')).toBe(textWidth('cafe noel'))
    expect(textWidth('café noël')).toBe(textWidth('cafe noel'))
    // An emoji counts as one unknown character, not as two halves.
    expect(textWidth('a😀b')).toBe(textWidth('a\u2603b'))
  })
})

describe('measureFill', () => {
  test('should learn the full width from lines that run on', () => {
    const fill = measureFill(linesOf(paragraph.join('\n')))
    expect(fill).toBeDefined()
    const widths = paragraph.slice(0, -1).map(textWidth)
    expect(fill?.full).toBeGreaterThanOrEqual(Math.min(...widths))
    expect(fill?.full).toBeLessThanOrEqual(Math.max(...widths))
  })

  test('should take no line as narrow in ragged text, where only the fit tells', () => {
    const ragged = [
      'De gemeenteraad heeft in de vergadering van maart gesproken over',
      'de plannen voor het nieuwe zwembad en',
      'over de kosten die daarbij horen voor de komende tien jaren samen',
      'met de bijdrage van de provincie aan',
      'het onderhoud van de wegen rond het sportpark waar ook de sporthal',
      'moet komen en waar de vereniging om',
      'vraagt omdat de oude hal te klein wordt voor alle teams die er',
      'trainen en er hun wedstrijden spelen en',
      'omdat de kleedkamers niet meer voldoen aan de eisen van nu, zeggen',
      'de leden.',
    ]
    expect(measureFill(linesOf(ragged.join('\n')))?.narrow).toBe(0)
    expect(measureFill(linesOf(paragraph.join('\n')))?.narrow).toBeGreaterThan(0)
  })

  test('should give no model when too few lines run on', () => {
    expect(measureFill(linesOf('Kort.\nOok kort.\nNog een zin.'))).toBeUndefined()
  })
})

describe('endsShort', () => {
  const fill = measureFill(linesOf(paragraph.join('\n')))
  if (!fill) throw new Error('no fill model')

  test('should find a line the next word would have fitted on', () => {
    expect(endsShort('rond het sportpark waar ook de nieuwe sporthal kwam.', 'Daarna', fill)).toBe(
      true,
    )
  })

  test('should not find a full line short', () => {
    expect(endsShort(paragraph[4] as string, 'Daarna', fill)).toBe(false)
  })

  test('should find a line the first syllable of the next word would have fitted on', () => {
    // "Ingewikkeld" does not fit, "In-" does: a hyphenating typesetter
    // would have broken the word inside a paragraph.
    const line = 'rond het sportpark waar ook de nieuwe sporthal komt, zei hij.'
    expect(endsShort(line, 'Ingewikkeld', fill)).toBe(false)
    expect(endsShort(line, 'Ingewikkeld', fill, 'nl')).toBe(true)
    // A word in capitals is not broken, nor one the patterns do not break.
    expect(endsShort(line, 'INGEWIKKELD', fill, 'nl')).toBe(false)
    expect(endsShort(line, 'Straks', fill, 'nl')).toBe(false)
  })

  test('should judge the last part of two lines pdftotext joined', () => {
    const joined = `${paragraph[0]} ${paragraph[1]} kort.`
    expect(endsShort(joined, 'Daarna', fill)).toBe(true)
    expect(endsShort(`${paragraph[0]} ${paragraph[1]}`, 'Daarna', fill)).toBe(false)
  })
})

describe('hasRoomLeft', () => {
  const fill = measureFill(linesOf(paragraph.join('\n')))
  if (!fill) throw new Error('no fill model')

  test('should judge the last part of two lines pdftotext joined', () => {
    const joined = `${paragraph[0]} ${paragraph[1]} kort`
    expect(hasRoomLeft(joined, 'Daarna', fill, 0.9)).toBe(true)
    expect(hasRoomLeft(paragraph[1] as string, 'Daarna', fill, 0.9)).toBe(false)
  })
})

describe('the list measure', () => {
  // Items indented by their markers: their lines stop short of the
  // paragraphs' measure.
  const items = [
    '• De gemeente heeft in maart gesproken over de plannen voor',
    'het nieuwe zwembad in het centrum van de stad en de kosten',
    '• De provincie betaalt mee aan het onderhoud van de wegen rond',
    'het sportpark waar ook de nieuwe sporthal moet komen en waar',
    '• De vereniging vraagt al jaren om een nieuwe hal omdat de oude',
    'te klein wordt voor alle teams die er trainen en er spelen.',
    '• De kleedkamers voldoen niet meer aan de eisen van deze tijd en',
    'het dak van de hal lekt bij zware regen, zodat er minder wordt',
    '• De teams moeten soms uitwijken naar een hal in een andere stad',
    'en daar betalen zij dan huur voor, wat de vereniging niet kan.',
  ]
  const fill = measureFill(linesOf([...paragraph, ...items].join('\n')))
  if (!fill) throw new Error('no fill model')

  test('should be learnt from item lines that run on, narrower than the paragraphs', () => {
    expect(fill.item).toBeDefined()
    expect(fill.item).toBeLessThan(fill.full)
    expect(measureFill(linesOf(paragraph.join('\n')))?.item).toBeUndefined()
  })

  test('should tell whether the next word would have fitted on an item line', () => {
    const item = fill.item as number
    expect(itemHasRoom('• De gemeente wil een nieuw zwembad', 'Kosten', fill, item)).toBe(true)
    expect(itemHasRoom(items[4] as string, 'Kosten', fill, item)).toBe(false)
    expect(itemHasRoom(items[2] as string, 'Kosten', fill, item)).toBe(false)
    expect(itemHasRoom(items[3] as string, 'Kosten', fill, item)).toBe(false)
  })
})

describe('whether list items hang at their indent', () => {
  // Items of three lines: their second lines run on into the third.
  const hanging = [
    '• De gemeente heeft in maart gesproken over de plannen voor',
    'het nieuwe zwembad in het centrum van de stad en over de',
    'kosten die daarbij horen.',
    '• De provincie betaalt mee aan het onderhoud van de wegen rond',
    'het sportpark waar ook de nieuwe sporthal moet komen en waar',
    'de vereniging om vraagt.',
    '• De vereniging vraagt al jaren om een nieuwe hal omdat de oude',
    'te klein wordt voor alle teams die er trainen en er spelen en',
    'hun wedstrijden.',
    '• De kleedkamers voldoen niet meer aan de eisen van deze tijd en',
    'het dak van de hal lekt bij zware regen, zodat er minder wordt',
    'getraind.',
    '• De teams moeten soms uitwijken naar een hal in een andere stad',
    'en daar betalen zij dan huur voor, wat de vereniging niet kan',
    'opbrengen.',
  ]
  // The same items with their later lines back at the margin.
  const wrapping = [
    '• De gemeente heeft in maart gesproken over de plannen voor',
    'het nieuwe zwembad in het centrum van de stad en over de kosten die',
    'daarbij horen.',
    '• De provincie betaalt mee aan het onderhoud van de wegen rond',
    'het sportpark waar ook de nieuwe sporthal moet komen en waar de vereniging',
    'om vraagt.',
    '• De vereniging vraagt al jaren om een nieuwe hal omdat de oude',
    'te klein wordt voor alle teams die er trainen en er spelen en hun',
    'wedstrijden.',
    '• De kleedkamers voldoen niet meer aan de eisen van deze tijd en',
    'het dak van de hal lekt bij zware regen, zodat er minder wordt getraind',
    'door de teams.',
    '• De teams moeten soms uitwijken naar een hal in een andere stad',
    'en daar betalen zij dan huur voor, wat de vereniging niet kan opbrengen',
    'zonder hulp.',
  ]

  test('should be told by the item lines that run on', () => {
    expect(measureFill(linesOf([...paragraph, ...hanging].join('\n')))?.itemsHang).toBe(true)
    expect(measureFill(linesOf([...paragraph, ...wrapping].join('\n')))?.itemsHang).toBe(false)
  })

  test("should let a line nearer the paragraphs' measure be set outside the list", () => {
    const fill = measureFill(linesOf([...paragraph, ...hanging].join('\n')))
    if (!fill?.item) throw new Error('no list measure')
    expect(setOutsideList(paragraph[4] as string, fill)).toBe(true)
    expect(setOutsideList(hanging[1] as string, fill)).toBe(false)
    expect(setOutsideList(paragraph[4] as string, { ...fill, itemsHang: false })).toBe(false)
  })
})

describe('the share of the measure a fitting word leaves', () => {
  const words = (
    'de raad van de gemeente heeft in de vergadering van maart lang gesproken over de ' +
    'plannen voor het nieuwe zwembad in het centrum van de stad en over de kosten die ' +
    'daarbij horen voor de komende tien jaren samen met de bijdrage van de provincie ' +
    'aan het onderhoud van de wegen rond het sportpark waar ook de nieuwe sporthal moet ' +
    'komen en waar de vereniging al jaren om vraagt omdat de oude hal te klein wordt ' +
    'voor alle teams die er trainen en er hun wedstrijden spelen willen en omdat de ' +
    'kleedkamers niet meer voldoen aan de eisen van nu en het dak bij zware regen lekt'
  ).split(' ')
  // Set line by line as a typesetter does, by the same estimated widths:
  // every line that runs on had no room for the next word.
  const set = (measure: number): string[] => {
    const lines: string[] = []
    let line = ''
    for (const word of [...words, ...words, ...words, ...words]) {
      const longer = line === '' ? word : `${line} ${word}`
      if (textWidth(longer) > measure && line !== '') {
        lines.push(line)
        line = word
      } else line = longer
    }
    lines.push(`${line}.`)
    return lines
  }

  test('should be learnt near 1 where the estimated widths prove exact', () => {
    const fill = measureFill(linesOf(set(24).join('\n')))
    expect(fill?.fit).toBeGreaterThan(0.99)
    expect(fill?.fit).toBeLessThanOrEqual(1)
  })

  test('should stay at the cautious default when too few lines run on', () => {
    expect(measureFill(linesOf(paragraph.join('\n')))?.fit).toBe(0.97)
  })

  test('should decide the fit of the next word', () => {
    const fill = measureFill(linesOf(paragraph.join('\n')))
    if (!fill) throw new Error('no fill model')
    // A line the word would just have fitted on: short only for a document
    // whose widths are exact.
    const line = 'rond het sportpark waar ook de nieuwe sporthal moest komen.'
    const word = 'Nu'
    const share = (textWidth(line) + textWidth(` ${word}`)) / fill.full
    expect(share).toBeGreaterThan(0.97)
    expect(share).toBeLessThan(1)
    expect(endsShort(line, word, fill)).toBe(false)
    expect(endsShort(line, word, { ...fill, fit: 1 })).toBe(true)
  })
})

describe('whether the typesetter hyphenates', () => {
  test('should be told by words broken at line ends', () => {
    expect(measureFill(linesOf(paragraph.join('\n')))?.hyphenates).toBe(false)
    const broken = paragraph.map((line, index) =>
      index === 2 ? line.replace(/ samen$/, ' sa-') : index === 3 ? `men ${line}` : line,
    )
    expect(measureFill(linesOf(broken.join('\n')))?.hyphenates).toBe(true)
  })
})

describe('lines that lost their hyphen in a copy that marks its soft wraps', () => {
  // A justified paragraph set with hyphenation, and the copy a PDF viewer
  // gives of it: the hyphens at line ends gone, every other line ending in a
  // space. Its widest lines are the broken ones.
  const set = [
    'Het college heeft in de vergadering van april uitgebreid gesproken over de',
    'plannen voor de nieuwe bibliotheek aan de rand van het stadspark en over',
    'de kosten die daarbij horen voor de komende twaalf jaren, samen met alle bij-',
    'dragen van het rijk aan het onderhoud van de fietspaden rond het park, waar',
    'ook een speeltuin moet komen en waar de buurtvereniging al jaren om',
    'vraagt omdat de oude te klein is voor alle kinderen die er na schooltijd graag',
    'willen sporten omdat hun toestellen niet meer voldoen aan de normen.',
    'Ook wil het college de verlichting langs de paden vervangen, zodat de',
    'bewoners zich er ook in de avond veilig voelen en de wijkagent er minder ver-',
    'nielingen hoeft op te nemen dan in de afgelopen winter het geval was.',
  ]
  const copied = set.map((line) => (line.endsWith('-') ? line.slice(0, -1) : `${line} `))

  test('should be measured with the hyphen the typesetter set', () => {
    const typeset = measureFill(linesOf(set.join('\n')))
    const fill = measureFill(linesOf(copied.join('\n')), true)
    expect(fill?.full).toBeCloseTo(typeset?.full ?? 0, 6)
    expect(fill?.hyphenates).toBe(true)
    // Unmarked, the lines are taken as they stand.
    expect(measureFill(linesOf(copied.join('\n')))?.full).toBeLessThan(typeset?.full ?? 0)
  })

  test('should leave the paragraph end the layout shows where it is', () => {
    // The first paragraph's last line had room for "Ook" by the measure the
    // broken lines show, not by the measure they show without their hyphen.
    const paragraphs = (text: string): number =>
      fromText(text, { language: 'nl' }).children.filter((node) => node.type === 'paragraph').length
    expect(paragraphs(set.join('\n'))).toBe(2)
    expect(paragraphs(copied.join('\n'))).toBe(2)
  })
})

describe('two lines pdftotext joined after a hyphen', () => {
  const fill = measureFill(linesOf(paragraph.join('\n')))
  if (!fill) throw new Error('no fill model')

  test('should be cut where the patterns allow a break nearest the measure', () => {
    // The first line stops short of the measure (a stretched line); cut at
    // the full measure, the second would look shorter than it is.
    const joined =
      'over de kosten die daarbij horen voor de komende tien jaren samen met de provincie aan het onderhoud van de wegen ook.'
    expect(endsShort(joined, 'Daarna', fill)).toBe(true)
    expect(endsShort(joined, 'Daarna', fill, 'nl')).toBe(false)
  })
})

describe('the join place in lines pdftotext joined', () => {
  test('should be found nearest a typical line, not the widest', () => {
    // Typeset: "… over de nieuwe begro-" (a typical line, 28.3 ems), then a
    // full last line. Cut nearer the full measure ("begrotin-gen"), the last
    // line would look short enough for the next word.
    const joined =
      'De gemeenteraad heeft in maart lang gesproken over de nieuwe begrotingen voor de plannen van het nieuwe zwembad in het oude centrum.'
    const fill: LineFill = { full: 30, narrow: 0, fit: 1, typical: 28.3, hyphenates: true }
    expect(endsShort(joined, 'De', fill, 'nl')).toBe(false)
    expect(endsShort(joined, 'De', { ...fill, typical: fill.full }, 'nl')).toBe(true)
  })
})

test('should measure a space and a text after it as the joined string', () => {
  expect(spacedWidth('ver', true)).toBe(textWidth(' ver-'))
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.boolean(), (text, hyphen) => {
      expect(spacedWidth(text, hyphen)).toBe(textWidth(` ${text}${hyphen ? '-' : ''}`))
    }),
    { numRuns: 2000 },
  )
})
