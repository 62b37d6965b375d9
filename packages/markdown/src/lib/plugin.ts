import type { Root } from 'mdast'
import type { Processor } from 'unified'
import { checkOptions, type Options } from './options.js'
import { parseMarkdown } from './parse.js'
import { stringifyMarkdown } from './stringify.js'

/**
 * unified plugin that reads and writes Markdown with kopij's metadata: it sets
 * both the parser and the compiler. A later plugin that sets its own compiler
 * (`kopijPdf`, say) takes over writing, so `kopijMarkdown` serves as the
 * Markdown reader of any pipeline.
 *
 * @param options Configuration (optional); the processor's
 *   `data('settings')` fill in what is not given.
 */
export function kopijMarkdown(
  this: Processor<Root, Root, Root, Root, string>,
  options?: Options,
): undefined {
  const explicit = checkOptions(options)
  const settings = (): Options => ({ ...pickOwnSettings(this.data('settings')), ...explicit })
  this.parser = (_document, file) => parseMarkdown(file)
  this.compiler = (tree) => stringifyMarkdown(tree, settings())
}

/** Take only the settings that are ours from the shared settings object. */
function pickOwnSettings(settings: object | undefined): Options {
  if (!settings) return {}
  const own: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(settings)) {
    if (ownSettings.has(key) && value !== undefined) own[key] = value
  }
  return checkOptions(own)
}

const ownSettings = new Set([
  'frontMatter',
  'bullet',
  'emphasis',
  'strong',
  'rule',
  'listItemIndent',
])
