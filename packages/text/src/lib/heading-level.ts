/**
 * Heading levels, inferred over the whole document so they agree. Level 1
 * is the title's; sections start at level 2.
 *
 * - in a document numbered by sections ("2", "2.3", "2.3.1"), a numbered
 *   heading takes its level from the depth of its number: "2.3.1" is two
 *   below "2"; a numbered title ("1 Report") is level 1, so its "1.1" is 2;
 * - a run of single numbers ("1.", "2.", "3.") or of a label with a number
 *   ("Stap 1", "Stap 2") in a document without section numbers is one level
 *   below the heading that stands before its first member: such runs are
 *   sibling headings inside a section;
 * - a heading directly followed by another heading opens subsections: the
 *   one after it is a level deeper;
 * - the first heading after the title is a top-level section (level 2);
 * - without section numbers, a heading followed by text sits at the lowest
 *   level of the document's outline, whose depth comes from the number of
 *   headings and from their nesting (see `outlineDepth`), but never more
 *   than one level below the heading before it; a heading that opens a run
 *   of headings, or a numbered run, sits as many levels above the lowest
 *   as the run is deep; a heading whose wrap shows a type larger than the
 *   body's sits above the lowest of three levels or more;
 * - without section numbers, the last heading of a report with a title is a
 *   top-level section when text follows it (conclusions, contact, annexes);
 * - an unnumbered heading that names a standard part of a report
 *   ("Samenvatting", "Conclusions", "Anhang") is a top-level section, unless
 *   its text recurs as a label under several topics; a run of numbered
 *   appendices ("Bijlage 1", "Bijlage 2") is top-level too;
 * - the heading just before a block of repeated labels ("Bevinding",
 *   "Aanbeveling" under each finding) is one level above the labels;
 *   three or more such topics in a row are siblings under the heading
 *   before the first (not an introduction, summary or foreword), and the
 *   heading after the last one's labels goes back to that heading's level;
 * - the heading after a foreword is a top-level section;
 * - without section numbers, a heading that nothing but its place puts at
 *   a level is followed by its siblings: after it, a heading with no other
 *   sign of its rank takes the same level, not one deeper;
 * - a run-in heading sits below the section it is in, at level 4 or deeper.
 */
import type { TypedBlock } from './block-kind.js'
import { labelBlockOpeners, labelTopicGroups } from './label-block.js'
import {
  isAppendixLabel,
  isMethodName,
  isOpeningPart,
  isPartName,
  isUndividedPart,
} from './part-name.js'

/** Shallowest level a run-in heading gets (LaTeX runs in its fourth level). */
const runInMinLevel = 4

type Depth = 1 | 2 | 3 | 4 | 5 | 6

/** Heading levels for the typed blocks. */
export interface HeadingLevels {
  /** Level of each block that is a heading, by block index. */
  levels: Map<number, Depth>
  /** Index of the block that is the document title, if any. */
  title: number | undefined
}

/**
 * Assign a level to every heading.
 *
 * @param blocks The typed blocks.
 * @param measure Characters in a full line of body text (see `Layout`).
 * @returns The levels and the title.
 */
export function assignHeadingLevels(blocks: TypedBlock[], measure: number): HeadingLevels {
  const levels = new Map<number, Depth>()
  const untitled = opensWithSection(blocks)
  const title = untitled ? undefined : findTitle(blocks)
  const numberedLevel = sectionNumbering(blocks, title)
  const groups = numberRuns(blocks, title, numberedLevel !== undefined)
  const standalone = (index: number): boolean => {
    const block = blocks[index]
    return block?.kind === 'heading' && block.runIn === undefined && index !== title
  }
  // Unnumbered headings directly followed by other headings open sections
  // with subsections: each heading of the run is one level below the one
  // before it. `parents` holds how many headings follow each.
  const parents = new Map<number, number>()
  // Counted from the end, so a long run costs no more than a short one.
  let following = 0
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]
    if (
      block?.kind === 'heading' &&
      block.numbering === undefined &&
      standalone(index) &&
      following > 0
    )
      parents.set(index, following)
    following = standalone(index) ? following + 1 : 0
  }
  // The topic above a block of repeated labels opens them as a heading
  // directly above another would.
  const openers = numberedLevel === undefined ? labelBlockOpeners(blocks, standalone) : []
  // For groups of topics the labels may also be run in ("Wat we zagen: …",
  // as LaTeX sets its fourth level): the topics are still on their own
  // lines. (Such topics are not promoted above their labels: run-in
  // headings are placed below their section anyway.)
  const labelHeading = (index: number): boolean =>
    blocks[index]?.kind === 'heading' && index !== title
  const topicOpeners =
    numberedLevel === undefined
      ? labelBlockOpeners(blocks, labelHeading).filter((index) => standalone(index))
      : []
  // Topics over the same labels are siblings, like the members of a
  // numbered run, and what stands before the first of them is their
  // parent: a report that treats several topics alike groups them under
  // one section ("Bevindingen per thema" over "Bereikbaarheid", "De hulp
  // zelf"). Not an introduction or summary: it introduces the report, and
  // the topics after it are its siblings. The first heading after the
  // group (after the last topic's labels) is no topic: it leaves the group
  // for the level of the group's parent. `exits` holds the parent of each
  // such heading (undefined: the group is top-level).
  const exits = new Map<number, number | undefined>()
  for (const { topics, exit } of labelTopicGroups(blocks, topicOpeners, labelHeading)) {
    let anchor: number | undefined = (topics[0] as number) - 1
    while (anchor >= 0 && !(standalone(anchor) || anchor === title)) anchor--
    if (anchor < 0 || anchor === title || isOpeningPart(blocks[anchor]?.text ?? ''))
      anchor = undefined
    const run: NumberRun = { anchor, nested: true }
    for (const topic of topics) if (!groups.has(topic)) groups.set(topic, run)
    if (exit !== undefined && standalone(exit) && !groups.has(exit)) exits.set(exit, anchor)
  }
  // The heading before a run of numbered headings opens them, as the
  // first of a run of headings opens the next: it stands as many levels
  // above the lowest as the deeper of the two shows ("Aanpak" directly
  // over "Stap 1", whose members have subsections, is two above them).
  for (const { anchor, nested } of groups.values()) {
    if (anchor === undefined) continue
    const block = blocks[anchor]
    if (block?.kind === 'heading' && block.numbering === undefined)
      parents.set(anchor, Math.max(parents.get(anchor) ?? 0, nested ? 2 : 1))
  }
  for (const opener of openers) if (!parents.has(opener)) parents.set(opener, 1)
  const runExits = numberRunExits(blocks, groups, standalone)
  const parts = partNames(blocks, standalone, title)
  // A topic over its labels shows two levels, as a heading over another does.
  const nesting = Math.max(nestingDepth(blocks, title, groups), openers.length > 0 ? 2 : 1)
  const leafLevel =
    numberedLevel === undefined
      ? topLevel + outlineDepth(blocks, title, nesting) - 1
      : parents.size > 0
        ? 3
        : 2
  if (title !== undefined) levels.set(title, 1)

  // The last heading on its own line, when text follows it and it follows
  // text: a whole report closes with a top-level section (conclusions,
  // contacts, annexes), not with a subsection of its last chapter; plain
  // text shows no rank, so this is the one heading after the first whose
  // level is known without nesting.
  let closing: number | undefined
  for (let index = blocks.length - 1; index >= 0; index--) {
    if (!standalone(index)) continue
    if (index + 1 < blocks.length && !standalone(index - 1)) closing = index
    break
  }
  let previousLevel = 1
  // Level of the last numbered section, in a document numbered by sections.
  let lastNumbered: number | undefined
  // Whether a heading on its own line has come yet (the title aside).
  let opened = false
  // Whether the heading before got its level from its place alone.
  let previousGuessed = false
  // Level of the last heading that stands on its own line.
  let sectionLevel = 1
  // Index of the last heading that stands on its own line (not the title).
  let previousStandalone: number | undefined
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading' || index === title) return
    const afterHeading = blocks[index - 1]?.kind === 'heading' && index - 1 !== title
    let level: number
    // Whether nothing but its place sets this heading's level.
    let guessed = false
    const group = groups.get(index)
    const run = parents.get(index)
    // Run-in headings sit below the section they are in, at level 4 or
    // deeper: typesetters run in only their lowest levels.
    if (block.runIn !== undefined) level = Math.max(runInMinLevel, sectionLevel + 1)
    else if (block.numbering && numberedLevel) level = numberedLevel(block.numbering)
    else if (group) {
      const anchor = group.anchor === undefined ? undefined : levels.get(group.anchor)
      level = (anchor ?? topLevel - 1) + 1
      // A run of numbered headings is part of the outline: it does not
      // reach below the outline's lowest level.
      if (numberedLevel === undefined) level = Math.min(level, leafLevel)
    } else if (afterHeading) {
      level = previousLevel + 1
      // The first subsection, directly under its parent, is followed by
      // its siblings: the heading after its text, with nothing else to
      // place it, takes its level, not one deeper.
      guessed = true
    }
    // The first section heading opens a top-level part: nothing stands
    // above it but the title.
    else if (!opened && title !== undefined) level = topLevel
    else if (index === closing && title !== undefined && numberedLevel === undefined)
      level = topLevel
    // A report's standard parts are its top-level sections.
    else if (parts.has(index)) level = topLevel
    // A foreword or a summary has no subsections: the heading after its
    // text is its sibling, a top-level section whose level is known, as
    // the first heading's is.
    else if (
      numberedLevel === undefined &&
      previousStandalone !== undefined &&
      parts.has(previousStandalone) &&
      isUndividedPart(blocks[previousStandalone]?.text ?? '')
    )
      level = topLevel
    // The heading after a group of topics over the same labels opens no
    // labels, so it is no topic, and no label: it leaves the group for its
    // parent's level (a numbered run gets no such rule: reports mix
    // numbered and unnumbered siblings). Its level is known, so headings
    // after it may open below it.
    else if (exits.has(index)) {
      const anchor = exits.get(index)
      level = (anchor === undefined ? undefined : levels.get(anchor)) ?? topLevel
    } else if (run !== undefined) level = numberedLevel === undefined ? leafLevel - run : topLevel
    // The heading after a numbered run whose members are not all divided
    // leaves the run: it is no subsection of the last member, at most the
    // members' sibling. Only its place says so: headings after it are its
    // siblings, as after any guess.
    else if (runExits.has(index)) {
      const member = levels.get(runExits.get(index) as number) ?? leafLevel
      level = previousGuessed ? Math.min(previousLevel, member) : member
      guessed = true
    }
    // A heading opens at most one level below the one before it. In a
    // document numbered by sections, an unnumbered heading inside one is its
    // subsection.
    else if (numberedLevel === undefined) {
      // After a heading whose level is known (the first, a part name, one
      // that opens subsections), its subsections begin; after one whose
      // level is only a guess, its siblings follow: sections of a level
      // come in runs, and sinking a level at every guess buries the rest
      // of the document at the lowest level.
      level = previousGuessed ? previousLevel : Math.min(leafLevel, previousLevel + 1)
      guessed = opened
    } else level = lastNumbered === undefined ? leafLevel : lastNumbered + 1
    // In an outline of three levels or more the lowest is set near the
    // body size; a heading that wraps well short of the measure is set
    // larger, so it stands above the lowest level.
    if (
      numberedLevel === undefined &&
      leafLevel >= topLevel + 2 &&
      block.runIn === undefined &&
      displayType(block, measure)
    )
      level = Math.min(level, leafLevel - 1)
    const clamped = Math.min(6, Math.max(topLevel, level)) as Depth
    levels.set(index, clamped)
    previousLevel = clamped
    previousGuessed = guessed
    if (block.runIn === undefined) {
      previousStandalone = index
      if (block.numbering && numberedLevel) lastNumbered = clamped
      // Run-in headings sit below the section they are in: in a document
      // numbered by sections, the last numbered one, not an unnumbered
      // heading inside it.
      if (numberedLevel === undefined || block.numbering) sectionLevel = clamped
      opened = true
    }
  })
  // Levels are counted from a title at level 1; a text that opens with its
  // first section has none in it, so its top-level sections are level 1.
  if (untitled)
    for (const [index, level] of levels) levels.set(index, Math.max(1, level - 1) as Depth)
  return { levels, title }
}

/** Level of a document's top-level sections (the title is level 1). */
const topLevel = 2

/**
 * Most top-level sections a flat outline has: a report with more headings
 * than this divides its sections into subsections. Reports keep their top
 * level short: of 21 unnumbered documents (the evaluation corpus's sixteen
 * and five held-out ones), none has more than 9 top-level sections (4 to
 * 9); the flat ones have 8 headings, the others 13 or more. A flat reading
 * of ten headings or more would give the report more top-level sections
 * than reports have, so the limit is that largest top level, not a point
 * fitted in the gap: a report of a dozen headings (four chapters of two
 * sections, or a heading lost to a wrap) has two levels.
 */
const flatMaxHeadings = 9

/**
 * Most headings an outline of two levels has (a dozen sections of about
 * three subsections); a report with more has a third level. In the same 21
 * documents the ones with two levels (some with a few level-4 headings)
 * have 13 to 33 headings and the ones whose lowest level holds half the
 * headings or more 41 to 110: the limit sits in that gap, close to its
 * upper side (41), so a shorter report with three full levels is read
 * with two unless its nesting (a heading over another, a numbered run,
 * topics over labels) shows the third.
 */
const twoLevelMaxHeadings = 40

/**
 * How many unnumbered levels the document's outline has below the title.
 * Pdftotext keeps no type size, so the text shows few signs of a heading's
 * rank; but the outline must be deep enough for the headings it holds:
 * reports have a dozen or fewer top-level sections, each of a few
 * subsections. A heading directly followed by another shows two levels;
 * when run-in headings form the lowest level, the headings on their own
 * lines stand above them.
 */
function outlineDepth(blocks: TypedBlock[], title: number | undefined, nesting: number): number {
  let headings = 0
  let runIns = 0
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading' || index === title) return
    if (block.runIn === undefined) headings++
    else runIns++
  })
  let depth = headings > twoLevelMaxHeadings ? 3 : headings > flatMaxHeadings ? 2 : 1
  depth = Math.max(depth, nesting)
  // A tenth of the headings or more run in: they are a level of their own.
  if (runIns >= minRunInLevel && runIns * 10 >= headings + runIns)
    depth = Math.min(depth, runInMinLevel - topLevel)
  return depth
}

/**
 * Levels the document shows by nesting: a heading directly followed by
 * another shows two levels, and one more when a run of numbered headings
 * follows them. Runs of three or more unnumbered headings are left out: a
 * run of short lines that long is more often a list taken for headings.
 */
function nestingDepth(
  blocks: TypedBlock[],
  title: number | undefined,
  groups: ReadonlyMap<number, NumberRun>,
): number {
  const standalone = (index: number): boolean => {
    const block = blocks[index]
    return block?.kind === 'heading' && block.runIn === undefined && index !== title
  }
  // A numbered run under a heading shows two levels, three when its members
  // have subsections of their own; a run under the title (or nothing) is
  // itself the top level, one level less.
  let depth = 1
  for (const run of groups.values()) {
    const under = run.anchor !== undefined && run.anchor !== title ? 1 : 0
    depth = Math.max(depth, under + (run.nested ? 2 : 1))
  }
  blocks.forEach((_, index) => {
    // Whole runs only: the first heading of one follows text (or the title).
    if (!standalone(index) || standalone(index - 1)) return
    let plain = 0
    while (plain <= 2 && standalone(index + plain) && !groups.has(index + plain)) plain++
    if (plain > 2) return
    const numbered = groups.has(index + plain) ? 1 : 0
    depth = Math.max(depth, plain + numbered)
  })
  return depth
}

/**
 * The heading that leaves a numbered run, by the run's last member. A run's
 * members are parallel parts (the steps of a method, the phases of a
 * plan), built alike: the last is divided into subsections when most of the
 * members before it are. When half of them or more have none (though some
 * member has, or the run would not be nested), the heading after the last
 * member (with its text between) is no subsection of it but the next part
 * of the text.
 *
 * @returns For each heading that leaves a run, the run's last member.
 */
function numberRunExits(
  blocks: TypedBlock[],
  groups: ReadonlyMap<number, NumberRun>,
  standalone: (index: number) => boolean,
): Map<number, number> {
  const members = new Map<NumberRun, number[]>()
  for (const [index, run] of groups) {
    const list = members.get(run)
    if (list) list.push(index)
    else members.set(run, [index])
  }
  const nextHeading = (index: number): number => {
    let next = index + 1
    while (next < blocks.length && !standalone(next)) next++
    return next
  }
  const exits = new Map<number, number>()
  for (const [run, list] of members) {
    if (!run.nested || list.length < 2) continue
    list.sort((a, b) => a - b)
    const last = list.at(-1) as number
    // The members before the last that hold subsections (another heading
    // stands before the next member): the last is built like most of them.
    const earlier = list.slice(0, -1)
    const divided = earlier.filter((member, at) => nextHeading(member) !== list[at + 1]).length
    const exit = nextHeading(last)
    if (
      divided * 2 <= earlier.length &&
      exit < blocks.length &&
      exit > last + 1 &&
      !groups.has(exit)
    )
      exits.set(exit, last)
  }
  return exits
}

/** Run-in headings needed before they count as a level of the outline. */
const minRunInLevel = 3

/**
 * The first block is the title when it is a heading on the first page
 * (unless the text opens with its first section: see `opensWithSection`).
 */
function findTitle(blocks: TypedBlock[]): number | undefined {
  const first = blocks[0]
  return first?.kind === 'heading' && first.runIn === undefined && first.block.lines[0]?.page === 1
    ? 0
    : undefined
}

/**
 * Whether the document opens with its first section rather than a title:
 * its first block is a numbered heading and a later heading has a number of
 * as many parts ("1. Purpose" … "2. Scope"). A title has no sibling; a
 * numbered one ("1 Report", a typesetter numbering every level) has only
 * subsections. The text then has no title, and its sections are the
 * outline's top level, level 1.
 */
function opensWithSection(blocks: TypedBlock[]): boolean {
  const first = blocks[0]
  if (first?.kind !== 'heading' || first.runIn !== undefined || !first.numbering) return false
  const parts = first.numbering.length
  return blocks.some(
    (block, index) =>
      index > 0 &&
      block.kind === 'heading' &&
      block.runIn === undefined &&
      block.numbering?.length === parts,
  )
}

/**
 * For a document numbered by sections (some number has two or more parts,
 * "2.3"), the level of a numbered heading from its number; otherwise
 * `undefined`.
 */
function sectionNumbering(
  blocks: TypedBlock[],
  title: number | undefined,
): ((numbering: number[]) => number) | undefined {
  const numbered = blocks.flatMap((block, index) =>
    block.kind === 'heading' && block.numbering && block.runIn === undefined && index !== title
      ? [{ numbering: block.numbering, index }]
      : [],
  )
  if (!numbered.some(({ numbering }) => numbering.length > 1)) return undefined
  const minParts = Math.min(...numbered.map(({ numbering }) => numbering.length))
  const titleBlock = title === undefined ? undefined : blocks[title]
  const titleParts =
    titleBlock?.kind === 'heading' && titleBlock.numbering ? titleBlock.numbering.length : undefined
  // A numbered title ("1 Report") is level 1: its sections are one deeper.
  if (titleParts !== undefined) return (numbering) => 1 - titleParts + numbering.length
  // Does an unnumbered heading introduce a run of top-level numbered ones?
  // Only one directly above the first of them ("Deel I" over "1", "1.1"):
  // an unnumbered section with text of its own before chapter 1 (a
  // foreword, a summary) is the chapters' sibling, not their parent.
  const introduced = blocks.some((block, index) => {
    const next = blocks[index + 1]
    return (
      index !== title &&
      block.kind === 'heading' &&
      block.runIn === undefined &&
      block.numbering === undefined &&
      next?.kind === 'heading' &&
      next.numbering?.length === minParts
    )
  })
  const base = introduced ? 3 - minParts : 2 - minParts
  return (numbering) => base + numbering.length
}

/** A run of numbered headings: what it sits under and whether its members have subsections. */
interface NumberRun {
  /** Index of the heading before the run's first member, if any. */
  anchor: number | undefined
  /** Whether other headings stand between members (their subsections). */
  nested: boolean
}

/**
 * Runs of single-numbered headings ("1.", "2.", "3.") and of headings with
 * one label and a number ("Fase 1 — …", "Fase 2 — …"): each run counts on
 * from its first member; a number that does not follow on starts a new run.
 * A label needs two members to make a run.
 */
function numberRuns(
  blocks: TypedBlock[],
  title: number | undefined,
  sectionNumbered: boolean,
): Map<number, NumberRun> {
  const runs = new Map<number, NumberRun>()
  if (sectionNumbered) return runs
  const current = new Map<string, { run: NumberRun; last: number; members: number[] }>()
  const labelled = new Map<NumberRun, number[]>()
  let previousHeading: number | undefined
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading' || block.runIn !== undefined) return
    let key = ''
    let value = block.numbering?.length === 1 ? block.numbering[0] : undefined
    if (value === undefined) {
      const match = labelNumber.exec(block.text)
      if (match) {
        key = (match[1] as string).toLowerCase()
        value = Number(match[2])
      }
    }
    if (index !== title && value !== undefined) {
      let entry = current.get(key)
      if (!entry || value !== entry.last + 1) {
        entry = { run: { anchor: previousHeading, nested: false }, last: value, members: [] }
        current.set(key, entry)
      } else {
        entry.last = value
        // Headings between two members are the members' subsections.
        if (entry.members.at(-1) !== previousHeading) entry.run.nested = true
      }
      entry.members.push(index)
      runs.set(index, entry.run)
      if (key !== '') labelled.set(entry.run, entry.members)
      // Appendices are top-level parts, after the last chapter: numbered
      // ("Bijlage 1", "Bijlage 2"), they are a run at the top level, not
      // subsections of the chapter before the first of them.
      if (isAppendixLabel(key)) entry.run.anchor = undefined
    }
    previousHeading = index
  })
  // A label with a number on one heading alone is no run ("Groen in wijk 4").
  for (const members of labelled.values()) {
    if (members.length < 2) for (const member of members) runs.delete(member)
  }
  return runs
}

/** A label of one to four words and a number: "Stap 2: …", "Fase 1 — …", "Ronde 3". */
const labelNumber = /^(\p{Lu}\p{Ll}+(?: \p{Ll}+){0,3}) (\d{1,2})(?=$|[:.]? |[:.]$| [–—-] )/u

/**
 * Share of the measure below which a wrapped heading's first line shows a
 * display type: body-size bold wraps near the measure, while a type a third
 * larger or more fits two thirds of the characters at most.
 */
const displayShare = 0.66

/** Whether a heading wraps so short of the measure that its type is larger than the body's. */
function displayType(block: TypedBlock, measure: number): boolean {
  const [first, second] = block.block.lines
  if (!first || !second || measure <= 0) return false
  return first.text.trimEnd().length < measure * displayShare
}

/**
 * Unnumbered headings that name a standard part of a whole report (one with
 * a title): "Samenvatting", "Conclusions and recommendations", "Anhang".
 * A name that recurs as a heading is a label under several topics (a
 * "Conclusie" in every chapter), not a part.
 */
function partNames(
  blocks: TypedBlock[],
  standalone: (index: number) => boolean,
  title: number | undefined,
): Set<number> {
  const parts = new Set<number>()
  if (title === undefined) return parts
  const counts = new Map<string, number>()
  blocks.forEach((block, index) => {
    if (!standalone(index)) return
    const key = block.text.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + 1)
  })
  // The first heading naming the study's design or method since the last
  // part of another kind: a report has one method part, so a later name of
  // it ("Werkwijze" after "Aanleiding en opzet van het onderzoek",
  // "Methode" after "Opzet") is a section of the first, and the first is
  // the part.
  let method: number | undefined
  blocks.forEach((block, index) => {
    if (!standalone(index) || block.kind !== 'heading' || block.numbering !== undefined) return
    const named = isMethodName(block.text)
    if (counts.get(block.text.toLowerCase()) === 1 && isPartName(block.text)) {
      if (named && method !== undefined) parts.add(method)
      else {
        parts.add(index)
        method = named ? index : undefined
      }
    } else if (named && method === undefined) method = index
  })
  return parts
}
