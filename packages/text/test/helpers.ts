import type { Line } from '../src/lib/lines.js'
import { splitLines } from '../src/lib/lines.js'
import { normalizeText } from '../src/lib/normalize.js'

/** Lines of a hand-written text, as the parser's stages see them. */
export function linesOf(text: string): Line[] {
  return splitLines(normalizeText(text))
}
