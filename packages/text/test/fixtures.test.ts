/**
 * Fixtures: one folder per case under `test/fixtures/`, `input.txt` in,
 * `output.md` (the body as kopij writes it, metadata as front matter) and
 * `messages.json` (rule id and place of each message) out, optional
 * `options.json`. Set KOPIJ_UPDATE_FIXTURES=1 to rewrite the expected files;
 * otherwise a missing one fails the run.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { stringifyMarkdown } from '@kopij/markdown'
import { fromText } from '@kopij/text'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'

const root = new URL('fixtures/', import.meta.url)
const update = process.env.KOPIJ_UPDATE_FIXTURES === '1'

for (const name of readdirSync(root).sort()) {
  test(`should convert fixture ${name} as expected`, () => {
    const folder = new URL(`${name}/`, root)
    const input = readFileSync(new URL('input.txt', folder), 'utf8')
    const optionsUrl = new URL('options.json', folder)
    const options = existsSync(optionsUrl)
      ? JSON.parse(readFileSync(optionsUrl, 'utf8'))
      : undefined
    const file = new VFile({ path: 'input.txt', value: input })
    const tree = fromText(file, options)
    const output = stringifyMarkdown(tree)
    const messages = file.messages.map((message) => ({
      ruleId: message.ruleId,
      line: message.line,
      column: message.column,
      reason: message.reason,
    }))
    const outputUrl = new URL('output.md', folder)
    const messagesUrl = new URL('messages.json', folder)
    if (update) {
      writeFileSync(outputUrl, output)
      writeFileSync(messagesUrl, `${JSON.stringify(messages, null, 2)}\n`)
    }
    expect(existsSync(outputUrl), `missing ${name}/output.md`).toBe(true)
    expect(existsSync(messagesUrl), `missing ${name}/messages.json`).toBe(true)
    expect(output).toBe(readFileSync(outputUrl, 'utf8'))
    expect(messages).toEqual(JSON.parse(readFileSync(messagesUrl, 'utf8')))
  })
}
