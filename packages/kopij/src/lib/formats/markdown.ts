import {
  kopijMarkdownParse,
  kopijMarkdownStringify,
  type Options as MarkdownOptions,
} from '@kopij/markdown'
import type { FormatDefinition } from '../format.js'

/** Markdown (CommonMark + GFM) with YAML front matter, read and written. */
export const markdownFormat: FormatDefinition = {
  name: 'markdown',
  aliases: ['md'],
  extensions: ['.md', '.markdown'],
  mediaType: 'text/markdown',
  binary: false,
  reader: () => [kopijMarkdownParse],
  writer: (options) => [[kopijMarkdownStringify, options as MarkdownOptions | undefined]],
}
