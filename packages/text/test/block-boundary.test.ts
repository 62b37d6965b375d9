import { describe, expect, test } from 'vitest'
import { endsNumberedHeading, isBlockBoundary } from '../src/lib/block-boundary.js'
import type { Layout } from '../src/lib/layout.js'
import { type LineFill, measureFill } from '../src/lib/line-fill.js'
import type { Line } from '../src/lib/lines.js'
import { readListMarker } from '../src/lib/list-marker.js'
import { justifiedParagraph, linesOf, marked, unmarked } from './helpers.js'

function boundary(text: string, layout: Layout, blank = false): boolean {
  const [line, next, ...following] = linesOf(text)
  if (!line || !next) throw new Error('need two lines')
  return isBlockBoundary(line, next, { layout, blankBetween: blank, following })
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

  test('should end a block at a short sentence end whatever the next line starts with', () => {
    expect(
      boundary('Zo ging het.\n@jansen schreef het zo op in de notulen van de raad.', unmarked),
    ).toBe(true)
    expect(
      boundary('Zo ging het.\n(als e-mail) "Beste raad, wij schrijven u over het plan."', unmarked),
    ).toBe(true)
    expect(
      boundary('Zo ging het.\n’Opslaan’ zag bijna niemand van de deelnemers staan.', unmarked),
    ).toBe(true)
    expect(boundary('Zie art. 3.\nlid 2 van de wet over de begroting van de raad.', unmarked)).toBe(
      false,
    )
  })

  test('should take two short lines that wrap onto each other after a sentence end as a heading', () => {
    const full = 'De raad stemde in met het voorstel van het college van B&W.'
    const heading = 'Wat betekent de nieuwe regeling voor de inwo-\nners van de stad?'
    const body = 'De regeling geldt vanaf januari voor alle huishoudens in de stad.'
    expect(boundary(`${full}\n${heading}\n${body}`, unmarked)).toBe(true)
    // Without the sentence end the lines go on with the paragraph.
    expect(boundary(`${full.slice(0, -1)} en\n${heading}\n${body}`, unmarked)).toBe(false)
    // A second line that ends a sentence is the paragraph's.
    expect(boundary(`${full}\n${heading.replace('?', '.')}\n${body}`, unmarked)).toBe(false)
  })

  test('should start a block at a lead-in line between two items of one list', () => {
    const check = (first: string, leadIn: string, second: string): boolean => {
      const [line, next, after] = linesOf(`${first}\n${leadIn}\n${second}`)
      if (!line || !next || !after) throw new Error('need three lines')
      const family = readListMarker(first)?.family
      return isBlockBoundary(line, next, {
        layout: unmarked,
        following: [after],
        inListItem: true,
        listFamily: family,
      })
    }
    const item = '• de wachttijd aan de balie van het stadskantoor in het centrum'
    expect(check(item, 'Digitale loketten:', '• het inloggen met DigiD')).toBe(true)
    expect(check(item, 'Wat vinden de inwoners?', '• het inloggen met DigiD')).toBe(true)
    // Items of another marker are the item's own sub-list.
    expect(check(item, 'Digitale loketten:', '– het inloggen met DigiD')).toBe(false)
    // After an item that ended its sentence, the line is the item's own.
    expect(check(`${item}.`, 'Digitale loketten:', '• het inloggen met DigiD')).toBe(false)
  })

  test('should end a block where one quotation closes a line and another opens the next', () => {
    const first = 'Een deelnemer zei: "Ik vond de knop niet, echt nergens."'
    expect(boundary(`${first}\n"Waarom staat die niet bovenaan?" vroeg een ander.`, unmarked)).toBe(
      true,
    )
    // A quotation that goes on, or a sentence after it, is no such sign.
    expect(boundary(`${first}\nDaarna zochten zij verder op de pagina.`, unmarked)).toBe(false)
    expect(
      boundary(
        'Een deelnemer van de tweede ronde zei: "Ik zocht de knop,\n"Opslaan" eerst.',
        unmarked,
      ),
    ).toBe(false)
  })

  test('should end a block at a quotation that stands alone and closes at the line end', () => {
    const ends = (text: string): boolean => {
      const lines = linesOf(text)
      const next = lines.at(-1)
      const line = lines.at(-2)
      if (!line || !next) throw new Error('need two lines')
      return isBlockBoundary(line, next, {
        layout: unmarked,
        following: [],
        blockLines: lines.slice(0, -1),
      })
    }
    const quote = [
      '"Ik wil gewoon weten wanneer mijn aanvraag klaar is en waar ik',
      'het kan zien, want dat staat nergens op de pagina van de gemeente."',
    ]
    const after = 'Bij het invullen van het formulier zocht een deelnemer lang.'
    expect(ends([...quote, after].join('\n'))).toBe(true)
    // A quotation inside it ("Mijn zaken") pairs up.
    expect(
      ends(
        [
          '"Wat bedoelen ze met de knop "Mijn zaken" bovenaan de pagina van',
          'de gemeente, en waarom staat mijn aanvraag daar niet bij?"',
          after,
        ].join('\n'),
      ),
    ).toBe(true)
    // A block that does not open with the quotation goes on as before, and
    // so does a quotation that the next line goes on in lowercase.
    expect(ends([`Een deelnemer zei: ${quote[0]}`, quote[1], after].join('\n'))).toBe(false)
    expect(ends([...quote, 'zei een deelnemer van de tweede ronde.'].join('\n'))).toBe(false)
  })

  test('should end a quotation at its attribution', () => {
    const quote = '“Het werkt goed, ik vind het echt prettig.” — Deelnemer 3, ronde 1'
    expect(boundary(`${quote}\nResultaten van de tweede ronde`, unmarked)).toBe(true)
    expect(boundary(`${quote}\n“Ik mis de knop om terug te gaan.” — Deelnemer 5`, unmarked)).toBe(
      true,
    )
    // The source's number wrapped onto its own line stays with it.
    expect(boundary('“Het werkt goed, zegt zij.” — Deelnemer\n3', unmarked)).toBe(false)
    // A dash without a closing quote before it is an aside in the sentence.
    expect(
      boundary(
        'Het plan van de raad werkt beter dan gedacht — zegt de wethouder\nVandaag',
        unmarked,
      ),
    ).toBe(false)
  })

  test('should start a heading at a section number before a capital wherever the line stops', () => {
    expect(
      boundary(
        '• zij betalen elk jaar weer hogere bedragen voor hun licenties\n1.2.3 Technologische soevereiniteit',
        unmarked,
      ),
    ).toBe(true)
    // A wrapped cross-reference goes on in lowercase, or after a comma.
    expect(
      boundary(
        'zoals de raad beschreef in het verslag over de begroting in paragraaf\n2.3 van het rapport',
        unmarked,
      ),
    ).toBe(false)
    expect(
      boundary(
        'zoals de raad beschreef in het verslag over de begroting,\n2.3 Scope van het onderzoek',
        unmarked,
      ),
    ).toBe(false)
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
    expect(isBlockBoundary(line, next, { layout: wide, fill: fill })).toBe(true)
    // Counted in characters the line is not short enough to tell.
    expect(isBlockBoundary(line, next, { layout: wide })).toBe(false)
  })

  test('should go on after a sentence end on a full line', () => {
    const [line, next] = pair(
      'rond het sportpark waar ook de nieuwe sporthal moet komen, zei hij.\nDaarna volgde de begroting.',
    )
    expect(isBlockBoundary(line, next, { layout: wide, fill: fill })).toBe(false)
  })

  test('should not measure the indented lines of a list item by the paragraphs', () => {
    const [line, next] = pair(
      'rond het sportpark waar ook de nieuwe sporthal kwam.\nDaarna volgde de begroting.',
    )
    expect(isBlockBoundary(line, next, { layout: wide, inListItem: true, fill: fill })).toBe(false)
  })

  test('should end a paragraph at a lead-in colon the next word would have fitted after', () => {
    const [line, next] = pair(
      'rond het sportpark waar ook de sporthal komt:\nDaarna volgde de begroting.',
    )
    expect(isBlockBoundary(line, next, { layout: wide, fill: fill })).toBe(true)
  })

  test('should end a list item at a line with plenty of room left before a capital', () => {
    const [line, next] = pair(
      '• het is fijn dat dit lijstje tijdig bij de juiste bijlage zit\nWie het wil, leest verder.',
    )
    expect(isBlockBoundary(line, next, { layout: wide, inListItem: true, fill: fill })).toBe(true)
    expect(isBlockBoundary(line, next, { layout: wide, inListItem: true })).toBe(false)
  })

  test('should not start a block at a line without letters', () => {
    const [line, next] = pair('Zo zei een van hen het. — Respondent\n4')
    expect(isBlockBoundary(line, next, { layout: unmarked, fill: fill })).toBe(false)
  })
})

describe('isBlockBoundary in a list item', () => {
  // Paragraphs 27 ems wide, 64 characters; items indented to 24.5 ems,
  // their later lines hanging at the indent.
  const fill: LineFill = {
    full: 27,
    narrow: 0,
    fit: 1,
    typical: 26.5,
    hyphenates: false,
    item: 24.5,
    itemsHang: true,
  }
  const layout: Layout = { ...unmarked, measure: 64 }
  // Full to the list measure, though short in characters (wide letters).
  const full = 'samen met Wim Mommers van de Wmo-raad en Marieke de'
  const check = (text: string): boolean => {
    const [line, next, ...following] = linesOf(text)
    if (!line || !next) throw new Error('need two lines')
    return isBlockBoundary(line, next, { layout, fill, inListItem: true, following })
  }

  test('should go on after an item line full to the list measure, however few its characters', () => {
    expect(check(`${full}\nWaard over de MWM-regeling beslissen.`)).toBe(false)
    // Counted in characters against the paragraphs the line looks short.
    expect(
      isBlockBoundary(...(linesOf(`${full}\nWaard over de regeling.`) as [Line, Line]), {
        layout,
        inListItem: true,
      }),
    ).toBe(true)
  })

  test('should not take the last words of an item after a full item line for a heading', () => {
    const after = 'Daarna volgde de begroting van de gemeente voor het jaar.'
    expect(check(`${full}\nWaard over de MWM-regeling\n${after}`)).toBe(false)
    // After an item line that stops short, the short line is a heading.
    expect(check(`• De Wmo-raad beslist mee\nFinanciën\n${after}`)).toBe(true)
  })

  test("should end an item before a line set at the paragraphs' measure, outside the list", () => {
    const item = 'samen met Wim Mommers van de Wmo-raad en de gemeente.'
    const paragraphLine = 'Daarna volgde de begroting van de gemeente voor het jaar 2025 en'
    expect(check(`${item}\n${paragraphLine}`)).toBe(true)
    // Within the list measure the item may go on.
    expect(check(`${item}\nDaarna volgde de begroting van de gemeente voor het`)).toBe(false)
    // A line within the list measure that runs on into a line outside it
    // stands outside the list too.
    const outside = 'jaar 2025, met de plannen van het college voor de komende vier jaren'
    expect(check(`${item}\nDaarna volgde de begroting van de gemeente voor het\n${outside}`)).toBe(
      true,
    )
    expect(
      check(`${item}\nDaarna volgde de begroting van de gemeente voor het\nvolgende jaar.`),
    ).toBe(false)
    // Where the items' lines wrap back to the margin, a wide line tells nothing.
    const [line, next] = linesOf(`${item}\n${paragraphLine}`) as [Line, Line]
    expect(
      isBlockBoundary(line, next, {
        layout,
        fill: { ...fill, itemsHang: false },
        inListItem: true,
      }),
    ).toBe(false)
  })

  test("should keep an item's next question with it rather than take it for a heading", () => {
    const after = 'Daarna volgde de begroting van de gemeente voor het jaar.'
    expect(
      check(
        `• Heb je een mobiel? Zo ja, van welk merk en model is het?\nWat voor abonnement?\n${after}`,
      ),
    ).toBe(false)
    // After an item that states, a short question is a heading.
    expect(
      check(
        `• De deelnemers hebben allemaal een mobiel van dat merk.\nWat voor abonnement?\n${after}`,
      ),
    ).toBe(true)
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
