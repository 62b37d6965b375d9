import {
  code,
  emphasis,
  footnoteDefinition,
  footnoteReference,
  heading,
  image,
  list,
  paragraph,
  root,
  table,
  thematicBreak,
  toPlainText,
} from '@kopij/ast'
import { expect, test } from 'vitest'

test('should separate blocks with blank lines and keep phrasing together', () => {
  const tree = root([
    heading(1, 'Titel'),
    paragraph(['Een ', emphasis('gebalanceerde'), ' benadering', footnoteReference('1'), '.']),
    thematicBreak(),
    list(['een', 'twee']),
    table([
      ['a', 'b'],
      ['c', 'd'],
    ]),
    paragraph([image('logo.png', 'Logo van het ministerie')]),
    code('x = 1'),
    footnoteDefinition('1', [paragraph('Voetnoot.')]),
  ])
  expect(toPlainText(tree)).toBe(
    'Titel\n\nEen gebalanceerde benadering.\n\neen\n\ntwee\n\na\tb\nc\td\n\nLogo van het ministerie\n\nx = 1\n\nVoetnoot.',
  )
})
