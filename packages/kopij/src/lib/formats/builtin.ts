/**
 * The formats kopij ships, registered when the umbrella is loaded. A new
 * format package adds one line here and one file beside this one.
 */
import { registerFormat } from '../format.js'
import { docxFormat } from './docx.js'
import { markdownFormat } from './markdown.js'
import { pdfFormat } from './pdf.js'
import { textFormat } from './text.js'
import { xmlFormat } from './xml.js'

registerFormat(markdownFormat)
registerFormat(textFormat)
registerFormat(xmlFormat)
registerFormat(docxFormat)
registerFormat(pdfFormat)
