import { isRoot } from '@kopij/ast'
import type { Root } from 'mdast'
import type { Compiler, Parser, Plugin, Processor } from 'unified'
import { checkOptions, type Options } from './options.js'
import { parseMarkdown } from './parse.js'
import { stringifyMarkdown } from './stringify.js'

const parse: Parser<Root> = (_document, file) => parseMarkdown(file)

/**
 * The compiler. Settings are read when it runs, so `data()` calls made after
 * `use()` still count; explicit options win over them.
 */
function createCompiler(processor: Processor, options: Options | undefined): Compiler {
  const explicit = checkOptions(options)
  return (tree) => {
    if (!isRoot(tree)) {
      throw new TypeError(`kopij Markdown can only write an mdast root, not a ${tree.type} node`)
    }
    return stringifyMarkdown(tree, { ...pickOwnSettings(processor.data('settings')), ...explicit })
  }
}

/**
 * unified plugin that reads Markdown into a kopij tree (as remark-parse does,
 * with GFM and front matter as metadata). Messages land on the processed file.
 */
export const kopijMarkdownParse: Plugin<[], string, Root> = function () {
  this.parser = parse
}

/**
 * unified plugin that writes a kopij tree as Markdown (as remark-stringify
 * does, with metadata as front matter). Options: see `Options`; the
 * processor's `data('settings')` fill in what is not given. Throws a
 * `TypeError` for an unknown option or value.
 */
export const kopijMarkdownStringify: Plugin<[(Options | undefined)?], Root, string> = function (
  options,
) {
  this.compiler = createCompiler(this, options)
}

/**
 * unified plugin that reads and writes Markdown: `kopijMarkdownParse` and
 * `kopijMarkdownStringify` together, as `remark` is remark-parse and
 * remark-stringify together. A compiler set by a later plugin takes over writing.
 */
export const kopijMarkdown: Plugin<[(Options | undefined)?], string, Root> = function (options) {
  this.parser = parse
  this.compiler = createCompiler(this, options)
}

const ownSettings = new Set([
  'frontMatter',
  'bullet',
  'emphasis',
  'strong',
  'rule',
  'listItemIndent',
])

/** Take only the settings that are ours from the shared settings object. */
function pickOwnSettings(settings: object | undefined): Options {
  if (!settings) return {}
  const own: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(settings)) {
    if (ownSettings.has(key) && value !== undefined) own[key] = value
  }
  return checkOptions(own)
}
