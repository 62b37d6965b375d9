/**
 * The tree: typed blocks to mdast, with every node's position pointing into
 * the original input.
 */

import type { DocumentMetadata } from '@kopij/ast'
import {
  footnoteDefinition,
  footnoteReference,
  heading,
  list,
  listItem,
  paragraph,
  root,
  text,
} from '@kopij/ast'
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import type { Position } from 'unist'
import type { TypedBlock } from './block-kind.js'
import type { Block } from './blocks.js'
import { findReference } from './footnote.js'
import type { HeadingLevels } from './heading-level.js'

/** A footnote with its text repaired. */
export interface NoteBlock {
  /** Its number, as printed at its reference. */
  number: number
  /** Its place among the document's notes (1-based): its identifier. */
  ordinal: number
  /** Its lines and breaks. */
  block: Block
  /** Its repaired text, without the number. */
  text: string
}

/** Turns an offset in the normalised text into a position in the input. */
export type PositionOf = (start: number, end: number) => Position

/**
 * Build the tree.
 *
 * @param blocks The typed blocks.
 * @param levels Their heading levels.
 * @param positionOf Offset to position conversion.
 * @param metadata Document metadata.
 * @param notes The footnotes, in order.
 * @returns The root.
 */
export function buildTree(
  blocks: TypedBlock[],
  levels: HeadingLevels,
  positionOf: PositionOf,
  metadata: DocumentMetadata,
  notes: NoteBlock[] = [],
): Root {
  const children: RootContent[] = []
  const where = (block: Block): Position => {
    const first = block.lines[0]
    const last = block.lines.at(-1)
    return positionOf(first?.start ?? 0, last?.end ?? 0)
  }
  // Footnotes whose reference is still to come, in order.
  const pending = [...notes]
  const content = (value: string): PhrasingContent[] => withReferences(value, pending)
  // Open lists, outermost first, with the marker family of each.
  let stack: Array<{ family: string; list: List }> = []
  blocks.forEach((typed, index) => {
    const first = typed.block.lines[0]
    const position =
      typed.kind === 'heading' && typed.runIn !== undefined && first
        ? positionOf(first.start, first.start + typed.runIn)
        : typed.kind === 'paragraph' && typed.skip !== undefined && first
          ? positionOf(first.start + typed.skip, typed.block.lines.at(-1)?.end ?? first.end)
          : where(typed.block)
    if (typed.kind !== 'listItem') {
      stack = []
      const node =
        typed.kind === 'heading'
          ? heading(levels.levels.get(index) ?? 2, content(typed.text))
          : paragraph(content(typed.text))
      setPosition(node, position)
      children.push(node)
      return
    }
    // A bullet with no text (a stray glyph) makes no item.
    if (typed.text === '') return
    const item = listItem([setPosition(paragraph(content(typed.text)), position)])
    item.position = clone(position)
    const depth = stack.findIndex((open) => open.family === typed.marker.family)
    if (depth !== -1) {
      stack = stack.slice(0, depth + 1)
      const open = stack[depth]
      open?.list.children.push(item)
      if (open?.list.position) open.list.position.end = { ...position.end }
      extendParents(stack, position)
      return
    }
    const options =
      typed.marker.ordered && typed.marker.number !== undefined
        ? { ordered: true, start: typed.marker.number }
        : { ordered: false }
    const node = list([item], options)
    node.position = clone(position)
    const parent = stack.at(-1)
    const parentItem = parent?.list.children.at(-1)
    if (parent && parentItem) {
      parentItem.children.push(node)
      extendParents(stack, position)
    } else children.push(node)
    stack.push({ family: typed.marker.family, list: node })
  })
  return root(placeNotes(children, notes, where), metadata)
}

/**
 * Text with the pending footnote references (numbers glued to a word) made
 * references; the space pdftotext puts between a raised number and the
 * punctuation after it goes.
 */
function withReferences(value: string, pending: NoteBlock[]): PhrasingContent[] {
  let at = findNext(value, pending)
  // Most texts have no reference: one text node, in an array of its own
  // length rather than one grown by `push` (room for sixteen, for every
  // block of the document).
  if (at === -1) return [text(value)]
  const out: PhrasingContent[] = []
  let rest = value
  for (; at !== -1; at = findNext(rest, pending)) {
    const note = pending.shift() as NoteBlock
    // A raised number set apart from its word ("verslag ³") joins it.
    const before = rest.slice(0, at).replace(/(?<=\S) $/, '')
    if (before !== '') out.push(text(before))
    out.push(footnoteReference(String(note.ordinal)))
    rest = rest.slice(at + String(note.number).length).replace(/^ (?=[.,;:!?])/, '')
  }
  if (rest !== '' || out.length === 0) out.push(text(rest))
  return out
}

function findNext(value: string, pending: NoteBlock[]): number {
  const note = pending[0]
  return note === undefined ? -1 : findReference(value, note.number)
}

/** Each footnote definition after the last block that starts before it. */
function placeNotes(
  children: RootContent[],
  notes: NoteBlock[],
  where: (block: Block) => Position,
): RootContent[] {
  if (notes.length === 0) return children
  const placed: RootContent[] = []
  let next = 0
  const startOf = (node: RootContent): number => node.position?.start.offset ?? 0
  for (const note of notes) {
    const position = where(note.block)
    const start = position.start.offset ?? 0
    while (next < children.length && startOf(children[next] as RootContent) <= start) {
      placed.push(children[next] as RootContent)
      next++
    }
    const node = footnoteDefinition(String(note.ordinal), [
      setPosition(paragraph(note.text), position),
    ])
    node.position = clone(position)
    placed.push(node)
  }
  return [...placed, ...children.slice(next)]
}

/**
 * Give a node a position, and its text children copies of it. The node
 * takes the object itself: callers pass a fresh one (from `positionOf`)
 * and copy it for any other node.
 */
function setPosition<Node extends Paragraph | RootContent>(node: Node, position: Position): Node {
  node.position = position
  if ('children' in node) {
    // An index rather than `for…of`: until the loop is optimised, each step
    // of an iterator is an object, and there is a node per block.
    const children: readonly RootContent[] | readonly PhrasingContent[] = node.children
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as RootContent | PhrasingContent
      if (child.type === 'text') child.position = clone(position)
    }
  }
  return node
}

function clone(position: Position): Position {
  return { start: { ...position.start }, end: { ...position.end } }
}

/** Stretch the open lists and their last items to cover a new item. */
function extendParents(stack: Array<{ list: List }>, position: Position): void {
  for (const open of stack) {
    if (open.list.position) open.list.position.end = { ...position.end }
    const last: ListItem | undefined = open.list.children.at(-1)
    if (last?.position) last.position.end = { ...position.end }
  }
}
