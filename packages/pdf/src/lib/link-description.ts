/**
 * Descriptions of the links kopij makes itself, in the document's language:
 * a link annotation needs a `/Contents` text that says where it goes
 * (PDF/UA-1 7.18.5, Matterhorn 28-004), and a footnote call's text is only
 * its number.
 */

/** "Footnote n" by primary language subtag. */
const footnoteWords: Record<string, string> = {
  nl: 'Voetnoot',
  en: 'Footnote',
  de: 'Fußnote',
  fr: 'Note',
  fy: 'Fuotnoat',
  es: 'Nota',
}

/**
 * The description of a link from a footnote call to its note.
 *
 * @param language A BCP 47 tag; languages without a word get English.
 * @param label The note's number.
 * @returns "Voetnoot 3" and the like.
 */
export function footnoteDescription(language: string, label: string): string {
  const primary = language.split('-')[0]?.toLowerCase() ?? ''
  return `${footnoteWords[primary] ?? footnoteWords.en} ${label}`
}
