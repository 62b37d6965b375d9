import { kopijText, type Options as TextOptions } from '@kopij/text'
import type { FormatDefinition } from '../format.js'

/** Raw report text, as extracted from a PDF: read only. */
export const textFormat: FormatDefinition = {
  name: 'text',
  aliases: ['txt'],
  extensions: ['.txt'],
  mediaType: 'text/plain',
  binary: false,
  reader: (options) => [[kopijText, options as TextOptions | undefined]],
}
