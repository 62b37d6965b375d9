import type { Root } from 'mdast'
import type { Parser, Plugin } from 'unified'
import { checkOptions, type Options } from './options.js'
import { fromText } from './parse.js'

/**
 * unified plugin that reads raw report text into a kopij tree with
 * `fromText`, as remark-parse wraps `fromMarkdown`. Messages land on the
 * processed file. The processor's `data('settings')` fill in options that
 * are not given; explicit options win.
 */
export const kopijText: Plugin<[(Options | undefined)?], string, Root> = function (options) {
  const explicit = checkOptions(options)
  const parser: Parser<Root> = (_document, file) =>
    fromText(file, { ...pickOwnSettings(this.data('settings')), ...explicit })
  this.parser = parser
}

const ownSettings = new Set(['language', 'removeFurniture'])

function pickOwnSettings(settings: object | undefined): Options {
  if (!settings) return {}
  const own: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(settings)) {
    if (ownSettings.has(key) && value !== undefined) own[key] = value
  }
  return checkOptions(own)
}
