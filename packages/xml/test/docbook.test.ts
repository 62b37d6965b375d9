import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  blockquote,
  footnoteDefinition,
  footnoteReference,
  heading,
  image,
  paragraph,
  root,
  table,
  text,
} from '@kopij/ast'
import { toXml } from '@kopij/xml'
import fc from 'fast-check'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { treeArbitrary } from './arbitrary.js'

/**
 * The official DocBook 5.0 RelaxNG schema from Debian's docbook5-xml, checked
 * with Debian's xmllint (libxml2-utils); `.ci/run` installs both.
 */
const docbookSchema = '/usr/share/xml/docbook/schema/rng/5.0/docbook.rng'

/** Run xmllint on documents; returns its error output, empty when all are valid. */
function xmllint(documents: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'kopij-docbook-'))
  const paths = documents.map((document, index) => {
    const path = join(folder, `document-${index}.xml`)
    writeFileSync(path, document)
    return path
  })
  try {
    execFileSync('xmllint', ['--noout', '--relaxng', docbookSchema, ...paths], {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    })
    return ''
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr
    return stderr ? String(stderr) : String(error)
  }
}

function docbook(tree: Root, file = new VFile()): string {
  return toXml(tree, { profile: 'docbook' }, file)
}

describe('validity against the DocBook 5.0 RelaxNG schema (xmllint)', () => {
  test('should validate the DocBook of every fixture', () => {
    const fixtures = new URL('fixtures/', import.meta.url)
    const documents = readdirSync(fixtures).map((name) =>
      readFileSync(new URL(`${name}/docbook.xml`, fixtures), 'utf8'),
    )
    expect(documents.length).toBeGreaterThan(0)
    expect(xmllint(documents)).toBe('')
  })

  test('should validate DocBook written for random trees', () => {
    const documents = fc
      .sample(treeArbitrary, { numRuns: 300, seed: 5 })
      .map((tree) => docbook(tree))
    expect(xmllint(documents)).toBe('')
  })

  test('should be caught by xmllint when the DocBook is not valid', () => {
    const valid = docbook(root([paragraph(['tekst'])], { title: 'T' }))
    expect(xmllint([valid])).toBe('')
    expect(
      xmllint([valid.replace('<para>', '<section><para>').replace('</para>', '</para></section>')]),
    ).toMatch(/fails to validate/)
  })
})

describe('structure', () => {
  test('should nest sections by heading level and put the title in info', () => {
    const xml = docbook(
      root(
        [
          heading(1, ['Een']),
          paragraph(['a']),
          heading(2, ['Twee']),
          paragraph(['b']),
          heading(1, ['Drie']),
        ],
        { title: 'Titel', language: 'nl' },
      ),
    )
    expect(xml).toContain('xml:lang="nl"')
    expect(xml).toContain('<info>\n    <title>Titel</title>')
    const outline = [...xml.matchAll(/<(\/?section)>|<title>([^<]*)<\/title>/g)].map(
      (match) => match[1] ?? match[2],
    )
    expect(outline).toEqual([
      'Titel',
      'section',
      'Een',
      'section',
      'Twee',
      '/section',
      '/section',
      'section',
      'Drie',
      '/section',
    ])
  })

  test('should give a lone image a mediaobject with its alternative text in a textobject', () => {
    const xml = docbook(root([paragraph([image('grafiek.png', 'Begroting per jaar')])]))
    expect(xml).toMatch(
      /<mediaobject>\s*<imageobject>\s*<imagedata fileref="grafiek.png"\/>\s*<\/imageobject>\s*<textobject>\s*<phrase>Begroting per jaar<\/phrase>/,
    )
  })

  test('should place a footnote at its first reference and point back to it after', () => {
    const xml = docbook(
      root([
        paragraph(['a', footnoteReference('1'), ' b', footnoteReference('1')]),
        footnoteDefinition('1', [paragraph(['Noot.'])]),
      ]),
    )
    expect(xml).toContain('a<footnote xml:id="fn1">')
    expect(xml).toContain('</footnote> b<footnoteref linkend="fn1"/>')
  })

  test('should report an unreferenced footnote and an unresolved reference', () => {
    const file = new VFile()
    docbook(
      root([
        paragraph(['a', footnoteReference('missing')]),
        footnoteDefinition('unused', [paragraph(['Weg.'])]),
      ]),
      file,
    )
    expect(file.messages.map((message) => message.ruleId)).toEqual([
      'docbook-footnote-unresolved',
      'docbook-footnote-unreferenced',
    ])
    expect(file.messages.every((message) => message.source === '@kopij/xml')).toBe(true)
  })

  test('should write a heading in a quote as a bridgehead', () => {
    const xml = docbook(root([blockquote([heading(3, ['Kop']), paragraph(['x'])])]))
    expect(xml).toContain('<bridgehead renderas="sect3">Kop</bridgehead>')
  })

  test('should put the header row of a table in thead', () => {
    const xml = docbook(root([table([[['Kop']], [['Cel']]], ['right'])]))
    expect(xml).toMatch(
      /<colspec colname="c1" align="right"\/>\s*<thead>\s*<row>\s*<entry>Kop<\/entry>/,
    )
    expect(xml).toMatch(/<tbody>\s*<row>\s*<entry>Cel<\/entry>/)
  })

  test('should mark a phrase in another language', () => {
    const phrase = text('Guten Tag')
    phrase.data = { language: 'de' }
    expect(docbook(root([paragraph([phrase])]))).toContain(
      '<para><phrase xml:lang="de">Guten Tag</phrase></para>',
    )
  })
})
