import { expect, test } from 'vitest'
import { splitLines } from '../src/lib/lines.js'
import { normalizeText } from '../src/lib/normalize.js'
import { findFurniture } from '../src/lib/page-furniture.js'

/** The furniture lines of a text, as text and kind. */
function furniture(input: string): Array<[string, string]> {
  const found = findFurniture(splitLines(normalizeText(input)))
  return [...found.values()]
    .sort((a, b) => a.line.index - b.line.index)
    .map(({ line, kind }) => [line.text, kind])
}

/** The running headers found. */
function headers(input: string): string[] {
  return furniture(input)
    .filter(([, kind]) => kind === 'runningHeader')
    .map(([text]) => text)
}

/**
 * Four pages of a report whose header shows the section begun on the page
 * (LaTeX's `\rightmark`), or else the one going on: "Werkwijze" heads page
 * 2, where that section begins below the header, and page 3, where it goes
 * on.
 */
function report(header: (title: string, page: number) => string): string {
  const pages: Array<[string, string]> = [
    [
      'Aanleiding',
      'Aanleiding\nDe raad vroeg om een onderzoek naar de wachttijden bij\nhet loket van de gemeente en de telefonische hulplijn.',
    ],
    [
      'Werkwijze',
      'tijden bij het loket waren lang.\nWerkwijze\nWe spraken met twintig inwoners en met de medewerkers\nvan het loket over hun ervaringen in het afgelopen jaar.',
    ],
    [
      'Werkwijze',
      'Daarna volgde een enquête onder driehonderd inwoners\nvan de gemeente, die bijna allemaal zijn ingevuld.',
    ],
    [
      'Bevindingen',
      'De meeste inwoners waren tevreden over de hulp.\nBevindingen\nDe wachttijden zijn korter dan twee jaar geleden.',
    ],
  ]
  return pages
    .map(
      ([title, body], index) => `${header(title, index + 1)}\n${body}\nPagina ${index + 1} van 4\n`,
    )
    .join('\f')
}

test('should take a header that repeats the section begun on its page or before it', () => {
  const found = furniture(report((title) => title))
  expect(found.filter(([, kind]) => kind === 'runningHeader')).toEqual([
    ['Aanleiding', 'runningHeader'],
    ['Werkwijze', 'runningHeader'],
    ['Werkwijze', 'runningHeader'],
    ['Bevindingen', 'runningHeader'],
  ])
  // The headings it repeats stay in the text.
  expect(found).toHaveLength(8)
})

test('should take a section header printed with a paper reference or a constant part', () => {
  expect(
    headers(report((title) => `${title} Tweede Kamer, vergaderjaar 2025–2026, 36 123, nr. 4`)),
  ).toHaveLength(4)
  expect(headers(report((title) => `${title} | Onderzoek loket Ommeren 2025`))).toHaveLength(4)
  expect(headers(report((title, page) => `Verslag ${page + 20}/2025 – ${title}`))).toHaveLength(4)
  expect(headers(report((title, page) => `${title} ${page}`))).toHaveLength(4)
  expect(headers(report((title, page) => `– ${page} – ${title}`))).toHaveLength(4)
})

test('should take a section header under a running title on a line of its own', () => {
  expect(headers(report((title) => `Onderzoek loket Ommeren\n${title}`))).toEqual([
    'Onderzoek loket Ommeren',
    'Aanleiding',
    'Onderzoek loket Ommeren',
    'Werkwijze',
    'Onderzoek loket Ommeren',
    'Werkwijze',
    'Onderzoek loket Ommeren',
    'Bevindingen',
  ])
})

test('should take a section header wrapped onto a second line with all its lines', () => {
  // Too long for one line, the header wraps before the paper number.
  const wrapped = report((title, page) =>
    page === 2
      ? `${title} Tweede Kamer, vergaderjaar 2025–2026, 36 123, nr.\n4`
      : `${title} Tweede Kamer, vergaderjaar 2025–2026, 36 123, nr. 4`,
  )
  const found = furniture(wrapped)
  expect(found.map(([text]) => text)).toContain(
    'Werkwijze Tweede Kamer, vergaderjaar 2025–2026, 36 123, nr.',
  )
  expect(found).toContainEqual(['4', 'pageNumber'])
  expect(headers(wrapped)).toHaveLength(4)
})

test('should match a header with a heading that is numbered, wrapped or in another case', () => {
  const input = [
    'ONDERZOEK NAAR DE TOEGANKELIJKHEID VAN HET LOKET\n1 Onderzoek naar de toegankelijk-\nheid van het loket\nDe raad vroeg om een onderzoek.\nPagina 1 van 3\n',
    'ONDERZOEK NAAR DE TOEGANKELIJKHEID VAN HET LOKET\nhet loket en de hulplijn bleven open.\n2 Werkwijze\nWe spraken met twintig inwoners.\nPagina 2 van 3\n',
    'WERKWIJZE\nDaarna volgde een enquête onder inwoners.\nPagina 3 van 3\n',
  ].join('\f')
  expect(headers(input)).toEqual([
    'ONDERZOEK NAAR DE TOEGANKELIJKHEID VAN HET LOKET',
    'ONDERZOEK NAAR DE TOEGANKELIJKHEID VAN HET LOKET',
    'WERKWIJZE',
  ])
})

test('should keep a recurring heading that stands right below a section header', () => {
  // "Wat betekent dit?" heads a part of each section and opens two pages
  // under the header: it is the section's text, not a second header.
  const pages = [
    'Aanleiding\nAanleiding\nDe raad vroeg om een onderzoek.\nDe raad las mee.\nWat betekent dit?\nDe raad wil het weten.\nHet college ook.\nDe inwoners ook.',
    'Werkwijze\nWat betekent dit?\nWe spraken met inwoners.\nWerkwijze\nWe hielden een enquête.',
    'Werkwijze\nWat betekent dit?\nDe enquête is ingevuld.\nNog meer tekst over de enquête.',
    'Bevindingen\nBevindingen\nDe wachttijden zijn korter.\nDe hulplijn ook.\nWat betekent dit?\nHet loket werkt beter.\nDe raad is blij.\nHet college ook.',
  ]
  const found = furniture(
    pages.map((page, index) => `${page}\nPagina ${index + 1} van 4\n`).join('\f'),
  )
  expect(found.map(([text]) => text)).not.toContain('Wat betekent dit?')
  expect(found.filter(([, kind]) => kind === 'runningHeader')).toHaveLength(4)
})

test('should keep a first line that agrees only with a heading further on', () => {
  // A running header shows a section begun on its page or before, never
  // one still to come: "Bevindingen" and "Aanbevelingen" opening pages 1
  // and 2 are the text's (a list of contents, say).
  const pages = [
    'Bevindingen\nen aanbevelingen staan in deel twee van dit verslag.\nDe raad vroeg om een nieuw onderzoek.',
    'Aanbevelingen\nvan de gemeente zelf volgen later.\nHet loket bleef open.',
    'De wachttijden bij het loket bleven lang.\nHet team keek naar de cijfers.\nDe raad las mee.\nBevindingen\nDe wachttijden zijn korter.\nDe hulplijn is beter.\nHet loket is druk.\nDe raad is tevreden.',
    'Het loket is vaker open.\nHet team sprak met de raad.\nDe raad las mee.\nAanbevelingen\nHoud het loket open.\nBel mensen terug.\nSchrijf korte brieven.\nDe raad beslist.',
  ]
  expect(
    headers(pages.map((page, index) => `${page}\nPagina ${index + 1} van 4\n`).join('\f')),
  ).toEqual([])
})

test('should keep a label that stands in the text more often than it opens pages', () => {
  // "Aanbeveling" and "Advies" follow findings; each opens a page, as the
  // text runs, and stands in the text more often.
  const body = (finding: string, label: string): string =>
    [
      `De bevinding over ${finding} is besproken.`,
      'Het team keek naar de cijfers van vorig jaar.',
      label,
      `Maak ${finding} eenvoudiger.`,
      'De raad neemt dit mee in de begroting.',
      label,
      `Kijk volgend jaar opnieuw naar ${finding}.`,
      'Het college zegt dit toe.',
    ].join('\n')
  const pages = [
    body('de knop', 'Aanbeveling'),
    `Aanbeveling\n${body('het menu', 'Advies')}`,
    `Advies\n${body('de brief', 'Aanbeveling')}`,
    body('de site', 'Advies'),
  ]
  expect(
    headers(pages.map((page, index) => `${page}\nPagina ${index + 1} van 4\n`).join('\f')),
  ).toEqual([])
})

test('should take a constant line standing under a section header on every page', () => {
  // A footer set at the top of the next page by the extraction, under the
  // header: it stands on every page and never inside one.
  const found = furniture(report((title) => `${title}\nJaarverslag 2025 gemeente Ommeren`))
  expect(found.filter(([text]) => text === 'Jaarverslag 2025 gemeente Ommeren')).toHaveLength(4)
  expect(headers(report((title) => `${title}\nJaarverslag 2025 gemeente Ommeren`))).toHaveLength(8)
})
