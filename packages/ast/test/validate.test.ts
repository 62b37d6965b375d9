import {
  footnoteDefinition,
  footnoteReference,
  heading,
  list,
  paragraph,
  root,
  text,
  validate,
} from '@kopij/ast'
import type { List, Nodes, Root } from 'mdast'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'

function ruleIds(tree: Root, file?: VFile): Array<string | undefined> {
  return validate(tree, file).map((message) => message.ruleId)
}

function at<Node extends Nodes>(
  node: Node,
  startOffset: number,
  endOffset: number,
  line = 1,
): Node {
  node.position = {
    start: { line, column: startOffset + 1, offset: startOffset },
    end: { line, column: endOffset + 1, offset: endOffset },
  }
  return node
}

describe('validate', () => {
  test('should accept a well-formed document', () => {
    const tree = root(
      [
        heading(1, 'Jaarverslag'),
        paragraph(['Tekst', footnoteReference('1')]),
        heading(2, 'Veiligheid'),
        heading(3, 'Voorkomen'),
        heading(2, 'Stabiliteit'),
        heading(1, 'Bijlage'),
        list(['een', 'twee']),
        footnoteDefinition('1', [paragraph('Noot.')]),
      ],
      { language: 'nl' },
    )
    expect(validate(tree)).toEqual([])
  })

  test('should report a heading depth outside 1 to 6', () => {
    const bad = heading(1, 'Te diep')
    Object.assign(bad, { depth: 7 })
    expect(ruleIds(root([bad]))).toEqual(['heading-depth-invalid'])
  })

  test('should report a skipped heading level going down, not going up', () => {
    expect(ruleIds(root([heading(1, 'a'), heading(3, 'b')]))).toEqual(['heading-level-skip'])
    expect(ruleIds(root([heading(2, 'a'), heading(3, 'b'), heading(1, 'c')]))).toEqual([])
  })

  test('should let the first heading start at any level', () => {
    expect(ruleIds(root([heading(2, 'Veiligheid'), heading(3, '1. Voorkomen')]))).toEqual([])
  })

  test('should report empty headings and paragraphs', () => {
    expect(ruleIds(root([heading(1, '  ')]))).toEqual(['heading-empty'])
    expect(ruleIds(root([paragraph([])]))).toEqual(['paragraph-empty'])
    expect(ruleIds(root([paragraph(text(' \n'))]))).toEqual(['paragraph-empty'])
  })

  test('should report list children that are not list items', () => {
    const bad: List = list(['een'])
    Object.assign(bad, { children: [...bad.children, paragraph('los')] })
    expect(ruleIds(root([bad]))).toEqual(['list-child-not-item'])
  })

  test('should report positions outside the source text', () => {
    const file = new VFile({ value: 'Kort.' })
    const tree = root([at(paragraph('Kort.'), 0, 40)])
    expect(ruleIds(tree, file)).toEqual(['position-out-of-bounds'])
    expect(file.messages.map((message) => message.ruleId)).toEqual(['position-out-of-bounds'])
  })

  test('should report lines and columns below 1', () => {
    const node = paragraph('x')
    node.position = { start: { line: 0, column: 1 }, end: { line: 1, column: 2 } }
    expect(ruleIds(root([node]))).toEqual(['position-out-of-bounds'])
  })

  test('should accept positions ending at the end of the source', () => {
    const file = new VFile({ value: 'Kort.' })
    const node = paragraph('Kort.')
    at(node, 0, 5)
    expect(ruleIds(root([node]), file)).toEqual([])
  })

  test('should report positions out of order', () => {
    const first = paragraph('b')
    const second = paragraph('a')
    at(first, 10, 20)
    at(second, 0, 5)
    expect(ruleIds(root([first, second]))).toEqual(['position-out-of-order'])

    const backwards = paragraph('x')
    at(backwards, 9, 3)
    expect(ruleIds(root([backwards]))).toEqual(['position-out-of-order'])

    const parent = paragraph('x')
    at(parent, 0, 5)
    at(parent.children[0] as Nodes, 3, 9)
    expect(ruleIds(root([parent]))).toEqual(['position-out-of-order'])
  })

  test('should report invalid language tags on the document and on nodes', () => {
    expect(ruleIds(root([], { language: 'Nederlands_NL' }))).toEqual(['language-tag-invalid'])
    const foreign = text('dual use')
    foreign.data = { language: 'en_GB' }
    expect(ruleIds(root([paragraph(foreign)]))).toEqual(['language-tag-invalid'])
  })

  test('should report footnote references without a definition and duplicate definitions', () => {
    expect(ruleIds(root([paragraph(['x', footnoteReference('2')])]))).toEqual([
      'footnote-reference-unresolved',
    ])
    expect(
      ruleIds(
        root([
          paragraph(['x', footnoteReference('1')]),
          footnoteDefinition('1', [paragraph('a')]),
          footnoteDefinition('1', [paragraph('b')]),
        ]),
      ),
    ).toEqual(['footnote-definition-duplicate'])
  })

  test('should report data that is not plain JSON', () => {
    const node = paragraph('x')
    Object.assign(node, { data: { when: new Date(0) } })
    expect(ruleIds(root([node]))).toEqual(['data-not-json'])
    Object.assign(node, { data: { score: Number.NaN } })
    expect(ruleIds(root([node]))).toEqual(['data-not-json'])
    Object.assign(node, { data: { nested: [{ ok: 1 }, () => 1] } })
    expect(ruleIds(root([node]))).toEqual(['data-not-json'])
  })

  test('should place each message at its node with source and rule id', () => {
    const node = heading(1, '')
    at(node, 0, 2)
    const [message] = validate(root([node]))
    expect(message?.source).toBe('@kopij/ast')
    expect(message?.line).toBe(1)
    expect(message?.column).toBe(1)
    expect(message?.reason).toMatch(/no text/)
  })
})
