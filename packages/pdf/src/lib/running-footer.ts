/**
 * The running footer: the document's reference or title on the left and
 * "Pagina 3 van 12" on the right, in the document's language. Drawn as a
 * pagination artifact, so assistive technology skips it (PDF/UA-1 7.8,
 * Matterhorn 18-001/18-002).
 */
import type { DocumentMetadata } from '@kopij/ast'

/** "Page n of m" by primary language subtag. */
const pageLabels: Record<string, (page: number, total: number) => string> = {
  nl: (page, total) => `Pagina ${page} van ${total}`,
  en: (page, total) => `Page ${page} of ${total}`,
  de: (page, total) => `Seite ${page} von ${total}`,
  fr: (page, total) => `Page ${page} sur ${total}`,
  fy: (page, total) => `Side ${page} fan ${total}`,
  es: (page, total) => `Página ${page} de ${total}`,
}

/**
 * The page label of a page in a language.
 *
 * @param language A BCP 47 tag; languages without a label get English.
 * @returns "Pagina 3 van 12" and the like.
 */
export function pageLabel(language: string, page: number, total: number): string {
  const primary = language.split('-')[0]?.toLowerCase() ?? ''
  const label = pageLabels[primary] ?? pageLabels.en
  return label ? label(page, total) : `${page} / ${total}`
}

/**
 * The left part of the footer: the parliamentary paper reference as the
 * papers print it, or else the title.
 */
export function footerReference(metadata: DocumentMetadata, title: string): string {
  const paper = metadata.parliamentaryPaper
  if (paper) {
    return `${paper.chamber}, vergaderjaar ${paper.parliamentaryYear}, ${paper.dossier}, nr. ${paper.number}`
  }
  return title
}
