export type { Options } from './lib/options.js'
export { fromText } from './lib/parse.js'
export { kopijText } from './lib/plugin.js'
