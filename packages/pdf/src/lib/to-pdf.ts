/**
 * The public entry point. pdf-lib, fontkit and the fonts load only when a
 * PDF is written (a second or more at start-up on a busy machine), so a
 * program that imports kopij for another format does not pay for them
 * (docs/performance.md, trap 3).
 */
import { isRoot } from '@kopij/ast'
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { type Options, resolveOptions } from './options.js'

/**
 * Write a kopij tree as a tagged PDF/UA-1 document.
 *
 * @param tree The mdast root; `root.data.metadata` gives title, language
 *   and the parliamentary paper reference for the footer.
 * @param options Page size, margins, defaults for title and language, dates,
 *   justification.
 * @param file Optional file to receive messages: `heading-level-skip`,
 *   `title-missing`, `glyph-missing`, `image-alt-missing`, `image-unreadable`,
 *   `footnote-undefined`, `footnote-unreferenced`, `link-anchor-unresolved`.
 * @returns The PDF bytes.
 * @throws {TypeError} When `tree` is not a root or an option is wrong.
 */
export async function toPdf(tree: Root, options?: Options, file?: VFile): Promise<Uint8Array> {
  if (!tree || typeof tree !== 'object' || !isRoot(tree)) {
    throw new TypeError('Expected an mdast root node as the tree to write as PDF')
  }
  const settings = resolveOptions(options)
  const { writePdf } = await import('./write-pdf.js')
  return writePdf(tree, settings, file)
}
