import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runKopij, temporaryFolder } from './helpers.js'

describe('kopij convert', () => {
  test('should convert a Markdown file to a Markdown file', async () => {
    const folder = temporaryFolder()
    const input = join(folder, 'nota.md')
    writeFileSync(input, '# Nota\n\n* een\n')
    const result = await runKopij(['convert', input, '-o', join(folder, 'uit', 'nota.md')])
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(join(folder, 'uit', 'nota.md'), 'utf8')).toBe('# Nota\n\n- een\n')
    // No temporary file is left beside the output.
    expect(readdirSync(join(folder, 'uit'))).toEqual(['nota.md'])
  })

  test('should read standard input and write standard output', async () => {
    const result = await runKopij(['convert', '-', '--to', 'md'], '* een\n')
    expect(result).toEqual({ code: 0, stdout: '- een\n', stderr: '' })
  })

  test('should fail with exit code 1 and one line for a missing file', async () => {
    const result = await runKopij(['convert', 'bestaat-niet.md', '--to', 'md'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('kopij: Cannot read bestaat-niet.md: no such file or folder\n')
  })

  test('should fail with exit code 2 for an unknown format, naming the known ones', async () => {
    const result = await runKopij(['convert', '-', '--to', 'odt'], 'x')
    expect(result.code).toBe(2)
    // Every registered format is named; which ones depends on the packages installed.
    expect(result.stderr).toMatch(/^kopij: Unknown format "odt": use one of markdown(, [a-z]+)*\n$/)
  })

  test('should fail with exit code 2 when no output format can be told', async () => {
    const result = await runKopij(['convert', '-'], 'x')
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Give --to FORMAT/)
  })

  test('should fail with exit code 2 for an extension that names no format', async () => {
    const result = await runKopij(['convert', 'verslag.odt', '--to', 'md'])
    expect(result).toMatchObject({ code: 2 })
    expect(result.stderr).toMatch(
      /Cannot tell the format of input verslag.odt .*give --from FORMAT/,
    )
  })

  test('should report input that is not UTF-8 as file:line:column with the rule id, and write nothing', async () => {
    const folder = temporaryFolder()
    const input = join(folder, 'oud.md')
    writeFileSync(input, Buffer.from([0x23, 0x20, 0x4e, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]))
    const output = join(folder, 'uit.md')
    const result = await runKopij(['convert', input, '-o', output])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      new RegExp(`^${input}:2:4: error: Input is not valid UTF-8.* \\[kopij:input-not-utf8\\]\\n$`),
    )
    expect(existsSync(output)).toBe(false)
  })

  test('should refuse an empty or binary input as a batch does, and write nothing', async () => {
    const folder = temporaryFolder()
    const output = join(folder, 'uit.md')
    for (const [name, bytes, rule] of [
      ['leeg.txt', Buffer.from(' \n\n'), 'input-empty'],
      ['plaatje.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), 'input-binary'],
    ] as const) {
      const input = join(folder, name)
      writeFileSync(input, bytes)
      const result = await runKopij(['convert', input, '-o', output])
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(new RegExp(`^${input}: error: .*\\[@kopij/cli:${rule}\\]\\n$`))
      expect(existsSync(output)).toBe(false)
    }
  })

  test('should read UTF-16 text after its byte order mark (Notepad\'s "Unicode")', async () => {
    const folder = temporaryFolder()
    const input = join(folder, 'nota.txt')
    writeFileSync(input, Buffer.from('\ufeffEen gebalan\nceerde aanpak.\n', 'utf16le'))
    const result = await runKopij(['convert', input, '--to', 'md', '--lang', 'nl'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toMatch(/\nEen gebalanceerde aanpak\.\n$/)
  })

  test('should report unreadable input with exit code 1', async () => {
    const folder = temporaryFolder()
    const input = join(folder, 'geheim.md')
    writeFileSync(input, '# x\n')
    chmodSync(input, 0o000)
    const result = await runKopij(['convert', input, '--to', 'md'])
    // Root can read any file; then the conversion simply succeeds.
    if (process.getuid?.() === 0) expect(result.code).toBe(0)
    else {
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(/permission denied/)
    }
    const folderResult = await runKopij(['convert', folder, '--from', 'md', '--to', 'md'])
    expect(folderResult.code).toBe(1)
    expect(folderResult.stderr).toMatch(/it is a folder, not a file/)
  })

  test('should print warnings as file:line:column lines and still convert', async () => {
    const result = await runKopij(['convert', '-', '--to', 'md'], '---\ntitle: 3\n---\n\nx\n')
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(
      /^<stdin>:1:1: warning: .* \[@kopij\/markdown:front-matter-field-invalid\]\n$/,
    )
    const quiet = await runKopij(
      ['convert', '-', '--to', 'md', '--quiet'],
      '---\ntitle: 3\n---\n\nx\n',
    )
    expect(quiet.stderr).toBe('')
  })

  test('should print info messages only with --verbose', async () => {
    // CRLF line ends are normalised, which is reported at info level.
    const input = 'Het verslag.\r\n\r\nDe raad stemde in.\r\n'
    const plain = await runKopij(['convert', '-', '--from', 'text', '--to', 'md'], input)
    expect(plain.code).toBe(0)
    expect(plain.stderr).toBe('')
    const verbose = await runKopij(
      ['convert', '-', '--from', 'text', '--to', 'md', '--verbose'],
      input,
    )
    expect(verbose.stderr).toMatch(/^<stdin>:1:1: info: .* \[@kopij\/text:text-normalized\]\n$/)
  })

  test('should fail a fatal message with exit code 1', async () => {
    const result = await runKopij(['convert', '-', '--to', 'md'], '---\na: [\n---\n')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^<stdin>:2:5: error: Front matter is not valid YAML/)
  })

  test('should never write over its input', async () => {
    const folder = temporaryFolder()
    const input = join(folder, 'nota.md')
    writeFileSync(input, '* een\n')
    const result = await runKopij(['convert', input, '-o', join(folder, '.', 'nota.md')])
    expect(result.code).toBe(2)
    expect(readFileSync(input, 'utf8')).toBe('* een\n')
  })

  test('should report an output it cannot write with exit code 1', async () => {
    const folder = temporaryFolder()
    writeFileSync(join(folder, 'bestand'), '')
    const result = await runKopij(['convert', '-', '-o', join(folder, 'bestand', 'uit.md')], 'x\n')
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^kopij: Cannot write .*uit\.md: /)
  })
})

describe('kopij', () => {
  test('should print help and version with exit code 0', async () => {
    const help = await runKopij(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage: kopij/)
    const convertHelp = await runKopij(['convert', '--help'])
    expect(convertHelp.stdout).toMatch(/Formats: markdown \(md, \.md, \.markdown\)/)
    const version = await runKopij(['--version'])
    expect(version).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' })
  })

  test('should give exit code 2 for an unknown command or option', async () => {
    expect((await runKopij(['vertaal'])).code).toBe(2)
    expect((await runKopij(['convert', '-', '--kleur'])).code).toBe(2)
    expect((await runKopij(['convert'])).code).toBe(2)
  })
})
