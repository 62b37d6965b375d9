/**
 * The text of a tree as a reader would read it aloud, with block structure
 * kept as line breaks. `mdast-util-to-string` concatenates everything without
 * separators ("TitelEerste alinea"), which is right for a heading's label but
 * wrong for comparing a document's words, so blocks are joined here.
 */
import type { Nodes, RootContent } from 'mdast'
import { toString as mdToString } from 'mdast-util-to-string'

/** Blocks are separated by a blank line, as in the text formats kopij reads. */
const blockSeparator = '\n\n'

/**
 * Get the plain text of a node: phrasing content concatenated, blocks
 * separated by blank lines, table cells by tabs and rows by line breaks. Image
 * alternatives count as text; footnote references, HTML and front matter do not.
 *
 * @param node Any mdast node, usually a root.
 * @returns Its text.
 */
export function toPlainText(node: Nodes): string {
  switch (node.type) {
    case 'root':
    case 'blockquote':
    case 'listItem':
    case 'footnoteDefinition':
      return joinBlocks(node.children)
    case 'list':
      return node.children.map(toPlainText).join(blockSeparator)
    case 'table':
      return node.children.map(toPlainText).join('\n')
    case 'tableRow':
      return node.children.map(toPlainText).join('\t')
    case 'code':
      return node.value
    case 'break':
      return '\n'
    case 'image':
    case 'imageReference':
      return node.alt ?? ''
    case 'html':
    case 'yaml':
    case 'footnoteReference':
    case 'definition':
    case 'thematicBreak':
      return ''
    case 'text':
    case 'inlineCode':
      return node.value
    case 'heading':
    case 'paragraph':
    case 'tableCell':
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'link':
    case 'linkReference':
      return node.children.map(toPlainText).join('')
    default:
      // A node type added by a plugin: fall back to its string value.
      return mdToString(node)
  }
}

function joinBlocks(children: RootContent[]): string {
  return children
    .map(toPlainText)
    .filter((value) => value !== '')
    .join(blockSeparator)
}
