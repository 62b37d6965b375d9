/**
 * The unified plugin. unified compiles synchronously, and pdf-lib saves
 * asynchronously, so (STYLE §6) the transformer awaits `toPdf` and keeps the
 * bytes on `file.data.pdf`; the compiler returns them, and they become
 * `file.value`.
 */
import { isRoot } from '@kopij/ast'
import type { Root } from 'mdast'
import type { Plugin, Processor, Transformer } from 'unified'
import { type Options, resolveOptions } from './options.js'
import { toPdf } from './to-pdf.js'

declare module 'vfile' {
  interface DataMap {
    /** The PDF written by `kopijPdf`, until the compiler hands it over. */
    pdf: Uint8Array
  }
}

/**
 * unified plugin that writes the tree as a tagged PDF/UA-1 document.
 * Messages land on the processed file.
 *
 * @param options See `Options`.
 * @throws {TypeError} For an unknown option or value, when the plugin is used.
 */
export const kopijPdf = function (this: Processor, options?: Options): Transformer<Root, Root> {
  resolveOptions(options)
  this.compiler = (_tree, file) => {
    const bytes = file.data.pdf
    if (!bytes)
      throw new Error('kopijPdf: the PDF is written by its transformer, which did not run')
    delete file.data.pdf
    return bytes
  }
  return async (tree, file) => {
    if (!isRoot(tree)) throw new TypeError('kopijPdf can only write an mdast root')
    file.data.pdf = await toPdf(tree, options, file)
  }
  // unified's `Plugin` type lets a compiler plugin return no transformer, but
  // unified runs one when returned, and an async PDF writer needs it (STYLE §6).
} as unknown as Plugin<[(Options | undefined)?], Root, Uint8Array>
