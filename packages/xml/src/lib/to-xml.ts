import { isRoot } from '@kopij/ast'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { checkOptions, type Options } from './options.js'
import { toDocbook } from './to-docbook.js'
import { toKopijXml } from './to-kopij-xml.js'

/**
 * Write a kopij tree as XML: the lossless kopij vocabulary (default), which
 * `fromXml` reads back into the same tree, or DocBook 5.0.
 *
 * @param tree The tree (an mdast `Root`).
 * @param options `profile` (`'kopij'` or `'docbook'`) and `positions`.
 * @param file Where messages go (`xml-character-forbidden`,
 *   `xml-node-unknown`, `xml-property-unknown`, the `docbook-*` rules). Without
 *   one, the first of them is thrown instead, so nothing changes silently.
 * @returns The XML document, UTF-8, with an XML declaration.
 * @throws {TypeError} For a tree that is not a root, or an unknown option.
 * @throws {VFileMessage} For a problem when no `file` is given.
 */
export function toXml(tree: Root, options?: Options, file?: VFile): string {
  if (!isRoot(tree)) {
    throw new TypeError(`toXml needs an mdast root, not ${describe(tree)}`)
  }
  const { profile = 'kopij', positions = true } = checkOptions(options)
  if (profile === 'docbook') return toDocbook(tree, file)
  return toKopijXml(tree, { positions, file })
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'type' in value) {
    return `a ${String(value.type)} node`
  }
  return typeof value
}
