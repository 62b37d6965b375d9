import * as kopij from 'kopij'
import { expect, test } from 'vitest'

test('should expose exactly the public API', () => {
  expect(Object.keys(kopij).sort()).toEqual([
    'ConversionError',
    'UnknownFormatError',
    'convert',
    'convertFile',
    'createProcessor',
    'declaredEncoding',
    'decodeInto',
    'formatForPath',
    'fromText',
    'fromXml',
    'getFormat',
    'kopijDocx',
    'kopijMarkdown',
    'kopijPdf',
    'kopijText',
    'kopijXml',
    'listFormats',
    'markdown',
    'parseMarkdown',
    'registerFormat',
    'stringifyMarkdown',
    'toDocx',
    'toPdf',
    'toPlainText',
    'toXml',
    'validate',
  ])
})
