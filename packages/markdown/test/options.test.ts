import { list, paragraph, root, strong } from '@kopij/ast'
import { stringifyMarkdown } from '@kopij/markdown'
import { describe, expect, test } from 'vitest'

describe('options', () => {
  test('should use the chosen markers', () => {
    const tree = root([list(['een']), paragraph(strong('vet'))])
    expect(stringifyMarkdown(tree, { bullet: '*', strong: '_' })).toBe('* een\n\n__vet__\n')
  })

  test('should throw on an unknown option, naming the accepted ones', () => {
    expect(() => stringifyMarkdown(root([]), { bulet: '*' } as never)).toThrow(
      /Unknown @kopij\/markdown option "bulet": use one of frontMatter, bullet/,
    )
  })

  test('should throw on an invalid value, naming the accepted values', () => {
    expect(() => stringifyMarkdown(root([]), { bullet: '#' } as never)).toThrow(
      /use one of "-", "\*", "\+"/,
    )
  })
})
