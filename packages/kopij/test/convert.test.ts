import { ConversionError, convert, convertFile, createProcessor, markdown } from 'kopij'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'

describe('convert', () => {
  test('should convert Markdown to Markdown in the house style', async () => {
    expect(await convert('* een\n* twee\n', { from: 'markdown', to: 'md' })).toBe('- een\n- twee\n')
  })

  test('should imply the input format from the path', async () => {
    expect(await convert('# Titel\n', { path: 'nota.MD', to: 'markdown' })).toBe('# Titel\n')
  })

  test('should decode UTF-8 bytes', async () => {
    const bytes = new TextEncoder().encode('Oekraïne – “citaat” €\n')
    expect(await convert(bytes, { from: 'md', to: 'md' })).toBe('Oekraïne – “citaat” €\n')
  })

  test('should refuse input that is not UTF-8, naming the line and column', async () => {
    // "Caf\xe9" in Windows-1252 on the second line.
    const bytes = Uint8Array.from([...new TextEncoder().encode('# Titel\nCaf'), 0xe9, 0x0a])
    const error = await convert(bytes, { from: 'md', to: 'md', path: 'oud.md' }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ConversionError)
    const [message] = (error as ConversionError).file.messages
    expect(message?.ruleId).toBe('input-not-utf8')
    expect(message?.line).toBe(2)
    expect(message?.column).toBe(4)
    expect(message?.reason).toMatch(/byte 0xe9 at byte offset 11/)
  })

  test('should decode UTF-16 text that opens with its byte order mark (Notepad\'s "Unicode")', async () => {
    const text = '# Oekraïne\n\nCafé – €\n'
    const units = [0xfeff, ...Array.from(text, (character) => character.charCodeAt(0))]
    const little = Uint8Array.from(units.flatMap((unit) => [unit & 0xff, unit >> 8]))
    const big = Uint8Array.from(units.flatMap((unit) => [unit >> 8, unit & 0xff]))
    expect(await convert(little, { from: 'md', to: 'md' })).toBe(text)
    expect(await convert(big, { from: 'md', to: 'md' })).toBe(text)
  })

  test('should refuse UTF-16 with a lone surrogate, naming the line, column and byte', async () => {
    // Mark, "a", newline, "b", then a high surrogate with no low one after it.
    const bytes = Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x0a, 0, 0x62, 0, 0x00, 0xd8, 0x63, 0])
    const error = await convert(bytes, { from: 'md', to: 'md' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConversionError)
    const [message] = (error as ConversionError).file.messages
    expect(message?.ruleId).toBe('input-not-utf16')
    expect([message?.line, message?.column]).toEqual([2, 2])
    expect(message?.reason).toMatch(/UTF-16 LE .* lone surrogate at byte offset 8/)
  })

  test('should carry options to the writer under its format name', async () => {
    expect(await convert('- x\n', { from: 'md', to: 'md', markdown: { bullet: '+' } })).toBe(
      '+ x\n',
    )
  })

  test('should throw a TypeError for an unknown format, naming the known ones', async () => {
    await expect(convert('x', { from: 'md', to: 'odt' })).rejects.toThrow(
      /Unknown format "odt": use one of markdown/,
    )
  })

  test('should throw a TypeError for an unknown option', async () => {
    await expect(convert('x', { from: 'md', to: 'md', colour: true } as never)).rejects.toThrow(
      /Unknown conversion option "colour"/,
    )
  })

  test('should ask for `from` when the path implies no format', async () => {
    await expect(convert('x', { to: 'md', path: 'notities.odt' })).rejects.toThrow(/Give `from`/)
    await expect(convert('x', { to: 'md' })).rejects.toThrow(/Give `from`/)
  })

  test('should wrap a fatal message in a ConversionError holding the file', async () => {
    const error = await convert('---\na: [\n---\n', { from: 'md', to: 'md' }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ConversionError)
    expect((error as ConversionError).file.messages[0]?.ruleId).toBe('front-matter-invalid')
  })

  test('should keep warnings on the file with convertFile', async () => {
    const file = await convertFile(
      new VFile({ path: 'a.md', value: '---\ntitle: 1\n---\n\nx\n' }),
      { to: 'md' },
    )
    expect(file.messages.map((message) => message.ruleId)).toEqual(['front-matter-field-invalid'])
    expect(String(file)).toBe('---\ntitle: 1\n---\n\nx\n')
  })
})

describe('processors', () => {
  test('should make a frozen processor that accepts extra plugins', async () => {
    const processor = createProcessor({ from: 'markdown', to: 'markdown' })
    expect(() => processor.use(() => undefined)).toThrow(/frozen/)
    const file = await processor()
      .use(() => (tree) => {
        if ('children' in tree && Array.isArray(tree.children)) tree.children.reverse()
      })
      .process('a\n\nb\n')
    expect(String(file)).toBe('b\n\na\n')
  })

  test('should offer a ready-made Markdown processor', async () => {
    expect(String(await markdown.process('* x\n'))).toBe('- x\n')
  })
})
