export type { Options } from './lib/options.js'
export { parseMarkdown } from './lib/parse.js'
export { kopijMarkdown, kopijMarkdownParse, kopijMarkdownStringify } from './lib/plugin.js'
export { stringifyMarkdown } from './lib/stringify.js'
