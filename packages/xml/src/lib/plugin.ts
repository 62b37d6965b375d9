import { isRoot } from '@kopij/ast'
import type { Root } from 'mdast'
import type { Compiler, Parser, Plugin } from 'unified'
import { fromXml } from './from-xml.js'
import { checkOptions, type Options } from './options.js'
import { toXml } from './to-xml.js'

const parse: Parser<Root> = (_document, file) => fromXml(file)

/**
 * unified plugin that reads kopij XML into a tree (as remark-parse does for
 * Markdown). Problems are fatal messages on the processed file.
 */
export const kopijXmlParse: Plugin<[], string, Root> = function () {
  this.parser = parse
}

/**
 * unified plugin that writes the tree as XML: kopij XML or DocBook 5.0 (see
 * `Options`); the processor's `data('settings')` fill in what is not given.
 * Messages land on the processed file. Throws a `TypeError` for an unknown
 * option or value.
 */
export const kopijXml: Plugin<[(Options | undefined)?], Root, string> = function (options) {
  const explicit = checkOptions(options)
  const compiler: Compiler = (tree, file) => {
    if (!isRoot(tree)) {
      throw new TypeError(`kopij XML can only write an mdast root, not a ${tree.type} node`)
    }
    return toXml(tree, { ...pickOwnSettings(this.data('settings')), ...explicit }, file)
  }
  this.compiler = compiler
}

const ownSettings = new Set(['profile', 'positions'])

/** Take only the settings that are ours from the shared settings object. */
function pickOwnSettings(settings: object | undefined): Options {
  if (!settings) return {}
  const own: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(settings)) {
    if (ownSettings.has(key) && value !== undefined) own[key] = value
  }
  return checkOptions(own)
}
