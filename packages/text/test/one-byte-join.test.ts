import fc from 'fast-check'
import { expect, test } from 'vitest'
import { joinerFor, oneByteJoiner } from '../src/lib/one-byte-join.js'

test('should join pieces as join does, whatever their characters', () => {
  const join = oneByteJoiner()
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (pieces) => {
      expect(join(pieces)).toBe(pieces.join(''))
    }),
  )
})

test('should join Latin-1 pieces longer than its buffer, and after them short ones', () => {
  const join = oneByteJoiner()
  const long = ['één ', 'gebalanceerde '.repeat(500), 'benadering']
  expect(join(long)).toBe(long.join(''))
  expect(join(['a', 'b'])).toBe('ab')
  expect(join(['• punt', ' één'])).toBe('• punt één')
})

test('should join a document without characters beyond Latin-1 as join does', () => {
  const join = joinerFor('Een tekst zonder opsommingsteken, met één accent.')
  expect(join(['Een ', 'tekst'])).toBe('Een tekst')
})
