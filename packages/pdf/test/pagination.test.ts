import { toPdf } from '@kopij/pdf'
import { beforeAll, describe, expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { openPdf, run, tempPdf } from './pdf-readers.js'
import { longTableTree, longTree, tallFootnoteTree } from './sample-trees.js'

/** The text of each page, as pdftotext sees it. */
function pagesOf(path: string): string[] {
  const pages = Number(/^Pages: +(\d+)$/m.exec(run('pdfinfo', [path]))?.[1])
  return Array.from({ length: pages }, (_, index) =>
    run('pdftotext', ['-enc', 'UTF-8', '-f', `${index + 1}`, '-l', `${index + 1}`, path, '-']),
  )
}

describe('a long report', () => {
  let pages: string[]

  beforeAll(async () => {
    pages = pagesOf(tempPdf(await toPdf(longTree(40_000), fixedDates)))
  })

  test('should fill several pages', () => {
    expect(pages.length).toBeGreaterThan(8)
  })

  test('should number every page "Pagina n van m" in the footer', () => {
    pages.forEach((page, index) => {
      expect(page).toContain(`Pagina ${index + 1} van ${pages.length}`)
      expect(page).toContain('Lang verslag')
    })
  })

  test('should put each footnote at the foot of the page that calls it', () => {
    const sections = pages.join('').match(/Voetnoot bij onderdeel \d+\./g) ?? []
    expect(sections.length).toBeGreaterThan(5)
    for (let section = 1; section <= sections.length; section++) {
      const callPage = pages.findIndex((page) =>
        new RegExp(`exportcontrole\\.${section}\\s`).test(page),
      )
      const notePage = pages.findIndex((page) =>
        page.includes(`Voetnoot bij onderdeel ${section}.`),
      )
      expect(callPage, `call ${section}`).toBeGreaterThanOrEqual(0)
      expect(notePage, `note ${section}`).toBe(callPage)
    }
  })

  test('should never end a page with a heading', () => {
    for (const page of pages) {
      const body = page.split('\n').filter((line) => line.trim() !== '')
      const lastHeading = body.findLastIndex((line) => /^\d+\. Onderdeel \d+$/.test(line))
      if (lastHeading === -1) continue
      expect(body.slice(lastHeading + 1).some((line) => line.startsWith('Zin '))).toBe(true)
    }
  })

  test('should lose no sentence', () => {
    const text = pages.join('\n').replace(/\s+/g, ' ')
    const tree = longTree(40_000)
    let expected = 0
    for (const match of JSON.stringify(tree).matchAll(/Zin (\d+) beschrijft/g)) {
      expected++
      expect(text).toContain(`Zin ${match[1]} beschrijft de gebalanceerde aanpak`)
    }
    expect(expected).toBeGreaterThan(300)
  })
})

describe('a table across pages', () => {
  let pages: string[]
  let structure: string

  beforeAll(async () => {
    const path = tempPdf(await toPdf(longTableTree(120), fixedDates))
    pages = pagesOf(path)
    structure = run('pdfinfo', ['-struct-text', path])
  })

  test('should repeat the header row at the top of each next page', () => {
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) {
      expect(page.trimStart().replace(/\s+/g, ' ')).toMatch(/^(Tabel )?Nummer Omschrijving/)
    }
  })

  test('should tag the header row once, the repeats being artifacts', () => {
    expect(structure.match(/^ +TH:?$/gm)?.length).toBe(2)
    expect(structure.match(/^ +TR$/gm)?.length).toBe(121)
  })
})

test('should continue a footnote taller than a page at the foot of the next pages', async () => {
  const bytes = await toPdf(tallFootnoteTree(120), fixedDates)
  const path = tempPdf(bytes)
  const pages = pagesOf(path)
  expect(pages.length).toBeGreaterThan(2)
  // The note starts on the page of its call and goes on, in order, after it.
  expect(pages[0]).toContain('Een bewering met een lange noot')
  expect(pages[0]).toMatch(/Notenregel 1\./)
  const order = [...pages.join('\n').matchAll(/Notenregel (\d+)\./g)].map((match) =>
    Number(match[1]),
  )
  expect(order).toEqual(Array.from({ length: 120 }, (_, index) => index + 1))
  // Every line stays above the bottom margin (72 pt; the page footer sits below it).
  const doc = await openPdf(bytes)
  for (let index = 1; index <= doc.numPages; index++) {
    const items = (await (await doc.getPage(index)).getTextContent()).items
    for (const item of items) {
      if (!('str' in item) || item.str.trim() === '' || /^Pagina \d+ van \d+$/.test(item.str))
        continue
      if (item.str === 'Lange voetnoot') continue
      expect(item.transform[5], `"${item.str}" on page ${index}`).toBeGreaterThan(72)
    }
  }
  // The text after the call still gets room on the pages the note runs across.
  expect(pages.join('\n')).toContain('Tekst 30 na de bewering')
})
