/**
 * Trees the tests write, built with @kopij/ast builders: one with every
 * node type, and long ones that need many pages.
 */
import {
  blockquote,
  code,
  emphasis,
  footnoteDefinition,
  footnoteReference,
  heading,
  image,
  inlineCode,
  link,
  list,
  listItem,
  paragraph,
  root,
  strong,
  table,
  text,
  thematicBreak,
} from '@kopij/ast'
import type { Root } from 'mdast'

/** A 1×1 red PNG as a data URL. */
const redPixel =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='

/** A document with every kind of node kopij sets. */
export function everyNodeTree(): Root {
  const english = text('a balanced approach')
  english.data = { language: 'en-GB' }
  return root(
    [
      heading(1, 'Jaarverslag kopij'),
      paragraph([
        'Een gebalanceerde benadering van dual-use goederen, ',
        strong('vet'),
        ' en ',
        emphasis('cursief'),
        ', met ',
        link('https://example.org/verslag', 'een link naar het verslag'),
        ' en een voetnoot',
        footnoteReference('1'),
        '. Engels: ',
        english,
        '. Tekens: Geïntegreerde Oekraïne Syrië – “citaat” € ĳ ﬁ µ Ŋ ſ.',
      ]),
      heading(3, 'Een overgeslagen niveau'),
      list(['eerste punt', ['tweede punt met ', inlineCode('code()')]]),
      list(
        [listItem([paragraph('genummerd een'), list(['genest a', 'genest b'])]), 'genummerd twee'],
        { ordered: true },
      ),
      blockquote([paragraph('Een citaat uit de Kamer.')]),
      code('const kopij = true\n  return kopij'),
      table([
        ['Jaar', 'Bedrag'],
        ['2023', '€ 1.200'],
        ['2024', ''],
      ]),
      thematicBreak(),
      paragraph([image(redPixel, 'Een rode stip')]),
      paragraph('Slotalinea.'),
      footnoteDefinition('1', [paragraph('De tekst van de voetnoot.')]),
    ],
    { title: 'Jaarverslag kopij', language: 'nl-NL' },
  )
}

/** A Dutch-looking sentence of about 100 characters, numbered. */
function sentence(index: number): string {
  return `Zin ${index} beschrijft de gebalanceerde aanpak van het kabinet voor dual-use goederen en exportcontrole.`
}

/**
 * A long report: sections with headings, paragraphs, a list, a table and
 * footnotes, repeated until about `size` characters of text.
 */
export function longTree(size: number): Root {
  const children: Root['children'] = []
  let length = 0
  let section = 0
  while (length < size) {
    section++
    children.push(heading(2, `${section}. Onderdeel ${section}`))
    for (let p = 0; p < 4; p++) {
      const sentences = Array.from({ length: 6 }, (_, s) => sentence(section * 100 + p * 10 + s))
      const content: Parameters<typeof paragraph>[0] = [sentences.join(' ')]
      if (p === 1) content.push(footnoteReference(`n${section}`))
      children.push(paragraph(content))
      length += sentences.join(' ').length
    }
    children.push(list([`Punt een van ${section}`, `Punt twee van ${section}`]))
    children.push(
      footnoteDefinition(`n${section}`, [paragraph(`Voetnoot bij onderdeel ${section}.`)]),
    )
  }
  return root([heading(1, 'Lang verslag'), ...children], {
    title: 'Lang verslag',
    language: 'nl',
  })
}

/** A table long enough to cross pages. */
export function longTableTree(rows: number): Root {
  return root(
    [
      heading(1, 'Tabel'),
      table([
        ['Nummer', 'Omschrijving'],
        ...Array.from({ length: rows }, (_, index) => [
          `${index + 1}`,
          `Regel ${index + 1} van de tabel`,
        ]),
      ]),
    ],
    { title: 'Tabel', language: 'nl' },
  )
}

/**
 * A table with a row taller than a page: a cell of `sentences` numbered
 * sentences, with a footnote call near its end.
 */
export function tallRowTree(sentences: number): Root {
  const long = Array.from(
    { length: sentences },
    (_, index) => `Zin ${index + 1} van de lange cel over dijken en water.`,
  ).join(' ')
  return root(
    [
      heading(1, 'Lange rij'),
      table([
        ['Post', 'Toelichting'],
        ['Kort', 'Een korte toelichting.'],
        ['Lang', [long, footnoteReference('cel'), ' Slot van de cel.']],
        ['Na', 'De rij na de lange.'],
      ]),
      footnoteDefinition('cel', [paragraph('Noot bij de lange cel.')]),
    ],
    { title: 'Lange rij', language: 'nl' },
  )
}

/**
 * A short paragraph calling a footnote of `lines` numbered paragraphs, more
 * than a page can hold, and text after it.
 */
export function tallFootnoteTree(lines: number): Root {
  return root(
    [
      heading(1, 'Lange voetnoot'),
      paragraph(['Een bewering met een lange noot', footnoteReference('lang'), '.']),
      ...Array.from({ length: 30 }, (_, index) =>
        paragraph(`Tekst ${index + 1} na de bewering, over dijken en water in de provincies.`),
      ),
      footnoteDefinition(
        'lang',
        Array.from({ length: lines }, (_, index) => paragraph(`Notenregel ${index + 1}.`)),
      ),
    ],
    { title: 'Lange voetnoot', language: 'nl' },
  )
}
