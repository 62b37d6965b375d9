import { toPlainText } from '@kopij/ast'
import { fromText, kopijText } from '@kopij/text'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { restoreGluedHyphens } from '../src/lib/glued-hyphen.js'

describe('restoreGluedHyphens', () => {
  test('should put the hyphen back where the document spells the word with it', () => {
    const texts = [
      'Viele Open-Source-Projekte suchen Hilfe.',
      'Ein Open-SourceProjekte braucht Regeln, und OpenSource-Projekte auch.',
    ]
    expect(restoreGluedHyphens(texts)).toEqual([
      'Viele Open-Source-Projekte suchen Hilfe.',
      'Ein Open-Source-Projekte braucht Regeln, und Open-Source-Projekte auch.',
    ])
  })

  test('should put the hyphen back where the parts around it are joined elsewhere', () => {
    const texts = ['Jede Open-Source-Lizenz hat Regeln.', 'Eine Closed-SourceLizenz fehlt noch.']
    expect(restoreGluedHyphens(texts)[1]).toBe('Eine Closed-Source-Lizenz fehlt noch.')
  })

  test('should take a capital after a capital, and capitals with accents', () => {
    const texts = [
      'Schreiben Sie eine E-Mail an die Open-Source-Änderungsstelle.',
      'Die EMail erreicht die Open-SourceÄnderungsstelle.',
    ]
    expect(restoreGluedHyphens(texts)[1]).toBe(
      'Die E-Mail erreicht die Open-Source-Änderungsstelle.',
    )
  })

  test('should leave a name written in one piece as it is', () => {
    const texts = ['Het project staat op GitHub en gebruikt PayPal.', 'Zie de GitHub-pagina.']
    expect(restoreGluedHyphens(texts)).toEqual(texts)
  })

  test('should leave an inner capital the document never hyphenates', () => {
    const texts = ['De app MijnOverheid is nieuw.', 'Een e-mail over de MijnOverheid-app.']
    expect(restoreGluedHyphens(texts)).toEqual(texts)
  })
})

describe('fromText with glued hyphens', () => {
  test('should restore a compound pdftotext joined at a line end', () => {
    const text = [
      'Die Open-Source-Lizenz regelt, wer den Code nutzen darf.',
      '',
      'Jede Open-SourceLizenz hat eigene Regeln.',
    ].join('\n')
    const tree = fromText(text, { language: 'de' })
    expect(toPlainText(tree)).toContain('Jede Open-Source-Lizenz hat eigene Regeln.')
  })

  test('should report each hyphen put back, placed at the glued word', () => {
    const text = [
      'Die Open-Source-Lizenz regelt, wer den Code nutzen darf.',
      '',
      'Jede Open-SourceLizenz hat eigene Regeln.',
    ].join('\n')
    const file = new VFile(text)
    unified().use(kopijText, { language: 'de' }).parse(file)
    const restored = file.messages.filter((message) => message.ruleId === 'hyphen-restored')
    expect(restored).toHaveLength(1)
    expect(restored[0]).toMatchObject({
      // Info: fatal is `undefined` (`false` would be a warning).
      fatal: undefined,
      actual: 'Open-SourceLizenz',
      expected: ['Open-Source-Lizenz'],
      place: { start: { line: 3, column: 6 }, end: { line: 3, column: 23 } },
    })
  })
})
