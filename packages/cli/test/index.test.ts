import * as cli from '@kopij/cli'
import { expect, test } from 'vitest'

test('should expose exactly the public API', () => {
  expect(Object.keys(cli).sort()).toEqual([
    'convertFiles',
    'exitCode',
    'manifestName',
    'processIo',
    'run',
  ])
})
