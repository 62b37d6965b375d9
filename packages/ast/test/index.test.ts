import * as ast from '@kopij/ast'
import { expect, test } from 'vitest'

test('should expose exactly the public API', () => {
  expect(Object.keys(ast).sort()).toEqual([
    'blockquote',
    'code',
    'emphasis',
    'footnoteDefinition',
    'footnoteReference',
    'heading',
    'image',
    'inlineCode',
    'isHeading',
    'isLanguageTag',
    'isList',
    'isListItem',
    'isLiteral',
    'isParagraph',
    'isParent',
    'isRoot',
    'isText',
    'lineBreak',
    'link',
    'list',
    'listItem',
    'paragraph',
    'root',
    'strikethrough',
    'strong',
    'table',
    'tableCell',
    'tableRow',
    'text',
    'thematicBreak',
    'toPlainText',
    'validate',
  ])
})
