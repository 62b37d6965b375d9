import * as text from '@kopij/text'
import { expect, test } from 'vitest'

test('should expose exactly the public API', () => {
  expect(Object.keys(text).sort()).toEqual(['fromText', 'kopijText'])
})
