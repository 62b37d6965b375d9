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

/**
 * Topics a group needs: two sections may share a label or two by chance
 * (two web pages that both show "Home"), three treated alike are a pattern.
 */
const minTopics = 3

/** Parallel topics over the same labels, and the heading that leaves them. */
export interface TopicGroup {
  /** Block indices of the topics, in document order. */
  topics: number[]
  /**
   * Block index of the first heading after the last topic's labels, if
   * any: it is no topic (it opens no labels) nor one of the labels.
   */
  exit: number | undefined
}

/**
 * Topics that open blocks of the same labels, one after another: parallel
 * topics treated the same way ("Bereikbaarheid", "De hulp zelf", each over
 * "Wat inwoners zeggen", "Onze beoordeling") are siblings, as the members
 * of a numbered run are. Between two topics of a group stand only the
 * first one's labels (a heading between two labels counts as one of them,
 * "Inloggen met DigiD" where the other topics have "Inloggen").
 *
 * @param blocks The typed blocks.
 * @param openers The headings that open a block of labels (`labelBlockOpeners`).
 * @param standalone Whether a block is a heading on its own line.
 * @returns The groups of three topics or more.
 */
export function labelTopicGroups(
  blocks: readonly TypedBlock[],
  openers: readonly number[],
  standalone: (index: number) => boolean,
): TopicGroup[] {
  const counts = new Map<string, number>()
  blocks.forEach((block, index) => {
    if (!standalone(index)) return
    const key = block.text.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + 1)
  })
  const repeated = (index: number): boolean =>
    (counts.get((blocks[index]?.text ?? '').toLowerCase()) ?? 0) > 1
  const nextHeading = (index: number): number => {
    let next = index + 1
    while (next < blocks.length && !standalone(next)) next++
    return next
  }
  // A heading that belongs to the labels after `index`: a label, or one
  // standing just before a label.
  const inLabels = (index: number): boolean => repeated(index) || repeated(nextHeading(index))
  const runs: number[][] = []
  let current: number[] = []
  let currentLabel = ''
  for (const opener of openers) {
    const label = (blocks[nextHeading(opener)]?.text ?? '').toLowerCase()
    const previous = current.at(-1)
    let adjacent = previous !== undefined && label === currentLabel
    for (let index = nextHeading(previous ?? opener); adjacent && index < opener; ) {
      if (!inLabels(index)) adjacent = false
      index = nextHeading(index)
    }
    if (adjacent) current.push(opener)
    else {
      runs.push(current)
      current = [opener]
      currentLabel = label
    }
  }
  runs.push(current)
  const groups: TopicGroup[] = []
  for (const topics of runs) {
    const first = topics[0]
    const last = topics.at(-1)
    if (first === undefined || last === undefined || topics.length < minTopics) continue
    let exit: number | undefined = nextHeading(last)
    while (exit < blocks.length && inLabels(exit)) exit = nextHeading(exit)
    groups.push({ topics, exit: exit < blocks.length ? exit : undefined })
  }
  return groups
}
