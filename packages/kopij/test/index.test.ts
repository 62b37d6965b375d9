import * as kopij from 'kopij'
import { expect, test } from 'vitest'

test('should expose exactly the public API', () => {
  expect(Object.keys(kopij).sort()).toEqual([
    'ConversionError',
    'UnknownFormatError',
    'convert',
    'convertFile',
    'createProcessor',
    'formatForPath',
    'getFormat',
    'kopijMarkdown',
    'kopijPdf',
    'listFormats',
    'markdown',
    'parseMarkdown',
    'registerFormat',
    'stringifyMarkdown',
    'toPdf',
    'toPlainText',
    'validate',
  ])
})
