import { describe, expect, test } from 'vitest'
import { groupBlocks } from '../src/lib/blocks.js'
import { measureLayout } from '../src/lib/layout.js'
import { linesOf } from './helpers.js'

function blockTexts(text: string): string[][] {
  const lines = linesOf(text)
  const layout = measureLayout(lines.filter((line) => !line.blank))
  const context = {
    language: 'nl',
    vocabulary: new Map<string, number>(),
    hyphensAreGenuine: false,
  }
  return groupBlocks(lines, () => false, layout, context).map((block) =>
    block.lines.map((line) => line.text),
  )
}

describe('groupBlocks', () => {
  test('should start the next numbered item after a full item line', () => {
    expect(
      blockTexts(
        '1. Vinden van het formulier op de site van de gemeente Ommeren zelf\n2. Inloggen met DigiD',
      ),
    ).toEqual([
      ['1. Vinden van het formulier op de site van de gemeente Ommeren zelf'],
      ['2. Inloggen met DigiD'],
    ])
  })

  test('should end the block of a quotation that stands alone', () => {
    const quote = [
      '"Ik wil gewoon weten wanneer mijn aanvraag klaar is en waar ik',
      'het kan zien, want dat staat nergens op de pagina van de gemeente."',
    ]
    const after = 'Bij het invullen van het formulier zocht een deelnemer lang.'
    expect(blockTexts([...quote, after].join('\n'))).toEqual([quote, [after]])
  })

  test('should keep a number that does not go on with the list in the item', () => {
    expect(
      blockTexts('1. Vinden van het formulier op de site van de gemeente Ommeren na\n3 dagen'),
    ).toEqual([['1. Vinden van het formulier op de site van de gemeente Ommeren na', '3 dagen']])
  })
})
