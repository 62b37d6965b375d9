import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { writeFrontMatter } from './front-matter.js'
import { checkOptions, type Options } from './options.js'

/**
 * The house style for written Markdown: what most reports in Markdown use and
 * what reads best as plain text.
 */
const defaults = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
} as const

/**
 * Write a kopij tree as Markdown (CommonMark with GFM), with the document
 * metadata as YAML front matter.
 *
 * @param tree The tree.
 * @param options Markers and whether to write front matter (optional).
 * @returns The Markdown, ending in a line break.
 * @throws {TypeError} For an unknown option or value.
 */
export function stringifyMarkdown(tree: Root, options?: Options): string {
  const { frontMatter = true, ...markers } = checkOptions(options)
  const metadata = tree.data?.metadata
  const yaml = frontMatter && metadata ? writeFrontMatter(metadata) : undefined
  const body: Root =
    yaml === undefined
      ? tree
      : { ...tree, children: [{ type: 'yaml', value: yaml }, ...tree.children] }
  return unified()
    .use(remarkStringify, { ...defaults, ...markers })
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .stringify(body)
}
