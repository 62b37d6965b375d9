/**
 * Blocks of repeated labels. A report that treats several parallel topics
 * the same way repeats the same subheadings under each ("Bevinding", "Wat
 * betekent dit?", "Aanbeveling"; "Inloggen", "E-mail"): the heading just
 * before such a block is the topic they sit under, one level above them.
 */
import type { TypedBlock } from './block-kind.js'

/**
 * Headings that open a block of repeated labels. The block's first label
 * must open it wherever it stands (never after another label) and be
 * followed by another label somewhere: one repeated heading alone
 * ("Checklist" closing each section) may as well be its neighbours'
 * sibling, and a heading between two labels of a block ("Inloggen met
 * DigiD" among the labels) is one of them, not their topic.
 *
 * @param blocks The typed blocks.
 * @param standalone Whether a block is a heading on its own line (not the
 *   title, not run in).
 * @returns The block indices of the headings that open a block of labels.
 */
export function labelBlockOpeners(
  blocks: readonly TypedBlock[],
  standalone: (index: number) => boolean,
): number[] {
  const headings: number[] = []
  blocks.forEach((_, index) => {
    if (standalone(index)) headings.push(index)
  })
  const keys = headings.map((index) => (blocks[index]?.text ?? '').toLowerCase())
  const counts = new Map<string, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  const repeated = (at: number): boolean => (counts.get(keys[at] ?? '') ?? 0) > 1
  // Labels of which some occurrence follows another label, and labels of
  // which some occurrence is followed by another label.
  const preceded = new Set<string>()
  const followed = new Set<string>()
  keys.forEach((key, at) => {
    if (!repeated(at)) return
    if (at > 0 && repeated(at - 1) && keys[at - 1] !== key) preceded.add(key)
    if (at + 1 < keys.length && repeated(at + 1) && keys[at + 1] !== key) followed.add(key)
  })
  const openers: number[] = []
  headings.forEach((index, at) => {
    const label = keys[at + 1]
    if (
      label !== undefined &&
      !repeated(at) &&
      repeated(at + 1) &&
      // Text stands between the topic and its first label: a heading
      // directly above another is already its parent.
      !standalone(index + 1) &&
      !preceded.has(label) &&
      followed.has(label)
    )
      openers.push(index)
  })
  return openers
}
