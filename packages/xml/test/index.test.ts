import * as xml from '@kopij/xml'
import { expect, test } from 'vitest'

test('should expose exactly the public API', () => {
  expect(Object.keys(xml).sort()).toEqual([
    'fromXml',
    'kopijNamespace',
    'kopijXml',
    'kopijXmlParse',
    'toXml',
  ])
})
