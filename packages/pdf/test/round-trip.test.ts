/**
 * The PDFs kopij writes should not create the problem kopij repairs:
 * pdftotext of our own PDF, read again by the text parser, gives back the
 * blocks of the tree it was made from (issue 5).
 *
 * pdftotext writes no blank line between paragraphs (poppler starts a new
 * "flow", followed by a blank line, only after a gap of 2.5 times the font
 * size or at a larger font), so the writer makes each paragraph's end
 * visible in the text itself: its last line leaves room for the next word.
 */
import { heading, list, paragraph, root, toPlainText } from '@kopij/ast'
import { toPdf } from '@kopij/pdf'
import { fromText } from '@kopij/text'
import type { Root } from 'mdast'
import { beforeAll, describe, expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { run, tempPdf } from './pdf-readers.js'

const vocabulary = (
  'het beleid minister kamer verslag begroting uitvoering water dijken veiligheid ' +
  'verantwoording resultaten doelstelling maatregelen gemeenten provincies rijksoverheid ' +
  'onderzoek evaluatie financiering uitgaven ontvangsten dual-use gebalanceerde ' +
  'onderschreven instellingen beleidsdialoog mensenrechten exportcontrole Oekraïne'
).split(' ')

/** A report of varied sentences (a seeded generator), over several pages. */
function report(): Root {
  let state = 7
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)] ?? 'water'
  const sentence = () => {
    const words = Array.from({ length: 6 + Math.floor(next() * 12) }, pick).join(' ')
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`
  }
  const children: Root['children'] = [heading(1, 'Verslag over exportcontrole')]
  for (let section = 1; section <= 12; section++) {
    children.push(heading(2, `${section}. Onderdeel over ${pick()}`))
    for (let index = 0; index < 4; index++) {
      children.push(
        paragraph(Array.from({ length: 2 + Math.floor(next() * 5) }, sentence).join(' ')),
      )
    }
  }
  children.push(
    paragraph('De drie pijlers van het beleid waren:'),
    list(['voorkomen van onveiligheid;', 'verdedigen met een moderne aanpak;', 'versterken.'], {
      ordered: true,
    }),
  )
  return root(children, { title: 'Verslag over exportcontrole', language: 'nl' })
}

describe('our PDF through pdftotext and the text parser', () => {
  const tree = report()
  let back: Root
  let pages: number

  beforeAll(async () => {
    const text = run('pdftotext', ['-enc', 'UTF-8', tempPdf(await toPdf(tree, fixedDates)), '-'])
    pages = text.split('\f').length - 1
    back = fromText(text, { language: 'nl' })
  })

  test('should give back every word in order: no hyphen, join or split to repair', () => {
    const words = (node: Root) => toPlainText(node).split(/\s+/).filter(Boolean)
    expect(pages).toBeGreaterThan(2)
    expect(words(back)).toEqual(words(tree))
  })

  test('should give back the same blocks, each of the same type and with the same text', () => {
    const blocks = (node: Root) =>
      node.children.map(
        (child) =>
          `${child.type}${child.type === 'heading' ? child.depth : ''}: ${toPlainText(child)}`,
      )
    expect(back.children.length).toBe(tree.children.length)
    expect(blocks(back)).toEqual(blocks(tree))
  })

  test('should give back the headings with their levels', () => {
    const headings = (node: Root) =>
      node.children.flatMap((child) =>
        child.type === 'heading' ? [`${child.depth} ${toPlainText(child)}`] : [],
      )
    expect(headings(back)).toEqual(headings(tree))
  })

  test('should give back the list and find the running footer as furniture', () => {
    const last = back.children.at(-1)
    expect(last?.type === 'list' ? last.children.map(toPlainText) : []).toEqual([
      'voorkomen van onveiligheid;',
      'verdedigen met een moderne aanpak;',
      'versterken.',
    ])
    const furniture = back.data?.metadata?.furniture?.map((item) => item.value) ?? []
    expect(furniture).toContain(`Pagina 1 van ${pages}`)
  })
})
