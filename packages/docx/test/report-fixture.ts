/**
 * The fixture report covering every node type, read with @kopij/markdown, and
 * the tree with a foreign-language span marked (Markdown cannot say that).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseMarkdown } from '@kopij/markdown'
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'

/** Path of the fixture's Markdown; its images sit beside it. */
const reportPath = fileURLToPath(new URL('fixtures/report/input.md', import.meta.url))

/**
 * Read the fixture.
 *
 * @returns The tree and the file its messages go to.
 */
export function readReport(): { tree: Root; file: VFile } {
  const file = new VFile({ path: reportPath, value: readFileSync(reportPath, 'utf8') })
  const tree = parseMarkdown(file)
  // "Water houdt zich niet aan grenzen." is quoted in English in the tree.
  visit(tree, 'paragraph', (node) => {
    const [first] = node.children
    if (first?.type === 'text' && first.value.startsWith('Water houdt')) {
      first.value = 'Water knows no borders.'
      first.data = { language: 'en-GB' }
    }
  })
  return { tree, file }
}
