import { heading, list, listItem, paragraph, root, table, tableCell, tableRow } from '@kopij/ast'
import { toDocx } from '@kopij/docx'
import { describe, expect, test } from 'vitest'
import { Docx, descendants, first, readText, textOf, type XmlElement } from './read-docx.js'
import { readReport } from './report-fixture.js'

const { tree, file } = readReport()
const docx = new Docx(await toDocx(tree, { tableOfContents: true }, file))
const body = docx.parse('word/document.xml')
const styles = docx.parse('word/styles.xml')

function style(id: string): XmlElement {
  const found = descendants(styles, 'w:style').find(
    (element) => element.attributes['w:styleId'] === id,
  )
  if (!found) throw new Error(`No style ${id}`)
  return found
}

function val(element: XmlElement, name: string): string | undefined {
  return descendants(element, name)[0]?.attributes['w:val']
}

function paragraphsWithStyle(id: string): XmlElement[] {
  return descendants(body, 'w:p').filter((p) => {
    const pStyle = descendants(p, 'w:pStyle')[0]
    return pStyle?.attributes['w:val'] === id
  })
}

describe('headings', () => {
  test('should write each heading in the built-in Heading style of its depth', () => {
    const texts = (level: number) =>
      paragraphsWithStyle(`Heading${level}`).map((p) => readText(p).trim())
    expect(texts(1)).toEqual(['Jaarverslag waterbeheer'])
    expect(texts(2)).toEqual(['1. Inleiding', '2. Afbeeldingen'])
    expect(texts(3)).toEqual(['1.1 Doelen', '1.2 Cijfers'])
    expect(texts(4)).toEqual(['Kop vier'])
    expect(texts(5)).toEqual(['Kop vijf'])
    expect(texts(6)).toEqual(['Kop zes'])
  })

  test('should give the heading styles outline levels 0 to 5, named as Word names them', () => {
    for (let level = 1; level <= 6; level++) {
      const heading = style(`Heading${level}`)
      expect(val(heading, 'w:name')).toBe(`Heading ${level}`)
      expect(val(heading, 'w:outlineLvl')).toBe(String(level - 1))
    }
  })
})

describe('style sheet', () => {
  test('should set the document language and a body size of at least 11 pt in the defaults', () => {
    const defaults = first(styles, 'w:docDefaults')
    expect(first(defaults, 'w:lang').attributes['w:val']).toBe('nl-NL')
    expect(Number(val(defaults, 'w:sz'))).toBeGreaterThanOrEqual(22)
  })

  test('should only use text colours with at least 4.5:1 contrast against white', () => {
    const colors = descendants(styles, 'w:color')
      .map((element) => element.attributes['w:val'])
      .filter((value): value is string => value !== undefined && value !== 'auto')
    expect(colors.length).toBeGreaterThan(3)
    for (const color of new Set(colors)) {
      expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5)
    }
  })

  test('should mark a span the tree marks as English with its own w:lang', () => {
    const runs = descendants(body, 'w:r').filter((run) => readText(run).includes('Water knows'))
    expect(runs).toHaveLength(1)
    expect(val(runs[0] as XmlElement, 'w:lang')).toBe('en-GB')
  })
})

test('should mark a table row and a list item the tree marks as German', async () => {
  const row = tableRow([tableCell('Wasser'), tableCell('Deich')])
  row.data = { language: 'de-DE' }
  const item = listItem([paragraph('Hochwasserschutz')])
  item.data = { language: 'de-DE' }
  const marked = new Docx(
    await toDocx(root([table([['Water', 'Dijk'], row]), list([item])]), { language: 'nl-NL' }),
  ).parse('word/document.xml')
  const languages = descendants(marked, 'w:r')
    .filter((run) => /Wasser|Deich|Hochwasserschutz|Water|Dijk/.test(readText(run)))
    .map((run) => `${readText(run).trim()} ${val(run, 'w:lang') ?? '-'}`)
  expect(languages).toEqual([
    'Water -',
    'Dijk -',
    'Wasser de-DE',
    'Deich de-DE',
    'Hochwasserschutz de-DE',
  ])
})

describe('lists', () => {
  test('should number list items with real numbering, nested by level', () => {
    const items = descendants(body, 'w:p')
      .filter((p) => descendants(p, 'w:numPr').length > 0)
      .map((p) => ({ text: readText(p).trim(), level: val(p, 'w:ilvl'), numId: val(p, 'w:numId') }))
    expect(items.map(({ text, level }) => `${level} ${text}`)).toEqual([
      '0 Veilige dijken langs de kust',
      '0 Schoon water in de rivieren',
      '1 Rijn en Maas',
      '1 Schelde',
      '2 Westerschelde',
      '2 Oosterschelde',
      '0 Voldoende zoetwater',
      '0 Vijfde punt van een lijst die bij vijf begint',
      '0 Zesde punt',
      '0 ☒ Afgeronde taak',
      '0 ☐ Openstaande taak',
    ])
    // Every list is its own numbering instance, so each counts from its start.
    expect(new Set(items.map((item) => item.numId)).size).toBe(5)
    expect(items.some((item) => /^\d+\.|^•/.test(item.text))).toBe(false)
  })

  test('should start an ordered list at its start number and mark bullets as bullets', () => {
    const numbering = docx.parse('word/numbering.xml')
    const numFor = (text: string) => {
      const p = descendants(body, 'w:p').find((element) => readText(element).includes(text))
      return p && val(p, 'w:numId')
    }
    const abstractOf = (numId: string | undefined) => {
      const num = descendants(numbering, 'w:num').find((n) => n.attributes['w:numId'] === numId)
      const abstractId = num && val(num, 'w:abstractNumId')
      return descendants(numbering, 'w:abstractNum').find(
        (a) => a.attributes['w:abstractNumId'] === abstractId,
      )
    }
    const levelZero = (text: string) => {
      const abstract = abstractOf(numFor(text))
      const level =
        abstract && descendants(abstract, 'w:lvl').find((l) => l.attributes['w:ilvl'] === '0')
      if (!level) throw new Error(`No numbering for ${text}`)
      return {
        format: val(level, 'w:numFmt'),
        start: val(level, 'w:start'),
        text: val(level, 'w:lvlText'),
      }
    }
    expect(levelZero('Veilige dijken')).toEqual({ format: 'decimal', start: '1', text: '%1.' })
    expect(levelZero('Vijfde punt')).toEqual({ format: 'decimal', start: '5', text: '%1.' })
    expect(levelZero('Afgeronde taak').format).toBe('bullet')
  })
})

describe('tables', () => {
  test('should mark the first row as a repeating header row and align the cells', () => {
    const [table] = descendants(body, 'w:tbl')
    if (!table) throw new Error('No table')
    const rows = table.children.filter((child) => child.name === 'w:tr')
    expect(rows.map((row) => descendants(row, 'w:tblHeader').length)).toEqual([1, 0, 0])
    const alignments = descendants(rows[1] as XmlElement, 'w:tc').map((cell) => val(cell, 'w:jc'))
    expect(alignments).toEqual(['left', 'right', 'center'])
  })
})

describe('footnotes', () => {
  test('should write footnotes as Word notes, referenced from the body', () => {
    const references = descendants(body, 'w:footnoteReference').map((r) => r.attributes['w:id'])
    expect(references).toEqual(['1', '2'])
    const notes = descendants(docx.parse('word/footnotes.xml'), 'w:footnote').filter(
      (note) => Number(note.attributes['w:id']) > 0,
    )
    expect(notes.map((note) => readText(note).trim())).toEqual([
      'De toelichting staat in hoofdstuk drie.',
      'De bijlage bevat de tabellen, met een link.',
    ])
  })
})

describe('links and images', () => {
  test('should write links as hyperlinks to external targets', () => {
    const rels = descendants(docx.parse('word/_rels/document.xml.rels'), 'Relationship')
    const hyperlinks = descendants(body, 'w:hyperlink').map((link) => {
      const rel = rels.find((r) => r.attributes.Id === link.attributes['r:id'])
      return {
        text: readText(link).trim(),
        target: rel?.attributes.Target,
        mode: rel?.attributes.TargetMode,
      }
    })
    expect(hyperlinks).toContainEqual({
      text: 'de website van Rijkswaterstaat',
      target: 'https://www.rijkswaterstaat.nl/water',
      mode: 'External',
    })
  })

  test('should embed images with their alternative text, and an empty one as decorative', () => {
    const images = descendants(body, 'wp:docPr')
    expect(images).toHaveLength(2)
    expect(images[0]?.attributes.descr).toBe('Grafiek van de waterstanden per maand')
    expect(images[0]?.attributes.title).toBe('Waterstanden')
    expect(images[1]?.attributes.descr ?? '').toBe('')
    expect(descendants(images[1] as XmlElement, 'adec:decorative')[0]?.attributes.val).toBe('1')
    expect(Object.keys(docx.parts).filter((name) => name.startsWith('word/media/'))).toHaveLength(2)
  })
})

describe('document properties', () => {
  test('should write title, author, subject and keywords from the metadata', () => {
    const core = docx.parse('docProps/core.xml')
    const text = (name: string) => textOf(first(core, name)).trim()
    expect(text('dc:title')).toBe('Jaarverslag Waterbeheer 2024')
    expect(text('dc:creator')).toBe('Ministerie van Infrastructuur en Waterstaat')
    expect(text('cp:lastModifiedBy')).toBe('Ministerie van Infrastructuur en Waterstaat')
    expect(text('dc:subject')).toBe('Verantwoording over het begrotingsjaar')
    expect(text('cp:keywords')).toBe('water, dijken, verantwoording')
  })

  test('should write the parliamentary paper reference as custom properties', () => {
    const custom = descendants(docx.parse('docProps/custom.xml'), 'property')
    const properties = Object.fromEntries(
      custom.map((property) => [property.attributes.name, textOf(property).trim()]),
    )
    expect(properties).toMatchObject({
      Kamerstuk: 'Tweede Kamer, vergaderjaar 2024–2025, 36 600 XII, nr. 7',
      Kamer: 'Tweede Kamer',
      Vergaderjaar: '2024–2025',
      Dossiernummer: '36 600 XII',
      Ondernummer: '7',
    })
  })

  test('should take the first heading as title and never write "Un-named"', async () => {
    const bare = new Docx(await toDocx(root([heading(1, 'Nota over dijken'), paragraph('Tekst.')])))
    const core = bare.xml('docProps/core.xml')
    expect(textOf(first(bare.parse('docProps/core.xml'), 'dc:title')).trim()).toBe(
      'Nota over dijken',
    )
    expect(core).not.toContain('Un-named')
  })
})

describe('page', () => {
  test('should put the current page number in the footer', () => {
    const footers = Object.keys(docx.parts).filter((name) => /^word\/footer\d+\.xml$/.test(name))
    expect(footers).toHaveLength(1)
    const instructions = descendants(docx.parse(footers[0] as string), 'w:instrText').map((i) =>
      textOf(i).trim(),
    )
    expect(instructions).toContain('PAGE')
  })

  test('should size the page as A4 by default and as Letter when asked', async () => {
    const size = (bytes: Uint8Array) =>
      first(new Docx(bytes).parse('word/document.xml'), 'w:pgSz').attributes
    expect(size(await toDocx(root([paragraph('x')])))).toMatchObject({
      'w:w': '11906',
      'w:h': '16838',
    })
    expect(size(await toDocx(root([paragraph('x')]), { pageSize: 'Letter' }))).toMatchObject({
      'w:w': '12240',
      'w:h': '15840',
    })
  })

  test('should write a table of contents listing the headings when asked, and none by default', async () => {
    const contents = descendants(body, 'w:instrText').find((i) => textOf(i).includes('TOC'))
    expect(textOf(contents as XmlElement)).toContain('\\o "1-3"')
    // Filled in already, so readers that do not update fields show it too.
    const entries = readText(first(body, 'w:sdt'))
    expect(entries).toContain('1.1 Doelen')
    expect(entries).not.toContain('Kop vier')
    const plain = new Docx(await toDocx(root([heading(1, 'Kop')]))).xml('word/document.xml')
    expect(plain).not.toContain('TOC \\')
  })
})

/** WCAG 2.1 contrast ratio of a hex colour against white. */
function contrastWithWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
  return 1.05 / (luminance + 0.05)
}
