/**
 * List markers at the start of a line: bullets (•, ▪, ◦, –, -, *, o, ·, ‣,
 * ⁃, ∗, ⋆, ●, ■, □, ►) and numbers ("1.", "1)", "a)", "(i)", "iv.").
 */

/** A list marker found at the start of a line. */
export interface ListMarker {
  /** Whether the list is numbered. */
  ordered: boolean
  /** The marker as written: "•", "1.", "a)". */
  marker: string
  /**
   * The marker's family, to tell nested lists apart: the bullet character,
   * or "1." / "1)" / "a)" / "(i)" for numbers.
   */
  family: string
  /** The item number for ordered markers (letters and romans counted from 1). */
  number?: number
  /** Characters from the line start to the item text. */
  length: number
}

// Bullets that only ever mark list items. "∗" (U+2217) is LaTeX's
// third-level itemize bullet ($\ast$), "⋆" (U+22C6) a star some classes use,
// "⁃" (U+2043) the hyphen bullet: math operators and a bullet no word starts with.
const strongBullets = '•▪◦‣⁃∗⋆●■□►▸○◆◇➢✓'
// Characters that mark items but also start ordinary text ("- zoals", "o ja").
const weakBullets = '-–—*o·'

// Roman numbers up to 39, well formed ("iv", not "iiii" or "vv").
const roman = /^x{0,3}(?:ix|iv|v?i{0,3})$/

const numbered = /^(\(?)(\d{1,3}|[a-z]|[ivx]{1,5})([.)])\s+(?=\S)/

/**
 * Read the list marker at the start of a line.
 *
 * @param text The line, trimmed.
 * @returns The marker, or `undefined` when the line starts with none.
 */
export function readListMarker(text: string): ListMarker | undefined {
  const marker = readOneMarker(text)
  if (!marker) return undefined
  // A bullet doubled by extraction ("• – tekst", "1. • tekst") is one marker.
  let length = marker.length
  for (
    let next = readOneMarker(text.slice(length));
    next;
    next = readOneMarker(text.slice(length))
  ) {
    length += next.length
  }
  // A weak marker with nothing after it is text, not a marker.
  if (isWeakMarker(marker) && text.slice(length).trim() === '') return undefined
  return { ...marker, length }
}

function readOneMarker(text: string): ListMarker | undefined {
  const first = text.charAt(0)
  // A strong bullet may stand alone, its text on the next line.
  if (strongBullets.includes(first) && text !== '') {
    const length = /^.\s*/u.exec(text)?.[0].length ?? 1
    return { ordered: false, marker: first, family: first, length }
  }
  // "o" is a bullet only before a capital or digit: before a lowercase word
  // it is more likely the word itself (the Dutch interjection, a variable).
  if (first === 'o' && !/^o\s+[\p{Lu}\p{N}]/u.test(text)) return undefined
  if (weakBullets.includes(first) && /^.\s+\S/u.test(text)) {
    const length = /^.\s+/u.exec(text)?.[0].length ?? 2
    return { ordered: false, marker: first, family: first === '—' ? '–' : first, length }
  }
  const match = numbered.exec(text)
  if (!match) return undefined
  const [whole, open, value, close] = match as unknown as [string, string, string, string]
  // "(1." is not a marker; "(i)" and "i)" are.
  if (open === '(' && close !== ')') return undefined
  let number: number
  let family: string
  if (/^\d+$/.test(value)) {
    number = Number(value)
    family = `1${close}`
  } else if (roman.test(value) && (value.length > 1 || value === 'i')) {
    number = romanValue(value)
    family = `${open}i${close}`
  } else if (value.length === 1) {
    number = value.charCodeAt(0) - 96
    family = `${open}a${close}`
  } else return undefined
  // A lone letter with a full stop is an initial ("a. de Vries"), not an item.
  if (family === 'a.') return undefined
  return { ordered: true, marker: whole.trim(), family, number, length: whole.length }
}

/**
 * Whether a marker is one that also starts ordinary text, so it needs
 * support from the layout to count.
 *
 * @param marker The marker.
 * @returns Whether it is weak.
 */
export function isWeakMarker(marker: ListMarker): boolean {
  return marker.ordered || weakBullets.includes(marker.marker)
}

function romanValue(value: string): number {
  const digits: Record<string, number> = { i: 1, v: 5, x: 10 }
  let total = 0
  for (let index = 0; index < value.length; index++) {
    const current = digits[value[index] as string] ?? 0
    const next = digits[value[index + 1] as string] ?? 0
    total += current < next ? -current : current
  }
  return total
}
