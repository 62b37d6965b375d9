/**
 * What every step of the conversion of one document shares.
 */
import type { Definition } from 'mdast'
import type { VFile } from 'vfile'
import type { Footnotes } from './footnotes.js'
import type { EmbeddableImage } from './image.js'
import type { ListNumbering } from './list-numbering.js'
import type { ResolvedOptions } from './options.js'

/** The state of one conversion. */
export interface Context {
  /** The file being converted: messages land here. */
  file: VFile
  /** The options, defaults filled in. */
  options: ResolvedOptions
  /** Footnotes, numbered as referenced. */
  footnotes: Footnotes
  /** List numbering definitions. */
  lists: ListNumbering
  /** Images loaded beforehand, by URL. */
  images: Map<string, EmbeddableImage>
  /** Link and image reference definitions, by identifier. */
  definitions: Map<string, Definition>
  /** Width of the text area, in twips (twentieths of a point). */
  textWidth: number
  /** How many images were embedded so far, to name each one. */
  imageCount: number
}

/** Where a block stands: what it is inside of. */
export interface Scope {
  /** How many block quotes it is in. */
  quoteDepth: number
  /** The level of the list item it is in (0 to 8), if any. */
  listLevel: number | undefined
  /** The language of its content, when a node above marked one. */
  language: string | undefined
  /** Whether it is the content of a footnote. */
  inFootnote: boolean
}

/** The scope of the document body. */
export const bodyScope: Scope = {
  quoteDepth: 0,
  listLevel: undefined,
  language: undefined,
  inFootnote: false,
}
