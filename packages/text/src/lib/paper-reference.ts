/**
 * The Dutch parliamentary paper reference (Kamerstuk), as printed in the
 * running footer of the papers: "Tweede Kamer, vergaderjaar 2022–2023,
 * 36 360 V, nr. 1", or short: "Kamerstuk 36 321 XIII nr. 5".
 */
import type { ParliamentaryPaperReference } from '@kopij/ast'

// Chamber, parliamentary year, dossier (digits in groups of three with an
// optional roman or letter suffix), number. Dash may be a hyphen, en or em dash.
const full =
  /(Tweede Kamer|Eerste Kamer)(?: der Staten-Generaal)?,\s*vergaderjaar\s+(\d{4}\s*[-–—]\s*\d{4}),\s*(\d{1,3}(?: \d{3})*(?: [A-Z]{1,5}(?:\d+)?)?),\s*nr\.\s*(\d+[A-Za-z]?)/
const short =
  /Kamerstuk(?:ken)?\s+(\d{1,3}(?: \d{3})*(?: [A-Z]{1,5}(?:\d+)?)?),?\s*nr\.\s*(\d+[A-Za-z]?)/

/** A reference found in a line, with where it stands in the line. */
export interface FoundReference {
  /** The reference. */
  reference: ParliamentaryPaperReference
  /** Whether the line holds nothing else but page furniture (a page number). */
  wholeLine: boolean
}

/**
 * Read a parliamentary paper reference from a line.
 *
 * @param line One line of text.
 * @returns The reference, or `undefined` when the line holds none.
 */
export function findPaperReference(line: string): FoundReference | undefined {
  const match = full.exec(line)
  if (match) {
    const [whole, chamber, year, dossier, number] = match
    return {
      reference: {
        chamber: chamber as string,
        parliamentaryYear: (year as string).replace(/\s*[-—]\s*|\s*–\s*/, '–'),
        dossier: dossier as string,
        number: number as string,
      },
      wholeLine: isFurnitureRest(line.replace(whole, '')),
    }
  }
  const shortMatch = short.exec(line)
  if (shortMatch) {
    const [whole, dossier, number] = shortMatch
    return {
      reference: {
        chamber: '',
        parliamentaryYear: '',
        dossier: dossier as string,
        number: number as string,
      },
      wholeLine: isFurnitureRest(line.replace(whole, '')),
    }
  }
  return undefined
}

/** Whether what is left of a footer line is at most a page number or a title-like rest. */
function isFurnitureRest(rest: string): boolean {
  return (
    /^[\s\d–—\-|·,.]*$/.test(rest) || /^\s*(?:pagina|page|seite|blz\.?)\s*\d+/i.test(rest.trim())
  )
}
