import { expect, test } from 'vitest'
import { findPaperReference } from '../src/lib/paper-reference.js'

test('should read a full parliamentary paper reference', () => {
  expect(findPaperReference('Tweede Kamer, vergaderjaar 2021–2022, 35 925 XV, nr. 4')).toEqual({
    reference: {
      chamber: 'Tweede Kamer',
      parliamentaryYear: '2021–2022',
      dossier: '35 925 XV',
      number: '4',
    },
    wholeLine: true,
  })
})

test('should accept a hyphen in the year and a page number after the reference', () => {
  expect(
    findPaperReference('Eerste Kamer, vergaderjaar 2019-2020, 34 104, nr. 12 7'),
  ).toMatchObject({
    reference: {
      chamber: 'Eerste Kamer',
      parliamentaryYear: '2019–2020',
      dossier: '34 104',
      number: '12',
    },
    wholeLine: true,
  })
})

test('should not take a sentence that mentions a reference as a footer line', () => {
  expect(
    findPaperReference(
      'Zie de brief (Tweede Kamer, vergaderjaar 2021–2022, 35 925, nr. 4) over dit onderwerp.',
    )?.wholeLine,
  ).toBe(false)
})

test('should find nothing in ordinary text', () => {
  expect(findPaperReference('De Tweede Kamer vergaderde in 2022.')).toBeUndefined()
})
