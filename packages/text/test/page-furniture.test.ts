import { expect, test } from 'vitest'
import { splitLines } from '../src/lib/lines.js'
import { normalizeText } from '../src/lib/normalize.js'
import { findFurniture } from '../src/lib/page-furniture.js'
import { isPageNumber } from '../src/lib/page-number.js'

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
    'Page 7 of 9',
    'Seite 7 von 9',
    'Pagina 7 van 9',
    '7/9',
    'xii',
  ])
    expect(isPageNumber(value), value).toBe(true)
  for (const value of ['7 dagen', 'Paginering', '2.3 Scope'])
    expect(isPageNumber(value), value).toBe(false)
})
