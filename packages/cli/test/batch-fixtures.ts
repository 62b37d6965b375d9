import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * A small Markdown report, different for each number, so outputs can be
 * told apart and checked against a conversion of the same input.
 *
 * @param index Which report.
 * @returns Its text.
 */
export function report(index: number): string {
  const items = Array.from({ length: 1 + (index % 4) }, (_, item) => `* punt ${item + 1}`)
  return `# Jaarverslag ${index}\n\n## 1. Inleiding\n\nDit is verslag ${index}.\n\n${items.join('\n')}\n`
}

/**
 * Write files under a folder, making parent folders.
 *
 * @param folder The folder.
 * @param files Relative path → contents.
 */
export function writeTree(folder: string, files: Record<string, string | Uint8Array>): void {
  for (const [path, value] of Object.entries(files)) {
    const full = join(folder, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, value)
  }
}
