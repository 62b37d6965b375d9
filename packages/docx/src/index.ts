export type { Options } from './lib/options.js'
export { kopijDocx } from './lib/plugin.js'
export { toDocx } from './lib/to-docx.js'
