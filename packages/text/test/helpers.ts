import { fromText, type Options } from '@kopij/text'
import type { Layout } from '../src/lib/layout.js'
import type { Line } from '../src/lib/lines.js'
import { splitLines } from '../src/lib/lines.js'
import { normalizeText } from '../src/lib/normalize.js'

/** Lines of a hand-written text, as the parser's stages see them. */
export function linesOf(text: string): Line[] {
  return splitLines(normalizeText(text))
}

/** A justified paragraph: lines of about the same width, each run on in lowercase. */
export const justifiedParagraph: readonly string[] = [
  'De gemeenteraad heeft in de vergadering van maart gesproken over',
  'de plannen voor het nieuwe zwembad in het centrum van de stad en',
  'over de kosten die daarbij horen voor de komende tien jaren samen',
  'met de bijdrage van de provincie aan het onderhoud van de wegen',
  'rond het sportpark waar ook de nieuwe sporthal moet komen en waar',
  'de vereniging al jaren om vraagt omdat de oude hal te klein wordt',
  'voor alle teams die er trainen en er hun wedstrijden spelen willen',
  'en omdat de kleedkamers niet meer voldoen aan de eisen van nu en',
  'het dak bij zware regen lekt, zodat de trainingen soms uitvallen',
  'en de teams moeten uitwijken naar een hal in een andere gemeente.',
]

/** A layout whose soft wraps carry no trailing space (pdftotext output). */
export const unmarked: Layout = {
  measure: 60,
  trailingSpaceMarksWrap: false,
  trailingSpaceExcludesBlockEnd: false,
  runInLabels: false,
}

/** A layout whose soft wraps end in a space (text copied from a PDF viewer). */
export const marked: Layout = {
  measure: 60,
  trailingSpaceMarksWrap: true,
  trailingSpaceExcludesBlockEnd: true,
  runInLabels: false,
}

/** The headings of a text as parsed (Dutch unless told), written "## text" by depth. */
export function headings(input: string, options: Options = { language: 'nl' }): string[] {
  return fromText(input, options).children.flatMap((node) =>
    node.type === 'heading' && node.children[0]?.type === 'text'
      ? [`${'#'.repeat(node.depth)} ${node.children[0].value}`]
      : [],
  )
}
