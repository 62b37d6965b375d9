import * as docx from '@kopij/docx'
import { expect, test } from 'vitest'

test('should expose exactly the public API', () => {
  expect(Object.keys(docx).sort()).toEqual(['kopijDocx', 'toDocx'])
})
