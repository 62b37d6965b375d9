import { expect, test } from 'vitest'
import { readListMarker } from '../src/lib/list-marker.js'

test('should read bullets and numbers at the start of a line', () => {
  expect(readListMarker('• Eerste punt')).toEqual({
    ordered: false,
    marker: '•',
    family: '•',
    length: 2,
  })
  expect(readListMarker('- Tweede punt')).toMatchObject({ ordered: false, family: '-' })
  expect(readListMarker('3. Derde punt')).toMatchObject({ ordered: true, number: 3, family: '1.' })
  expect(readListMarker('2) Tweede')).toMatchObject({ ordered: true, number: 2, family: '1)' })
  expect(readListMarker('b) Tweede')).toMatchObject({ ordered: true, number: 2, family: 'a)' })
  expect(readListMarker('(iv) Vierde')).toMatchObject({ ordered: true, number: 4, family: '(i)' })
})

test('should not read a marker in ordinary text', () => {
  expect(readListMarker('2022 was een mijlpaal')).toBeUndefined()
  expect(readListMarker('a. de Vries schreef')).toBeUndefined()
  expect(readListMarker('-gebaseerd')).toBeUndefined()
  expect(readListMarker('1.1 Scope')).toBeUndefined()
})
