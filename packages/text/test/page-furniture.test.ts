import { expect, test } from 'vitest'
import { splitLines } from '../src/lib/lines.js'
import { normalizeText } from '../src/lib/normalize.js'
import { findFurniture } from '../src/lib/page-furniture.js'
import { pageNumberShape } from '../src/lib/page-number.js'

function furniture(input: string): Array<[string, string]> {
  const found = findFurniture(splitLines(normalizeText(input)))
  return [...found.values()].map(({ line, kind }) => [line.text, kind])
}

test('should find a running footer with a changing page number on every page', () => {
  const words = ['Eerste', 'Tweede', 'Derde']
  const page = (n: number): string =>
    `${words[n - 1]} bladzijde loopt hier door.\nMet meer tekst over ${words[n - 1]?.toLowerCase()} zaken.\nGemeente Ommeren | Jaarverslag – ${n} –\n`
  expect(furniture(`${page(1)}\f${page(2)}\f${page(3)}`)).toEqual([
    ['Gemeente Ommeren | Jaarverslag – 1 –', 'runningFooter'],
    ['Gemeente Ommeren | Jaarverslag – 2 –', 'runningFooter'],
    ['Gemeente Ommeren | Jaarverslag – 3 –', 'runningFooter'],
  ])
})

test('should find a running header and a page number line', () => {
  const body = [
    'Begin van het verslag.\nDe raad besloot.',
    'Vervolg van het verslag.\nHet college voert uit.',
  ]
  const page = (n: number): string => `Rapport Ommeren\n${body[n - 1]}\nPagina ${n} van 2\n`
  expect(furniture(`${page(1)}\f${page(2)}`)).toEqual([
    ['Rapport Ommeren', 'runningHeader'],
    ['Pagina 1 van 2', 'pageNumber'],
    ['Rapport Ommeren', 'runningHeader'],
    ['Pagina 2 van 2', 'pageNumber'],
  ])
})

test('should find a parliamentary paper footer on a single page', () => {
  expect(
    furniture('Tekst.\nMeer tekst.\nTweede Kamer, vergaderjaar 2022–2023, 36 200, nr. 3\n'),
  ).toEqual([['Tweede Kamer, vergaderjaar 2022–2023, 36 200, nr. 3', 'runningFooter']])
})

test('should keep a line that repeats on one page only', () => {
  expect(furniture('Inleiding\nTekst.\n\fAndere tekst.\nSlot.\n')).toEqual([])
})

test('should recognise page number shapes', () => {
  for (const value of [
    '7',
    '– 7 –',
    '-7-',
    'Page 7 of 9',
    'Seite 7 von 9',
    'Pagina 7 van 9',
    '7/9',
  ])
    expect(pageNumberShape(value), value).toBe('arabic')
  for (const value of ['xii', '– iv –', 'xl']) expect(pageNumberShape(value), value).toBe('roman')
  // A dash on one side belongs to a word ("l-", a suspended compound's
  // part); "iiii" and "vx" are no numerals.
  for (const value of ['7 dagen', 'Paginering', '2.3 Scope', 'l-', '7-', '– 7', 'iiii', 'vx'])
    expect(pageNumberShape(value), value).toBe(undefined)
})

test('should take roman page numbers only where two pages have one', () => {
  expect(furniture('Voorwoord bij het verslag.\nDe raad stemde in.\nii\n')).toEqual([])
  expect(
    furniture(
      'Voorwoord bij het verslag.\nDe raad stemde in.\nii\n\fHet college voert uit.\niii\n',
    ),
  ).toEqual([
    ['ii', 'pageNumber'],
    ['iii', 'pageNumber'],
  ])
})

test('should find a running footer whose page number wrapped onto its own line', () => {
  const body = ['Alpha', 'Beta', 'Gamma', 'Delta']
  const pages = body.map((word, index) => {
    const footer =
      index < 3 ? `Verslag Ommeren 2024 – ${index + 8} –` : `Verslag Ommeren 2024\n– ${index + 8} –`
    return `${word} is het onderwerp van deze bladzijde.\nMet nog een regel over ${word}.\n${footer}\n`
  })
  const found = furniture(pages.join('\f'))
  expect(found.slice(-2)).toEqual([
    ['– 11 –', 'pageNumber'],
    ['Verslag Ommeren 2024', 'runningFooter'],
  ])
  expect(found).toHaveLength(5)
})

test('should find a running footer whose spacing before the page number changes', () => {
  const bodies = [
    'Eerste bladzijde loopt hier door.\nDe raad besloot.',
    'Tweede bladzijde met ander werk.\nHet college voert uit.',
    'Derde bladzijde over de wegen.\nDe wethouder antwoordt.',
    'Vierde bladzijde gaat door.\nMet nog meer tekst.',
    'Vijfde bladzijde sluit af.\nEinde van het stuk.',
  ]
  const page = (n: number, gap: string): string =>
    `${bodies[n - 1]}\nGemeente Ommeren | Jaarverslag${gap}– ${n} –\n`
  const pages = [1, 2, 3, 4].map((n) => page(n, ' '))
  const found = furniture([...pages, page(5, '')].join('\f'))
  expect(found.map(([text]) => text)).toEqual([
    'Gemeente Ommeren | Jaarverslag – 1 –',
    'Gemeente Ommeren | Jaarverslag – 2 –',
    'Gemeente Ommeren | Jaarverslag – 3 –',
    'Gemeente Ommeren | Jaarverslag – 4 –',
    'Gemeente Ommeren | Jaarverslag– 5 –',
  ])
})

test('should keep a recurring heading that stands under the running header', () => {
  const bodies = [
    'Het onderzoek keek naar het formulier.\nEr deden vijf mensen mee.\nBevinding\nDe knop is niet te vinden.',
    'Bevinding\nHet menu is te lang.',
    'Aanbeveling\nMaak de knop groter.',
  ]
  const page = (n: number): string => `Rapport Ommeren\n${bodies[n - 1]}\nPagina ${n} van 3\n`
  const found = furniture([page(1), page(2), page(3)].join('\f'))
  expect(found.map(([text]) => text)).not.toContain('Bevinding')
  expect(found.filter(([, kind]) => kind === 'runningHeader')).toHaveLength(3)
})

test('should take a top line that repeats a section title as a running header', () => {
  const input = [
    'Inleiding\nDe raad besloot tot een onderzoek.\nPagina 1 van 3',
    'Inleiding\nHet college voert het onderzoek uit.\nPagina 2 van 3',
    'Resultaten\nDe uitkomst volgt hier.\nPagina 3 van 3',
  ].join('\n\f')
  expect(furniture(input)).toContainEqual(['Inleiding', 'runningHeader'])
})

test('should keep a recurring heading that opens one page only', () => {
  // Eight pages; "Advies" heads a subsection in two sections and opens one
  // page, where a running header would have repeated a title on many.
  const pages = [
    'Inleiding\nDe raad besloot tot een onderzoek naar de wegen.',
    'Advies\nHet college past de plannen voor de wegen aan.',
    'Resultaten\nDe uitkomst van het eerste deel volgt hier.',
    'Het tweede deel van de uitkomst staat hier.\nDe parken kwamen ook aan bod.',
    'Advies\nHet college past de plannen voor de parken aan.',
    'Bijlagen\nDe lijst van stukken staat hier.',
    'Het verslag van de raad van maart is bijgevoegd.',
    'Colofon\nDit verslag is gemaakt door de gemeente.',
  ]
  expect(furniture(pages.join('\n\f'))).toEqual([])
})

test('should keep a recurring list item or sentence that happens to open a page', () => {
  const input = [
    'Het onderzoek keek naar het formulier.\nEr deden vijf mensen mee.\nZe vonden drie dingen.\n• De knop moet groter.\nMeer tekst hier.',
    '• De knop moet groter.\nHet vervolg van het verslag.',
  ].join('\n\f')
  expect(furniture(input)).toEqual([])
})

test('should keep a label that recurs mostly in the middle of pages, also where it opens one', () => {
  const page = (n: number): string =>
    [
      'Rapport Ommeren',
      'Wat betekent dit?',
      `De knop op pagina ${n} is niet te vinden.`,
      'Wat betekent dit?',
      'Mensen zoeken lang naar de knop.',
      'Wat betekent dit?',
      'Het menu is te lang voor een kleine telefoon.',
      'Maak het menu korter.',
      `Pagina ${n} van 4`,
    ].join('\n')
  const found = furniture([1, 2, 3, 4].map(page).join('\n\f'))
  expect(found.map(([text]) => text)).not.toContain('Wat betekent dit?')
  expect(found.filter(([, kind]) => kind === 'runningHeader')).toHaveLength(4)
})

test('should keep a title under the running header that repeats it, wrapped at its number', () => {
  // The header prints the title in one line; the title itself, set larger,
  // wraps at its year: a header with its number cut off, and the number
  // alone. A page has one running header, so the wrapped lines are text.
  const header = 'Jaarverslag Waterschap Ommeren 2024–25'
  const pages = [
    `${header}\nJaarverslag Waterschap Ommeren 2024–\n25\nHet waterschap zorgt voor schoon water.\nDe dijken zijn op orde.\n`,
    `${header}\nIn het voorjaar stond het water hoog.\nDe gemalen draaiden dag en nacht.\n`,
    `${header}\nDe kosten bleven binnen de begroting.\nHet bestuur is tevreden.\n`,
  ]
  expect(furniture(pages.join('\f'))).toEqual([
    [header, 'runningHeader'],
    [header, 'runningHeader'],
    [header, 'runningHeader'],
  ])
})
