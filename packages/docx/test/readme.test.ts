import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { toDocx } from '@kopij/docx'
import { parseMarkdown } from '@kopij/markdown'
import { VFile } from 'vfile'
import { expect, test } from 'vitest'

test('should show the real messages and pandoc reading of the README example', async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  // The example's input, as the README writes it.
  const value =
    '---\ntitle: Nota over dijken\nlang: nl-NL\n---\n\n# Nota\n\nZie de bijlage.[^1]\n\n<br>\n\n[^1]: Bijlage 1.\n'
  expect(readme).toContain(`'${value.replaceAll('\n', '\\n')}'`)
  const file = new VFile({ path: 'nota.md', value })
  const bytes = await toDocx(parseMarkdown(file), { tableOfContents: true }, file)
  expect(readme).toContain(
    `[\n${file.messages.map((message) => `  '${String(message)}'`).join(',\n')}\n]`,
  )
  const folder = mkdtempSync(join(tmpdir(), 'kopij-docx-readme-'))
  try {
    writeFileSync(join(folder, 'nota.docx'), bytes)
    const markdown = execFileSync(
      'pandoc',
      ['-f', 'docx', '-t', 'markdown', join(folder, 'nota.docx')],
      {
        encoding: 'utf8',
      },
    )
    expect(readme).toContain(`\`\`\`markdown\n${markdown}\`\`\``)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
