import { toPlainText } from '@kopij/ast'
import { toDocx } from '@kopij/docx'
import mammoth from 'mammoth'
import { describe, expect, test } from 'vitest'
import { firstMissingWord, words } from './read-docx.js'
import { readReport } from './report-fixture.js'

const { tree, file } = readReport()
const bytes = await toDocx(tree, {}, file)
const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })

/** The HTML's text as a reader meets it, image alternatives included. */
function htmlText(value: string): string {
  return value
    .replace(/<img [^>]*alt="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
}

describe('read back with mammoth', () => {
  test('should find every heading level as h1 to h6', () => {
    const headings = [...html.matchAll(/<h(\d)>(?:<a [^>]*><\/a>)?([^<]*)<\/h\d>/g)].map(
      ([, level, text]) => `${level} ${text}`,
    )
    expect(headings).toEqual([
      '1 Jaarverslag waterbeheer',
      '2 1. Inleiding',
      '3 1.1 Doelen',
      '3 1.2 Cijfers',
      '2 2. Afbeeldingen',
      '4 Kop vier',
      '5 Kop vijf',
      '6 Kop zes',
    ])
  })

  test('should find nested real lists', () => {
    expect(html).toContain(
      '<ol><li>Veilige dijken langs de kust</li><li>Schoon water in de rivieren<ul><li>Rijn en Maas</li><li>Schelde<ol><li>Westerschelde</li><li>Oosterschelde</li></ol></li></ul></li><li>Voldoende zoetwater</li></ol>',
    )
  })

  test('should find the table with a header row', () => {
    expect(html).toMatch(
      /<table><thead><tr><th><p><strong>Gebied<\/strong><\/p><\/th><th><p><strong>Lengte \(km\)<\/strong><\/p><\/th>/,
    )
    expect(html).toContain('<tbody><tr><td><p>Noordkust</p></td>')
  })

  test('should find links, footnotes, formatting and image alternatives', () => {
    expect(html).toContain(
      '<a href="https://www.rijkswaterstaat.nl/water">de website van Rijkswaterstaat</a>',
    )
    expect(html).toContain('<em>beleid</em>')
    expect(html).toContain('<strong>resultaten</strong>')
    expect(html).toContain('<s>oude</s>')
    expect(html).toContain('regelovergang.<br />Na een harde')
    expect(html).toMatch(/<li id="footnote-1"><p>De toelichting staat in hoofdstuk drie\./)
    expect(html).toContain('<img alt="Grafiek van de waterstanden per maand"')
  })

  test('should convert the fixture with no message but the dropped HTML', () => {
    expect(file.messages.map((message) => message.ruleId)).toEqual(['html-dropped'])
  })

  test('should read every word of the tree, in order', () => {
    const expected = words(toPlainText(tree))
    expect(firstMissingWord(expected, words(htmlText(html)))).toBeUndefined()
  })
})
