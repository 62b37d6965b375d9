import { type Options as DocxOptions, kopijDocx } from '@kopij/docx'
import type { FormatDefinition } from '../format.js'

/** Word (Office Open XML), written only: accessible DOCX through @kopij/docx. */
export const docxFormat: FormatDefinition = {
  name: 'docx',
  aliases: ['word'],
  extensions: ['.docx'],
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  binary: true,
  writer: (options) => [[kopijDocx, options as DocxOptions | undefined]],
}
