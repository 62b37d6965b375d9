export type { Options } from './lib/options.js'
export { kopijPdf } from './lib/plugin.js'
export { toPdf } from './lib/to-pdf.js'
