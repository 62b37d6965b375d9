import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type BatchEvent, convertFiles, type FileResult, manifestName } from '@kopij/cli'
import { convert, registerFormat } from 'kopij'
import { describe, expect, test } from 'vitest'
import { report, writeTree } from './batch-fixtures.js'
import { temporaryFolder } from './helpers.js'

async function collect(iterable: AsyncIterable<FileResult>): Promise<FileResult[]> {
  const results: FileResult[] = []
  for await (const result of iterable) results.push(result)
  return results.sort((a, b) => (a.relative < b.relative ? -1 : 1))
}

/** Every file under a folder, relative, sorted. */
function listTree(folder: string): string[] {
  return (
    readdirSync(folder, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]
  )
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort()
}

describe('convertFiles', () => {
  test('should mirror the input tree under out and report each file', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), {
      'a.md': report(1),
      '2024/b.markdown': report(2),
      '2024/notes.txt.bak': 'not an input',
    })
    const events: BatchEvent[] = []
    const results = await collect(
      convertFiles(join(folder, 'in'), {
        out: join(folder, 'out'),
        to: 'md',
        jobs: 1,
        onProgress: (event) => events.push(event),
      }),
    )
    expect(results.map((result) => [result.relative, result.status])).toEqual([
      ['2024/b.markdown', 'converted'],
      ['a.md', 'converted'],
    ])
    expect(listTree(join(folder, 'out'))).toEqual([manifestName, '2024/b.md', 'a.md'].sort())
    expect(readFileSync(join(folder, 'out', 'a.md'), 'utf8')).toBe(
      await convert(report(1), { from: 'md', to: 'md' }),
    )
    expect(events[0]).toMatchObject({
      type: 'start',
      total: 2,
      ignored: [join(folder, 'in', '2024/notes.txt.bak')],
    })
    expect(events.at(-1)).toMatchObject({
      type: 'progress',
      done: 2,
      total: 2,
      converted: 2,
      failed: 0,
    })
    const [first] = results
    expect(first?.outputs).toEqual([
      { format: 'markdown', path: join(folder, 'out', '2024', 'b.md'), bytes: expect.any(Number) },
    ])
    expect(first?.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  test('should parse each input once and write every format asked for', async () => {
    let parses = 0
    registerFormat({
      name: 'test-count',
      aliases: [],
      extensions: ['.count'],
      mediaType: 'text/plain',
      binary: false,
      reader: () => [
        function (this: import('unified').Processor) {
          this.parser = (document: string) => {
            parses++
            return {
              type: 'root',
              children: [
                { type: 'paragraph', children: [{ type: 'text', value: document.trim() }] },
              ],
            }
          }
        },
      ],
      writer: () => [
        function (this: import('unified').Processor) {
          this.compiler = (tree) => new TextEncoder().encode(`bytes:${JSON.stringify(tree).length}`)
        },
      ],
    })
    const folder = temporaryFolder()
    writeTree(folder, { 'in/een.count': 'een\n', 'in/twee.count': 'twee\n' })
    const results = await collect(
      convertFiles(join(folder, 'in'), {
        out: join(folder, 'out'),
        to: ['markdown', 'test-count'],
        jobs: 1,
      }),
    )
    expect(parses).toBe(2)
    expect(results.every((result) => result.status === 'converted')).toBe(true)
    expect(readFileSync(join(folder, 'out', 'een.md'), 'utf8')).toBe('een\n')
    expect(readFileSync(join(folder, 'out', 'twee.count'), 'utf8')).toMatch(/^bytes:\d+$/)
  })

  test('should finish every good file of a batch with broken ones, reporting each', async () => {
    const folder = temporaryFolder()
    const good = Object.fromEntries(
      Array.from({ length: 6 }, (_, index) => [`goed-${index}.md`, report(index)]),
    )
    writeTree(join(folder, 'in'), {
      ...good,
      // A PNG renamed: bytes that are not UTF-8, and NULs, which tell it is binary.
      'plaatje.md': Uint8Array.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d,
      ]),
      'nul.md': 'tekst\u0000met een NUL\n',
      'windows-1252.md': Uint8Array.from([...new TextEncoder().encode('# Titel\nCaf'), 0xe9, 0x0a]),
      'leeg.md': '',
      // Notepad's "Unicode": UTF-16 LE after its byte order mark, a NUL in
      // every ASCII character, and text all the same.
      'unicode.md': Buffer.from(`\ufeff${report(7)}`, 'utf16le'),
      'z-verdwijnt.md': report(99),
    })
    // 50 MB, made here and never committed: refused by size, not parsed.
    const line = 'Een regel tekst van een groot verslag, herhaald tot vijftig megabyte.\n'
    writeFileSync(
      join(folder, 'in', 'groot.md'),
      line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)),
    )
    // The last file (in path order) goes away while the batch runs.
    let removed = false
    const results = await collect(
      convertFiles(join(folder, 'in'), {
        out: join(folder, 'out'),
        to: 'md',
        jobs: 1,
        onProgress: () => {
          if (!removed) rmSync(join(folder, 'in', 'z-verdwijnt.md'))
          removed = true
        },
      }),
    )
    const failed = Object.fromEntries(
      results
        .filter((result) => result.status === 'failed')
        .map((result) => [
          result.relative,
          result.messages.map((message) => [message.ruleId, message.line, message.column]),
        ]),
    )
    expect(failed).toEqual({
      'groot.md': [['input-too-large', undefined, undefined]],
      'leeg.md': [['input-empty', undefined, undefined]],
      'nul.md': [['input-binary', undefined, undefined]],
      'plaatje.md': [['input-binary', undefined, undefined]],
      'windows-1252.md': [['input-not-utf8', 2, 4]],
      'z-verdwijnt.md': [['input-unreadable', undefined, undefined]],
    })
    expect(results.filter((result) => result.status === 'converted')).toHaveLength(7)
    expect(readFileSync(join(folder, 'out', 'unicode.md'), 'utf8')).toBe(
      await convert(report(7), { from: 'md', to: 'md' }),
    )
    for (const name of Object.keys(good)) {
      expect(readFileSync(join(folder, 'out', name), 'utf8')).toBe(
        await convert(good[name] as string, { from: 'md', to: 'md' }),
      )
    }
    for (const name of Object.keys(failed))
      expect(existsSync(join(folder, 'out', name))).toBe(false)
    const tooLarge = results.find((result) => result.relative === 'groot.md')
    expect(tooLarge?.messages[0]?.reason).toMatch(
      /^Input is 50\.0 MB, more than the limit of 10\.0 MB/,
    )
  })

  test('should report a format that throws as convert-crashed and go on', async () => {
    registerFormat({
      name: 'test-broken',
      aliases: [],
      extensions: ['.broken'],
      mediaType: 'text/plain',
      binary: false,
      writer: () => [
        function (this: import('unified').Processor) {
          this.compiler = () => {
            throw new RangeError('stuk')
          }
        },
      ],
    })
    const folder = temporaryFolder()
    writeTree(folder, { 'in/a.md': report(1) })
    const [result] = await collect(
      convertFiles(join(folder, 'in'), {
        out: join(folder, 'out'),
        to: ['markdown', 'test-broken'],
        jobs: 1,
      }),
    )
    expect(result?.status).toBe('failed')
    expect(result?.messages).toEqual([
      {
        reason: 'Conversion crashed: stuk; please report this with the input',
        fatal: true,
        line: undefined,
        column: undefined,
        ruleId: 'convert-crashed',
        source: '@kopij/cli',
      },
    ])
    // The Markdown written before the crash is removed: a failed input has no outputs.
    expect(existsSync(join(folder, 'out', 'a.md'))).toBe(false)
  })

  test('should fail an input that exhausts a worker and go on with the rest', async () => {
    const folder = temporaryFolder()
    // About 6 MB of Markdown: remark's tree for it takes far more than the
    // 128 MiB heap allowed below (docs/performance.md: ~1.2 GiB for 10 MB).
    const huge = Array.from(
      { length: 60_000 },
      (_, index) =>
        `Alinea ${index} met *nadruk* en [een verwijzing](https://example.org/${index}).\n\n`,
    ).join('')
    writeTree(join(folder, 'in'), {
      'a.md': report(1),
      'b-te-groot.md': huge,
      'c.md': report(2),
      'd.md': report(3),
    })
    const results = await collect(
      convertFiles(join(folder, 'in'), {
        out: join(folder, 'out'),
        to: 'md',
        jobs: 1,
        maxMemory: 128,
      }),
    )
    expect(results.map((result) => [result.relative, result.status])).toEqual([
      ['a.md', 'converted'],
      ['b-te-groot.md', 'failed'],
      ['c.md', 'converted'],
      ['d.md', 'converted'],
    ])
    expect(results[1]?.messages).toEqual([
      {
        reason:
          'Converting this input needs more memory than the limit of 128 MiB per worker: raise the limit (--max-memory), or split the input',
        fatal: true,
        ruleId: 'input-out-of-memory',
        source: '@kopij/cli',
      },
    ])
    // The inputs after the dead worker ran on a new one, whole.
    for (const [name, number] of [
      ['c.md', 2],
      ['d.md', 3],
    ] as const) {
      expect(readFileSync(join(folder, 'out', name), 'utf8')).toBe(
        await convert(report(number), { from: 'md', to: 'md' }),
      )
    }
    expect(listTree(join(folder, 'out'))).toEqual([manifestName, 'a.md', 'c.md', 'd.md'].sort())
  }, 120_000)

  test('should refuse a worker memory limit too small to load the formats', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), { 'a.md': report(1) })
    await expect(
      collect(
        convertFiles(join(folder, 'in'), { out: join(folder, 'out'), to: 'md', maxMemory: 64 }),
      ),
    ).rejects.toThrow(
      new TypeError(
        'The worker memory limit (maxMemory, --max-memory) must be at least 128 MiB, not 64',
      ),
    )
  })

  test('should give the same outputs on worker threads as in-process', async () => {
    const folder = temporaryFolder()
    writeTree(
      join(folder, 'in'),
      Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`r${index}.md`, report(index)])),
    )
    writeTree(join(folder, 'in'), { 'kapot.md': Uint8Array.from([0xff, 0x0a]) })
    const one = await collect(
      convertFiles(join(folder, 'in'), { out: join(folder, 'een'), to: 'md', jobs: 1 }),
    )
    const two = await collect(
      convertFiles(join(folder, 'in'), { out: join(folder, 'twee'), to: 'md', jobs: 2 }),
    )
    const summary = (results: FileResult[]) =>
      results.map((result) => [result.relative, result.status, result.hash, result.messages])
    expect(summary(two)).toEqual(summary(one))
    for (const name of readdirSync(join(folder, 'een')).filter((name) => name.endsWith('.md'))) {
      expect(readFileSync(join(folder, 'twee', name), 'utf8')).toBe(
        readFileSync(join(folder, 'een', name), 'utf8'),
      )
    }
  })

  test('should report an unwritable output folder per file and go on', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), { 'a.md': report(1), 'dicht/b.md': report(2) })
    // A file where the folder for dicht/ should be: nothing can be written there.
    writeTree(join(folder, 'out'), { dicht: 'in de weg' })
    const results = await collect(
      convertFiles(join(folder, 'in'), { out: join(folder, 'out'), to: 'md', jobs: 1 }),
    )
    expect(
      results.map((result) => [
        result.relative,
        result.status,
        result.messages.map((m) => m.ruleId),
      ]),
    ).toEqual([
      ['a.md', 'converted', []],
      ['dicht/b.md', 'failed', ['output-unwritable']],
    ])
    expect(results[1]?.messages[0]?.reason).toMatch(
      /^Cannot write .*b\.md: a part of the path is not a folder$/,
    )

    // A whole output folder that cannot be written: every file fails, none crashes.
    const blocked = join(folder, 'geblokkeerd')
    writeFileSync(blocked, '')
    const all = await collect(convertFiles(join(folder, 'in'), { out: blocked, to: 'md', jobs: 1 }))
    expect(all.map((result) => result.status)).toEqual(['failed', 'failed'])
    if (process.getuid?.() !== 0) {
      // Permission bits only bind a user that is not root.
      const readOnly = join(folder, 'alleen-lezen')
      writeTree(readOnly, { '.keep': '' })
      chmodSync(readOnly, 0o500)
      const denied = await collect(
        convertFiles(join(folder, 'in'), { out: readOnly, to: 'md', jobs: 1 }),
      )
      expect(denied.map((result) => result.messages[0]?.ruleId)).toEqual([
        'output-unwritable',
        'output-unwritable',
      ])
    }
  })

  test('should skip up-to-date inputs on a rerun, and redo changed ones or all with force', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), { 'a.md': report(1), 'b.md': report(2), 'c.md': report(3) })
    const options = { out: join(folder, 'out'), to: 'md', jobs: 1 }
    const statuses = async (extra = {}) =>
      (await collect(convertFiles(join(folder, 'in'), { ...options, ...extra }))).map(
        (r) => r.status,
      )
    expect(await statuses()).toEqual(['converted', 'converted', 'converted'])
    expect(await statuses()).toEqual(['skipped', 'skipped', 'skipped'])
    writeFileSync(join(folder, 'in', 'b.md'), report(20))
    rmSync(join(folder, 'out', 'c.md'))
    expect(await statuses()).toEqual(['skipped', 'converted', 'converted'])
    expect(readFileSync(join(folder, 'out', 'b.md'), 'utf8')).toMatch(/^# Jaarverslag 20\n/)
    // Other options for a format make other outputs.
    expect(await statuses({ markdown: { bullet: '+' } })).toEqual([
      'converted',
      'converted',
      'converted',
    ])
    expect(await statuses({ force: true, markdown: { bullet: '+' } })).toEqual([
      'converted',
      'converted',
      'converted',
    ])
    // One line per input after compaction.
    expect(
      readFileSync(join(folder, 'out', manifestName), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(3)
  })

  test('should stop when aborted, leave only whole outputs, and resume on a rerun', async () => {
    const folder = temporaryFolder()
    const inputs = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [
        `r${String(index).padStart(2, '0')}.md`,
        report(index),
      ]),
    )
    writeTree(join(folder, 'in'), inputs)
    const controller = new AbortController()
    const first = await collect(
      convertFiles(join(folder, 'in'), {
        out: join(folder, 'out'),
        to: 'md',
        jobs: 2,
        signal: controller.signal,
        onProgress: (event) => {
          if (event.type === 'progress' && event.done === 5) controller.abort()
        },
      }),
    )
    // Those under way when it stopped are finished, no more.
    expect(first.length).toBeGreaterThanOrEqual(5)
    expect(first.length).toBeLessThan(30)
    const written = listTree(join(folder, 'out')).filter((name) => name !== manifestName)
    expect(written).toEqual(first.map((result) => result.relative))
    for (const name of written) {
      expect(readFileSync(join(folder, 'out', name), 'utf8')).toBe(
        await convert(inputs[name] as string, { from: 'md', to: 'md' }),
      )
    }
    const rest = await collect(
      convertFiles(join(folder, 'in'), { out: join(folder, 'out'), to: 'md', jobs: 2 }),
    )
    expect(rest.filter((result) => result.status === 'skipped')).toHaveLength(first.length)
    expect(rest.filter((result) => result.status === 'converted')).toHaveLength(30 - first.length)
    expect(listTree(join(folder, 'out'))).toEqual([manifestName, ...Object.keys(inputs)].sort())
  })

  test('should keep paths with spaces, unicode and .. inside out', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'bron map'), {
      'één verslag.md': report(1),
      'sub map/Ærø – “nota”.md': report(2),
    })
    writeTree(join(folder, 'ander'), { 'c.md': report(3) })
    const results = await collect(
      convertFiles(
        [join(folder, 'ander', '..', 'bron map'), `${join(folder, 'ander')}/../ander/c.md`],
        { out: join(folder, 'uit', '..', 'uit'), to: 'md', jobs: 1 },
      ),
    )
    expect(results.map((result) => result.status)).toEqual(['converted', 'converted', 'converted'])
    // The base is the folder holding both inputs; nothing lands outside uit/.
    expect(listTree(join(folder, 'uit'))).toEqual(
      [
        manifestName,
        'ander/c.md',
        'bron map/sub map/Ærø – “nota”.md',
        'bron map/één verslag.md',
      ].sort(),
    )
    expect(
      listTree(folder).filter(
        (path) =>
          !path.startsWith('uit/') && !path.startsWith('bron map/') && !path.startsWith('ander/'),
      ),
    ).toEqual([])
  })

  test('should take glob patterns, mirroring from their fixed folder', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), {
      '2023/a.md': report(1),
      '2024/b.md': report(2),
      '2024/c.txt': 'x',
    })
    const results = await collect(
      convertFiles(`${join(folder, 'in')}/**/*.md`, {
        out: join(folder, 'out'),
        to: 'md',
        jobs: 1,
      }),
    )
    expect(results.map((result) => result.relative)).toEqual(['2023/a.md', '2024/b.md'])
  })

  test('should throw a TypeError for misuse before converting anything', async () => {
    const folder = temporaryFolder()
    writeTree(join(folder, 'in'), { 'a.md': report(1), 'a.markdown': report(2) })
    const attempt = (inputs: string | string[], options: object) =>
      collect(convertFiles(inputs, { out: join(folder, 'out'), to: 'md', jobs: 1, ...options }))
    await expect(attempt(join(folder, 'in', 'a.md'), { to: 'odt' })).rejects.toThrow(
      /^Unknown format "odt": use one of markdown/,
    )
    await expect(attempt(join(folder, 'in', 'a.md'), { colour: true })).rejects.toThrow(
      /^Unknown option "colour": use out, to, .*or a format name \(markdown/,
    )
    await expect(
      attempt(join(folder, 'in', 'a.md'), { markdown: { bullet: '?' } }),
    ).rejects.toThrow(TypeError)
    await expect(attempt(join(folder, 'in', 'a.md'), { jobs: 0 })).rejects.toThrow(
      /`jobs` must be a whole number/,
    )
    await expect(attempt(join(folder, 'in'), {})).rejects.toThrow(
      /^Inputs .*a\.markdown and .*a\.md would both be written to/,
    )
    await expect(attempt(join(folder, 'in', 'a.md'), { out: join(folder, 'in') })).rejects.toThrow(
      /is an input: kopij never writes over its input/,
    )
    await expect(attempt(join(folder, 'leeg-*.md'), {})).rejects.toThrow(
      /^No inputs: nothing matched/,
    )
    expect(existsSync(join(folder, 'out'))).toBe(false)
  })
})
