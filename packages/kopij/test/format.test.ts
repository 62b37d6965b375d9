import { formatForPath, getFormat, listFormats, registerFormat } from 'kopij'
import { expect, test } from 'vitest'

test('should find formats by name, alias and extension', () => {
  expect(getFormat('MD').name).toBe('markdown')
  expect(formatForPath('dir/verslag.markdown')?.name).toBe('markdown')
  expect(formatForPath('verslag.odt')).toBeUndefined()
})

test('should let a package register a new format by name', async () => {
  registerFormat({
    name: 'shout',
    aliases: [],
    extensions: ['.shout'],
    mediaType: 'text/plain',
    binary: false,
    writer: () => [
      function () {
        this.compiler = () => 'LOUD'
      },
    ],
  })
  expect(listFormats().map((format) => format.name)).toContain('shout')
  const { convert } = await import('kopij')
  expect(await convert('x', { from: 'md', to: 'shout' })).toBe('LOUD')
  await expect(convert('x', { from: 'shout', to: 'md' })).rejects.toThrow(
    /can be written but not read/,
  )
})

test('should refuse a name that another format has', () => {
  expect(() =>
    registerFormat({
      name: 'md',
      aliases: [],
      extensions: [],
      mediaType: 'text/plain',
      binary: false,
    }),
  ).toThrow(/already taken by format "markdown"/)
})
