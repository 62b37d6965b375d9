import * as pdf from '@kopij/pdf'
import { expect, test } from 'vitest'

test('should expose exactly the public API', () => {
  expect(Object.keys(pdf).sort()).toEqual(['kopijPdf', 'toPdf'])
})
