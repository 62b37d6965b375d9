export type {
  DocumentIdentifier,
  DocumentMetadata,
  FurnitureKind,
  JsonValue,
  ParliamentaryPaperReference,
  RemovedFurniture,
  SourceDocument,
  ValidationRule,
} from '@kopij/ast'
export { toPlainText, validate } from '@kopij/ast'
export type { Options as DocxOptions } from '@kopij/docx'
export { kopijDocx, toDocx } from '@kopij/docx'
export type { Options as MarkdownOptions } from '@kopij/markdown'
export { kopijMarkdown, parseMarkdown, stringifyMarkdown } from '@kopij/markdown'
export type { Options as PdfOptions } from '@kopij/pdf'
export { kopijPdf, toPdf } from '@kopij/pdf'
export type { Options as TextOptions } from '@kopij/text'
export { fromText, kopijText } from '@kopij/text'
export type { Options as XmlOptions } from '@kopij/xml'
export { fromXml, kopijXml, toXml } from '@kopij/xml'
export type { ConvertOptions, FormatOptions, ProcessorOptions } from './lib/convert.js'
export { ConversionError, convert, convertFile, createProcessor } from './lib/convert.js'
export { declaredEncoding, decodeInto } from './lib/decode.js'
export type { FormatDefinition } from './lib/format.js'
export {
  formatForPath,
  getFormat,
  listFormats,
  registerFormat,
  UnknownFormatError,
} from './lib/format.js'
export { markdown } from './lib/processors.js'
