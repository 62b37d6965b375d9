/**
 * The unified plugin around `toDocx`. unified compiles synchronously and docx
 * packs asynchronously, so (STYLE.md §6) the transformer writes the document
 * and keeps its bytes on `file.data.docx`, and the compiler hands them on: a
 * `Uint8Array` result becomes `file.value`.
 */
import { isRoot } from '@kopij/ast'
import type { Root } from 'mdast'
import type { Plugin, Transformer } from 'unified'
import { type Options, resolveOptions } from './options.js'
import { toDocx } from './to-docx.js'

declare module 'vfile' {
  interface DataMap {
    /** The DOCX written by `kopijDocx`, before the compiler makes it the file's value. */
    docx: Uint8Array
  }
}

/**
 * unified plugin that writes a kopij tree as an accessible Word document.
 * Options: see `Options`. Messages land on the processed file; relative
 * image paths resolve against its folder.
 *
 * @throws {TypeError} At `use()`, for an unknown option or value.
 */
export const kopijDocx: Plugin<[(Options | undefined)?], Root, Uint8Array> = function (options) {
  // Misuse shows at `use()`, not in the middle of processing a file.
  resolveOptions(options)
  this.compiler = (_tree, file) => {
    const bytes = file.data.docx
    if (!bytes) {
      throw new Error(
        'kopijDocx found no document on file.data.docx: run the processor with `process()` (its transform step writes the document), not `stringify()` alone',
      )
    }
    return bytes
  }
  const transformer: Transformer = async (tree, file) => {
    if (!isRoot(tree)) {
      throw new TypeError(`kopijDocx can only write an mdast root, not a ${tree.type} node`)
    }
    file.data.docx = await toDocx(tree, options, file)
  }
  // unified's `Plugin` type says a compiler plugin returns nothing, while at
  // run time any plugin may return a transformer; this one needs both (the
  // asynchronous write happens in the transform step), so the type is bent here.
  return transformer as unknown as undefined
}
