/**
 * Line breaks inside a block: each is a space (soft wrap), a join (a lost
 * hyphen, or a soft hyphen), a join dropping a hyphenation hyphen, a join
 * keeping a genuine hyphen, or a kept hyphen with its space (suspended
 * compound).
 */
import { type HyphenContext, type HyphenVerdict, repairHyphen } from './hyphen-repair.js'
import type { Layout } from './layout.js'
import {
  endsInLetterOrNumber,
  isLetterAt,
  leadingLetters,
  lowerCase,
  trailingLetters,
} from './letters.js'
import { firstWord, lastWord, startsLowercase } from './line-edges.js'
import type { Line } from './lines.js'
import { repairLostHyphen } from './lost-hyphen.js'

/** How two lines of one block are put together. */
export type BreakKind = 'space' | 'join' | 'dropHyphen' | 'keepHyphen' | 'suspend'

/** A break decision with what decided it. */
export interface BreakDecision {
  /** How the lines are joined. */
  kind: BreakKind
  /**
   * The hyphen verdict, when the line ended in a hyphen or may have lost
   * one.
   */
  hyphen?: HyphenVerdict
}

/**
 * Decide how to join a line to the next one in the same block.
 *
 * @param line The line before the break.
 * @param next The line after it.
 * @param layout The document's layout.
 * @param context Language and vocabulary for hyphen repair.
 * @returns The decision.
 */
export function decideBreak(
  line: Line,
  next: Line,
  layout: Layout,
  context: HyphenContext,
): BreakDecision {
  if (line.softHyphen) return plain.join
  const left = lastWord(line.text)
  const right = firstWord(next.text)
  if (left.length > 1 && left.endsWith('-') && endsInLetterOrNumber(left, left.length - 1)) {
    const verdict = repairHyphen(left, right, context)
    const kind: BreakKind =
      verdict.decision === 'drop'
        ? 'dropHyphen'
        : verdict.decision === 'keep'
          ? 'keepHyphen'
          : 'suspend'
    return withVerdict(kind, verdict)
  }
  // A dash set without spaces ("2024–25", "Noord–Zuid", "the plan—which")
  // is a break point to both LaTeX and LibreOffice, and the break adds no
  // space: the lines join and the dash stays. A dash standing apart ("de
  // raad – en") is a word of its own and ends with the space before it.
  // (The dash is looked for before the pattern, which is tried from every
  // place of the word.)
  if (
    (left.endsWith('–') || left.endsWith('—')) &&
    /[\p{L}\p{N}][–—]$/u.test(left) &&
    /^[\p{L}\p{N}]/u.test(right)
  )
    return plain.join
  if (!isLetterAt(line.text, line.text.length - 1) || !isLetterAt(next.text, 0)) return plain.space
  if (layout.trailingSpaceMarksWrap) {
    // The document marks soft wraps with a trailing space; a word that runs
    // on into a lowercase line without one lost its hyphen on copy, and so
    // did a name the document writes joined elsewhere ("Mijn⏎Plan").
    if (line.trailingSpace) return plain.space
    if (startsLowercase(next.text)) return plain.join
    const head = trailingLetters(left)
    const tail = leadingLetters(right)
    // A word in capitals cut in two ("GOVER⏎NANCE").
    if (/^\p{Lu}{2,}$/u.test(head) && /^\p{Lu}{2,}$/u.test(tail)) return plain.join
    const joined = lowerCase(`${head}${tail}`)
    return (context.vocabulary.get(joined) ?? 0) > 0 ? plain.join : plain.space
  }
  const verdict = repairLostHyphen(line.text, next.text, context)
  return withVerdict(verdict.decision === 'join' ? 'join' : 'space', verdict)
}

/**
 * Decisions without a verdict, one object per kind. A document has a
 * decision at every line break, kept until the tree is built, so decisions
 * that carry nothing of their own break are shared (and frozen).
 */
const plain = {
  space: Object.freeze({ kind: 'space' }),
  join: Object.freeze({ kind: 'join' }),
} satisfies Record<string, BreakDecision>

/**
 * Shared decisions for the certain verdicts, which are shared as well. Weak,
 * so that a certain verdict made for one break only (not one of the shared
 * ones) does not stay in it after its document.
 */
const certainDecisions = new WeakMap<HyphenVerdict, BreakDecision>()

/** A decision with its verdict; shared when the verdict is a certain one. */
function withVerdict(kind: BreakKind, verdict: HyphenVerdict): BreakDecision {
  if (verdict.uncertain) return { kind, hyphen: verdict }
  // Each verdict's decision gives one kind, so the verdict alone is the key;
  // the kind is checked all the same.
  const shared = certainDecisions.get(verdict)
  if (shared?.kind === kind) return shared
  const decision = Object.freeze({ kind, hyphen: verdict })
  certainDecisions.set(verdict, decision)
  return decision
}

/**
 * Join two pieces of text as a break decision says.
 *
 * @param before Text up to the break.
 * @param after Text after it.
 * @param kind The decision.
 * @returns The joined text.
 */
export function applyBreak(before: string, after: string, kind: BreakKind): string {
  switch (kind) {
    case 'space':
    case 'suspend':
      return `${before} ${after}`
    case 'join':
    case 'keepHyphen':
      return before + after
    case 'dropHyphen':
      return before.slice(0, -1) + after
    default: {
      const unreachable: never = kind
      return unreachable
    }
  }
}

/**
 * Join lines as their break decisions say: what `applyBreak` gives, break
 * by break, from the first line on (a missing line counts as empty). The
 * pieces are gathered and joined once: a hyphen dropped from a text built
 * up by joining would copy all of it so far, at every dropped hyphen, which
 * grows with the square of a block's length.
 *
 * @param lines The lines (their text).
 * @param breaks The decision at each break, in order.
 * @returns The joined text.
 */
export function joinBrokenLines(
  lines: readonly { readonly text: string }[],
  breaks: readonly { readonly kind: BreakKind }[],
): string {
  return brokenLinePieces(lines, breaks).join('')
}

/**
 * The pieces `joinBrokenLines` joins, in order: for a caller that joins them
 * its own way.
 *
 * @param lines The lines (their text).
 * @param breaks The decision at each break, in order.
 * @returns The pieces; joined, they are `joinBrokenLines`'s text.
 */
export function brokenLinePieces(
  lines: readonly { readonly text: string }[],
  breaks: readonly { readonly kind: BreakKind }[],
): string[] {
  const parts: string[] = [lines[0]?.text ?? '']
  for (let index = 0; index < breaks.length; index++) {
    const kind = (breaks[index] as { kind: BreakKind }).kind
    if (kind === 'dropHyphen') dropLastCharacter(parts)
    else if (kind === 'space' || kind === 'suspend') parts.push(' ')
    parts.push(lines[index + 1]?.text ?? '')
  }
  return parts
}

/** Take the last code unit off pieces of text, as `slice(0, -1)` of their join would. */
function dropLastCharacter(parts: string[]): void {
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  const last = parts.pop()
  if (last !== undefined) parts.push(last.slice(0, -1))
}
