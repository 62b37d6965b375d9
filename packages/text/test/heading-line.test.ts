import { fromText } from '@kopij/text'
import { expect, test } from 'vitest'
import { justifiedParagraph } from './helpers.js'

/** The kinds of the top-level blocks and their first words. */
function outline(input: string, language: string): string[] {
  return fromText(input, { language }).children.map((node) => {
    const first = 'children' in node ? node.children[0] : undefined
    const text = first?.type === 'text' ? first.value.split(' ').slice(0, 3).join(' ') : ''
    return `${node.type === 'heading' ? 'h' : node.type === 'paragraph' ? 'p' : node.type}: ${text}`
  })
}

test('should end a block after a heading line that stops short of the measure, before the paragraph under it', () => {
  // The heading line has as many characters as a full line, but narrow
  // letters: by glyph widths the next line's first word would have fitted.
  const input = [
    ...justifiedParagraph.slice(0, 9),
    'en de teams wijken uit naar een andere hal.',
    'Vrijwilligers blijven actief in lokale initiatieven in hun wijk',
    'Een buurthuis met een open deur zorgt ervoor dat bewoners elkaar',
    'vaker zien en samen plannen maken voor de straat waar zij wonen.',
  ].join('\n')
  expect(outline(input, 'nl')).toEqual([
    'p: De gemeenteraad heeft',
    'h: Vrijwilligers blijven actief',
    'p: Een buurthuis met',
  ])
})

test('should keep a German line that stops short with the noun that starts the next line', () => {
  // German writes every noun with a capital: "viel" / "Geld von der Stadt"
  // goes on with the sentence, however short the line looks.
  const input = [
    'Die Stadt hat im letzten Jahr beschlossen, die Arbeit der Vereine',
    'in allen Vierteln mit einem festen Betrag zu unterstützen, damit',
    'sie ihre Räume halten und neue Mitglieder gewinnen können, auch',
    'wenn die Zahl der Freiwilligen in den letzten Jahren gesunken ist',
    'und viele Aufgaben von wenigen Menschen getragen werden müssen,',
    'die sich schon seit langer Zeit für ihr Viertel und die Menschen',
    'in der Stadt. Die Vereine haben deshalb gefragt, ob die Stadt auch',
    'für die kommenden Jahre eine feste Zusage geben kann, damit sie',
    'besser planen können und nicht jedes Jahr von neuem einen Antrag',
    'stellen müssen, der viel Zeit kostet.',
    'Viele Initiativen in kleinen Städten erhalten jährlich viel',
    'Geld von der Stadt, um ihre Arbeit in den Vierteln zu sichern.',
  ].join('\n')
  expect(outline(input, 'de')).toEqual(['p: Die Stadt hat', 'p: Viele Initiativen in'])
})
