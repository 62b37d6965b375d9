import { kopijPdf, type Options as PdfOptions } from '@kopij/pdf'
import type { FormatDefinition } from '../format.js'

/** Tagged PDF/UA-1, written only. */
export const pdfFormat: FormatDefinition = {
  name: 'pdf',
  aliases: [],
  extensions: ['.pdf'],
  mediaType: 'application/pdf',
  binary: true,
  writer: (options) => [[kopijPdf, options as PdfOptions | undefined]],
}
