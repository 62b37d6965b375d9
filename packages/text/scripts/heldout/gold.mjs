// Gold structure of a held-out document, in the corpus's `gold/<id>.json`
// shape: the blocks of the Markdown source in reading order (`heading` with
// `level`, `paragraph`, `listItem` with `depth`, `ordered` and `number`), each
// with its text whitespace-collapsed, and the gold `words` (the blocks' texts
// split at spaces, which is how the corpus scorer numbers words).
import { toString as plainText } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** @param {string} text */
const collapse = (text) => text.replace(/\s+/g, ' ').trim()

/**
 * @param {string} markdown the held-out document's Markdown source
 * @param {string} path its file name, for error messages
 * @returns {{ blocks: Array<Record<string, unknown>>, words: string[] }}
 */
export function goldFromMarkdown(markdown, path) {
  const tree = unified().use(remarkParse).parse(markdown)
  /** @type {Array<Record<string, unknown>>} */
  const blocks = []
  for (const node of tree.children) addBlock(node, 0)
  const words = blocks.flatMap((block) => String(block.text).split(' ').filter(Boolean))
  return { blocks, words }

  /**
   * @param {import('mdast').RootContent} node
   * @param {number} depth list nesting depth of `node` (0 outside lists)
   */
  function addBlock(node, depth) {
    if (node.type === 'heading') {
      blocks.push({ type: 'heading', level: node.depth, text: collapse(plainText(node)) })
    } else if (node.type === 'paragraph') {
      blocks.push({ type: 'paragraph', text: collapse(plainText(node)) })
    } else if (node.type === 'list') {
      node.children.forEach((item, index) => {
        // The item's own text is everything but its nested lists, which
        // follow as items one level deeper (as the scorer reads Markdown).
        const own = item.children.filter((child) => child.type !== 'list')
        /** @type {Record<string, unknown>} */
        const block = {
          type: 'listItem',
          depth: depth + 1,
          ordered: Boolean(node.ordered),
          text: collapse(own.map((child) => plainText(child)).join(' ')),
        }
        if (node.ordered) block.number = (node.start ?? 1) + index
        blocks.push(block)
        for (const child of item.children) if (child.type === 'list') addBlock(child, depth + 1)
      })
    } else {
      // Tables, quotes, code and the like would need their own gold rules;
      // the held-out documents keep to the block types the corpus scores.
      const line = node.position?.start.line ?? '?'
      throw new Error(`${path}:${line}: unsupported block '${node.type}' in a held-out document`)
    }
  }
}
