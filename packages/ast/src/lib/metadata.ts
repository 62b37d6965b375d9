/**
 * Document metadata carried on the root of a kopij tree.
 *
 * The tree is mdast; these types only add what mdast lacks, by module
 * augmentation (the way `mdast-util-math` adds its nodes), so every package
 * keeps using the one `Root` from `@types/mdast`.
 */
import type { Position } from 'unist'

/**
 * A reference to a Dutch parliamentary paper (Kamerstuk), as printed in the
 * running footer of the papers themselves:
 * "Tweede Kamer, vergaderjaar 2022–2023, 36 360 V, nr. 1".
 */
export interface ParliamentaryPaperReference {
  /** The chamber, as printed: "Tweede Kamer" or "Eerste Kamer". */
  chamber: string
  /** The parliamentary year (vergaderjaar), as printed: "2022–2023". */
  parliamentaryYear: string
  /** The dossier number, with its letter suffix: "36 360 V". */
  dossier: string
  /** The document number within the dossier: "1". */
  number: string
}

/** Another identifier of the document: an ISBN, a DOI, a case number. */
export interface DocumentIdentifier {
  /** What kind of identifier this is, lowercase: "isbn", "doi", "urn". */
  scheme: string
  /** The identifier itself. */
  value: string
}

/** Where the document came from. */
export interface SourceDocument {
  /** Path or name of the input file, as the user gave it. */
  path?: string
  /** Name of the format it was read as: "text", "markdown". */
  format?: string
}

/**
 * What page furniture is: a running header or footer, a page number, or a line
 * repeated on every page. Kept so that nothing leaves the flow silently.
 */
export type FurnitureKind = 'runningHeader' | 'runningFooter' | 'pageNumber' | 'repeatedLine'

/** One piece of page furniture that was taken out of the flow. */
export interface RemovedFurniture {
  /** What it was. */
  kind: FurnitureKind
  /** The text exactly as it stood in the input. */
  value: string
  /** The page (1-based) it was found on, when the input has page breaks. */
  page?: number
  /** Where it stood in the input. */
  position?: Position
}

/** Metadata of a whole document, on `root.data.metadata`. */
export interface DocumentMetadata {
  /** The document title. */
  title?: string
  /** A subtitle. */
  subtitle?: string
  /** The main language of the document as a BCP 47 tag: "nl", "en-GB". */
  language?: string
  /** Date of the document, ISO 8601 ("2023-05-17", or a year "2023"). */
  date?: string
  /** Authors: persons or organisations, in order. */
  authors?: string[]
  /** What the document is about, in a sentence. */
  subject?: string
  /** Keywords. */
  keywords?: string[]
  /** The Dutch parliamentary paper this document is, if it is one. */
  parliamentaryPaper?: ParliamentaryPaperReference
  /** Other identifiers. */
  identifiers?: DocumentIdentifier[]
  /** Where the document came from. */
  source?: SourceDocument
  /** Page furniture removed from the flow, in input order. */
  furniture?: RemovedFurniture[]
  /**
   * Metadata fields kopij does not interpret (from front matter, say), kept so
   * they survive a conversion. Plain JSON only.
   */
  custom?: Record<string, JsonValue>
}

/** A plain JSON value: what may be stored in a tree's `data`. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue }

declare module 'mdast' {
  interface RootData {
    /** Document metadata; see `DocumentMetadata`. */
    metadata?: DocumentMetadata
  }

  interface Data {
    /**
     * Language of this node's content when it differs from the document's, as
     * a BCP 47 tag; exporters mark it (PDF `/Lang`, OOXML `w:lang`).
     */
    language?: string
  }
}
