import type { DocumentMetadata } from '@kopij/ast'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { readFrontMatter } from './front-matter.js'

// One frozen parser for every call: building the micromark extensions once
// saves their set-up per document.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()

/**
 * Parse Markdown (CommonMark with GFM: tables, footnotes, strikethrough, task
 * lists, autolinks) into a kopij tree. YAML front matter becomes
 * `root.data.metadata` and leaves the flow.
 *
 * @param document The Markdown, as a string or a `VFile`. Pass a `VFile` to
 *   receive the messages (`front-matter-field-invalid`); with a string they are
 *   not kept.
 * @returns The tree, with positions into the input.
 * @throws {VFileMessage} `front-matter-invalid` when the front matter is not a
 *   YAML mapping.
 */
export function parseMarkdown(document: string | VFile): Root {
  const file = typeof document === 'string' ? new VFile({ value: document }) : document
  const tree = parser.parse(file)
  const [first] = tree.children
  if (first?.type === 'yaml') {
    const metadata: DocumentMetadata = readFrontMatter(first, file)
    tree.children.shift()
    if (Object.keys(metadata).length > 0) tree.data = { ...tree.data, metadata }
  }
  return tree
}
