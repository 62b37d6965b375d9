/**
 * Type guards for mdast nodes, so code can narrow without casts. They accept
 * any unist node, so a value typed by unified as a plain `Node` narrows too.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, Parents, Root, Text } from 'mdast'
import type { Node } from 'unist'

/**
 * Check whether a node can have children.
 *
 * @param node Any node.
 * @returns Whether it is a parent.
 */
export function isParent(node: Node): node is Parents {
  return 'children' in node
}

/**
 * Check whether a node carries a string value (text, code, inline code, HTML, YAML).
 *
 * @param node Any node.
 * @returns Whether it is a literal.
 */
export function isLiteral(node: Node): node is Extract<Nodes, { value: string }> {
  return 'value' in node && typeof node.value === 'string'
}

/**
 * Check whether a node is a root.
 *
 * @param node Any node.
 * @returns Whether it is a root.
 */
export function isRoot(node: Node): node is Root {
  return node.type === 'root'
}

/**
 * Check whether a node is a heading.
 *
 * @param node Any node.
 * @returns Whether it is a heading.
 */
export function isHeading(node: Node): node is Heading {
  return node.type === 'heading'
}

/**
 * Check whether a node is a paragraph.
 *
 * @param node Any node.
 * @returns Whether it is a paragraph.
 */
export function isParagraph(node: Node): node is Paragraph {
  return node.type === 'paragraph'
}

/**
 * Check whether a node is a list.
 *
 * @param node Any node.
 * @returns Whether it is a list.
 */
export function isList(node: Node): node is List {
  return node.type === 'list'
}

/**
 * Check whether a node is a list item.
 *
 * @param node Any node.
 * @returns Whether it is a list item.
 */
export function isListItem(node: Node): node is ListItem {
  return node.type === 'listItem'
}

/**
 * Check whether a node is a text node.
 *
 * @param node Any node.
 * @returns Whether it is text.
 */
export function isText(node: Node): node is Text {
  return node.type === 'text'
}
