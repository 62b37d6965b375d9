import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { convert, listFormats } from 'kopij'
import { describe, expect, test } from 'vitest'
import { report, writeTree } from './batch-fixtures.js'
import { runKopij, temporaryFolder } from './helpers.js'

describe('kopij convert (batch)', () => {
  test('should convert a folder with broken files, exit 1, and report each failure', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), {
      'a.md': report(1),
      'b/c.md': report(2),
      'oud.md': Uint8Array.from([0x23, 0x20, 0x4e, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'leeg.md': '',
    })
    const input = join(folder, 'in')
    const out = join(folder, 'out')
    const result = await runKopij(['convert', input, '--out', out, '--to', 'md', '--jobs', '2'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n')
    // One progress line per file when standard error is not a terminal.
    const progress = lines.filter((line) => /^\[\d\/4\] /.test(line))
    expect(progress.map((line) => line.slice(0, 6))).toEqual([
      '[1/4] ',
      '[2/4] ',
      '[3/4] ',
      '[4/4] ',
    ])
    expect(progress.map((line) => line.slice(6)).sort()).toEqual([
      `${join(input, 'a.md')}: ok`,
      `${join(input, 'b/c.md')}: ok`,
      `${join(input, 'leeg.md')}: failed`,
      `${join(input, 'oud.md')}: failed`,
    ])
    expect(lines).toContain(
      `${join(input, 'oud.md')}:2:4: error: Input is not valid UTF-8: byte 0xe9 at byte offset 7 cannot be decoded; convert the file to UTF-8 first (e.g. iconv -f WINDOWS-1252 -t UTF-8) [kopij:input-not-utf8]`,
    )
    expect(lines).toContain(
      `${join(input, 'leeg.md')}: error: Input is empty: there is nothing to convert, so nothing was written [@kopij/cli:input-empty]`,
    )
    expect(result.stderr).toMatch(
      /\nkopij: 4 files to markdown in \d+\.\d s \(\d+\.\d files\/s\): 2 converted, 0 up to date, 2 failed; 0 warnings\n$/,
    )
    expect(readFileSync(join(out, 'b', 'c.md'), 'utf8')).toBe(
      await convert(report(2), { from: 'md', to: 'md' }),
    )
  })

  test('should write every registered format in one run, on worker threads', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), { 'a.md': report(1), 'sub/b.md': report(2) })
    const writable = listFormats().filter((format) => format.writer)
    const out = join(folder, 'out')
    const result = await runKopij([
      'convert',
      join(folder, 'in'),
      '--out',
      out,
      '--to',
      writable.map((format) => format.name).join(','),
      '--jobs',
      '2',
    ])
    expect(result.code).toBe(0)
    for (const [name, index] of [
      ['a', 1],
      ['sub/b', 2],
    ] as const) {
      for (const format of writable) {
        const written = readFileSync(join(out, `${name}${format.extensions[0]}`))
        const expected = await convert(report(index), { from: 'md', to: format.name })
        if (typeof expected === 'string') expect(written.toString('utf8')).toBe(expected)
        else {
          // Binary formats may stamp the time (DOCX does): the same kind of
          // file, not the same bytes.
          expect(written.byteLength).toBeGreaterThan(0)
          expect([...written.subarray(0, 4)]).toEqual([...expected.subarray(0, 4)])
          if (format.name === 'docx') {
            // An independent reader sees the report in it.
            const text = execFileSync('pandoc', ['-f', 'docx', '-t', 'plain'], { input: written })
            expect(text.toString('utf8')).toMatch(`Jaarverslag ${index}\n`)
            expect(text.toString('utf8')).toMatch(`Dit is verslag ${index}.`)
          }
        }
      }
    }
  })

  test('should write one JSON object per file and a summary with --json', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), { 'a.md': report(1), 'b.md': '---\ntitle: 3\n---\n\nx\n' })
    const result = await runKopij([
      'convert',
      join(folder, 'in', 'a.md'),
      join(folder, 'in', 'b.md'),
      '--out',
      join(folder, 'out'),
      '--to',
      'markdown',
      '--json',
      '--quiet',
    ])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const objects = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    const files = objects.slice(0, 2).map((object) => [object.type, object.relative, object.status])
    expect(files.sort()).toEqual([
      ['file', 'a.md', 'converted'],
      ['file', 'b.md', 'converted'],
    ])
    const b = objects.find((object) => object.relative === 'b.md')
    expect(b.messages).toEqual([
      expect.objectContaining({
        ruleId: 'front-matter-field-invalid',
        source: '@kopij/markdown',
        fatal: false,
        line: 1,
      }),
    ])
    expect(b.outputs).toEqual([
      {
        format: 'markdown',
        path: join(folder, 'out', 'b.md'),
        bytes: readFileSync(join(folder, 'out', 'b.md')).byteLength,
      },
    ])
    expect(Object.keys(b.timings).sort()).toEqual(['formats', 'parse', 'read', 'total'])
    expect(objects[2]).toMatchObject({
      type: 'summary',
      files: 2,
      converted: 2,
      failed: 0,
      warnings: 1,
      interrupted: false,
    })
    expect(objects[2].peakMemoryBytes).toBeGreaterThan(0)
  })

  test('should resume: a rerun reports files up to date, --force redoes them', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), { 'a.md': report(1), 'b.md': report(2) })
    const argv = [
      'convert',
      join(folder, 'in'),
      '--out',
      join(folder, 'out'),
      '--to',
      'md',
      '--jobs',
      '1',
    ]
    expect((await runKopij(argv)).code).toBe(0)
    const again = await runKopij(argv)
    expect(again.stderr).toMatch(/: 0 converted, 2 up to date, 0 failed;/)
    expect((await runKopij([...argv, '--force'])).stderr).toMatch(
      /: 2 converted, 0 up to date, 0 failed;/,
    )
  })

  test('should take format options from --set and a config file, flags first', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), { 'a.md': '* een\n' })
    const config = join(folder, 'kopij.json')
    writeFileSync(
      config,
      JSON.stringify({ out: join(folder, 'out'), to: ['md'], jobs: 1, markdown: { bullet: '+' } }),
    )
    expect((await runKopij(['convert', join(folder, 'in'), '--config', config])).code).toBe(0)
    expect(readFileSync(join(folder, 'out', 'a.md'), 'utf8')).toBe('+ een\n')
    const flagged = await runKopij([
      'convert',
      join(folder, 'in'),
      '--config',
      config,
      '--set',
      'markdown.bullet=*',
    ])
    expect(flagged.code).toBe(0)
    expect(readFileSync(join(folder, 'out', 'a.md'), 'utf8')).toBe('* een\n')
  })

  test('should give usage errors naming what is accepted', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), { 'a.md': report(1) })
    const input = join(folder, 'in')
    const out = join(folder, 'out')
    const cases: Array<[string[], RegExp]> = [
      [['--to', 'md,odt'], /^kopij: Unknown format "odt": use one of markdown(, [a-z]+)*\n$/],
      [['--to', 'md', '--set', 'odt.pageSize=A4'], /unknown format "odt": use one of markdown/],
      [['--to', 'md', '--set', 'markdown.kleur=rood'], /kleur/],
      [['--to', 'md', '--set', 'bullet'], /write it as format\.option=value/],
      [['--to', 'md', '--jobs', 'twee'], /--jobs twee: give a whole number of 1 or more/],
      [['--to', 'md', '--max-size', '0'], /--max-size 0: give a number above 0/],
      [
        ['--to', 'md', '--max-memory', '100'],
        /limit \(maxMemory, --max-memory\) must be at least 128 MiB, not 100$/m,
      ],
      [['--to', 'md', '--out', input], /is an input: kopij never writes over its input/],
    ]
    for (const [flags, expected] of cases) {
      const result = await runKopij(['convert', input, '--out', out, ...flags])
      expect({ flags, code: result.code }).toEqual({ flags, code: 2 })
      expect(result.stderr).toMatch(expected)
    }
    const noOut = await runKopij([
      'convert',
      join(input, 'a.md'),
      join(input, 'a.md'),
      '--to',
      'md',
    ])
    expect(noOut).toMatchObject({
      code: 2,
      stderr: 'kopij: A batch needs --out DIR: the folder to write into\n',
    })
    const config = join(folder, 'kopij.json')
    writeFileSync(config, '{"taal": "nl"}')
    expect((await runKopij(['convert', input, '--config', config])).stderr).toMatch(
      /Unknown key "taal" in .*kopij\.json: use out, to, from, jobs, force, maxSize, maxMemory, or a format name \(markdown(, [a-z]+)*\)/,
    )
    expect(existsSync(out)).toBe(false)
  })

  test('should tell how to convert a folder given without --out', async () => {
    const folder = temporaryFolder()
    const result = await runKopij(['convert', folder, '--from', 'md', '--to', 'md'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /it is a folder, not a file \(give --out DIR to convert every file in it\)/,
    )
  })
})
