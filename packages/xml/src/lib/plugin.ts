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
 * `Options`); the processor's `data('settings')` (`xmlProfile`, `xmlPositions`) fill in
 * what is not given.
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

/**
 * Settings are shared by every plugin of a processor, so ours carry the
 * format's name: `xmlProfile` and `xmlPositions` stand for `profile` and
 * `positions`.
 */
function pickOwnSettings(settings: object | undefined): Options {
  if (!settings) return {}
  const profile: unknown = Reflect.get(settings, 'xmlProfile')
  const positions: unknown = Reflect.get(settings, 'xmlPositions')
  return checkOptions({ profile, positions })
}
