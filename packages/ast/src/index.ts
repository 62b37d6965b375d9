export type { ListOptions, PhrasingChildren, PhrasingInput } from './lib/builders.js'
export {
  blockquote,
  code,
  emphasis,
  footnoteDefinition,
  footnoteReference,
  heading,
  image,
  inlineCode,
  lineBreak,
  link,
  list,
  listItem,
  paragraph,
  root,
  strikethrough,
  strong,
  table,
  tableCell,
  tableRow,
  text,
  thematicBreak,
} from './lib/builders.js'
export {
  isHeading,
  isList,
  isListItem,
  isLiteral,
  isParagraph,
  isParent,
  isRoot,
  isText,
} from './lib/guards.js'
export { isLanguageTag } from './lib/language-tag.js'
export type {
  DocumentIdentifier,
  DocumentMetadata,
  FurnitureKind,
  JsonValue,
  ParliamentaryPaperReference,
  RemovedFurniture,
  SourceDocument,
} from './lib/metadata.js'
export { toPlainText } from './lib/plain-text.js'
export type { ValidationRule } from './lib/validate.js'
export { validate } from './lib/validate.js'
