/**
 * Checks of the invariants every kopij tree keeps. Parsers run it on what they
 * build and exporters can run it on what they are given; each broken
 * invariant is one message with a rule id, placed at the offending node.
 */
import type { Heading, Nodes, Parents, Root } from 'mdast'
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { VFileMessage } from 'vfile-message'
import { isLanguageTag } from './language-tag.js'

/** The npm name, used as the `source` of every message. */
const source = '@kopij/ast'

/** Rule ids `validate` can report. */
export type ValidationRule =
  | 'heading-depth-invalid'
  | 'heading-level-skip'
  | 'heading-empty'
  | 'paragraph-empty'
  | 'list-child-not-item'
  | 'position-out-of-bounds'
  | 'position-out-of-order'
  | 'language-tag-invalid'
  | 'footnote-reference-unresolved'
  | 'footnote-definition-duplicate'
  | 'data-not-json'

/** Node types whose headings belong to the document outline. */
const outlineContainers = new Set(['root'])

/**
 * Check a tree against the invariants of the kopij document model.
 *
 * Reported, each with its rule id:
 * - `heading-depth-invalid`: a heading depth that is not an integer 1–6;
 * - `heading-level-skip`: a heading more than one level below the heading before it;
 * - `heading-empty`, `paragraph-empty`: no text (only whitespace) in it;
 * - `list-child-not-item`: a list child that is not a list item;
 * - `position-out-of-bounds`: a position outside the source (checked when
 *   `file` holds the source text) or with lines or columns below 1;
 * - `position-out-of-order`: an end before its start, a child outside its
 *   parent, or a sibling starting before the one before it ends;
 * - `language-tag-invalid`: a document or node language that is not BCP 47;
 * - `footnote-reference-unresolved`, `footnote-definition-duplicate`;
 * - `data-not-json`: `data` holding something other than plain JSON.
 *
 * @param tree The tree to check.
 * @param file The file the tree was parsed from (optional). When given, its
 *   text bounds positions and every message is also added to it.
 * @returns The messages, in tree order; empty when the tree is valid.
 */
export function validate(tree: Root, file?: VFile): VFileMessage[] {
  const messages: VFileMessage[] = []
  const sourceText = file && file.value !== undefined ? String(file.value) : undefined
  const place = sourceText === undefined ? undefined : location(sourceText)
  const definitions = new Map<string, Nodes>()
  const references: Nodes[] = []
  let previousHeading: Heading | undefined

  function report(reason: string, node: Nodes, ruleId: ValidationRule): void {
    const message = new VFileMessage(reason, {
      ancestors: [node],
      place: node.position,
      ruleId,
      source,
    })
    message.file = file?.path ?? ''
    message.fatal = false
    messages.push(message)
  }

  function checkPoint(point: Point, node: Nodes): boolean {
    if (!(point.line >= 1 && point.column >= 1)) {
      report(
        `Position ${point.line}:${point.column} of a ${node.type} is invalid: lines and columns start at 1`,
        node,
        'position-out-of-bounds',
      )
      return false
    }
    if (place && sourceText !== undefined) {
      const offset = place.toOffset(point)
      const atEnd = offset === undefined && point.offset === sourceText.length
      if (
        (offset === undefined && !atEnd) ||
        (point.offset !== undefined && offset !== undefined && offset !== point.offset)
      ) {
        report(
          `Position ${point.line}:${point.column} of a ${node.type} lies outside the source (${sourceText.length} characters)`,
          node,
          'position-out-of-bounds',
        )
        return false
      }
    }
    return true
  }

  function checkPosition(
    node: Nodes,
    parent: Parents | undefined,
    previous: Position | undefined,
  ): void {
    const position = node.position
    if (!position) return
    if (!checkPoint(position.start, node) || !checkPoint(position.end, node)) return
    if (before(position.end, position.start)) {
      report(`The ${node.type} ends before it starts`, node, 'position-out-of-order')
    } else if (
      parent?.position &&
      (before(position.start, parent.position.start) || before(parent.position.end, position.end))
    ) {
      report(
        `The ${node.type} lies outside its parent ${parent.type}`,
        node,
        'position-out-of-order',
      )
    } else if (previous && before(position.start, previous.end)) {
      report(
        `The ${node.type} starts before the node before it ends`,
        node,
        'position-out-of-order',
      )
    }
  }

  function visit(
    node: Nodes,
    parent: Parents | undefined,
    previous: Position | undefined,
    inOutline: boolean,
  ): void {
    checkPosition(node, parent, previous)
    checkData(node, report)

    if (node.data?.language !== undefined && !isLanguageTag(node.data.language)) {
      report(
        `The language "${node.data.language}" of a ${node.type} is not a BCP 47 tag such as "nl" or "en-GB"`,
        node,
        'language-tag-invalid',
      )
    }

    switch (node.type) {
      case 'heading': {
        if (!(Number.isInteger(node.depth) && node.depth >= 1 && node.depth <= 6)) {
          report(
            `Heading depth ${String(node.depth)} is invalid: use 1 to 6`,
            node,
            'heading-depth-invalid',
          )
        } else if (inOutline) {
          if (previousHeading && node.depth > previousHeading.depth + 1) {
            report(
              `Heading level ${node.depth} follows level ${previousHeading.depth}, skipping ${node.depth - previousHeading.depth - 1} level(s): use level ${previousHeading.depth + 1}`,
              node,
              'heading-level-skip',
            )
          }
          previousHeading = node
        }
        if (isBlank(node))
          report('Heading has no text: remove it or give it text', node, 'heading-empty')
        break
      }
      case 'paragraph':
        if (isBlank(node)) report('Paragraph has no content: remove it', node, 'paragraph-empty')
        break
      case 'list':
        for (const child of node.children as Nodes[]) {
          if (child.type !== 'listItem') {
            report(
              `A list holds a ${child.type}: list children must be list items`,
              child,
              'list-child-not-item',
            )
          }
        }
        break
      case 'footnoteDefinition':
        if (definitions.has(node.identifier)) {
          report(
            `Footnote "${node.label ?? node.identifier}" is defined twice: the second definition is never referenced`,
            node,
            'footnote-definition-duplicate',
          )
        } else {
          definitions.set(node.identifier, node)
        }
        break
      case 'footnoteReference':
        references.push(node)
        break
      default:
        break
    }

    if ('children' in node) {
      let previousChild: Position | undefined
      const childInOutline = outlineContainers.has(node.type)
      for (const child of node.children as Nodes[]) {
        visit(child, node, previousChild, childInOutline)
        previousChild = child.position ?? previousChild
      }
    }
  }

  const language = tree.data?.metadata?.language
  if (language !== undefined && !isLanguageTag(language)) {
    report(
      `The document language "${language}" is not a BCP 47 tag such as "nl" or "en-GB"`,
      tree,
      'language-tag-invalid',
    )
  }

  visit(tree, undefined, undefined, true)

  for (const reference of references) {
    if (reference.type === 'footnoteReference' && !definitions.has(reference.identifier)) {
      report(
        `Footnote reference "${reference.label ?? reference.identifier}" has no definition`,
        reference,
        'footnote-reference-unresolved',
      )
    }
  }

  if (file) file.messages.push(...messages)
  return messages
}

function before(a: Point, b: Point): boolean {
  if (a.offset !== undefined && b.offset !== undefined) return a.offset < b.offset
  return a.line < b.line || (a.line === b.line && a.column < b.column)
}

function isBlank(node: Parents): boolean {
  return node.children.every((child) => {
    if (child.type === 'text') return child.value.trim() === ''
    if ('children' in child) return isBlank(child)
    // Images, inline code, breaks and other leaves count as content.
    return child.type === 'break'
  })
}

function checkData(
  node: Nodes,
  report: (reason: string, node: Nodes, ruleId: ValidationRule) => void,
): void {
  if (node.data === undefined) return
  const problem = findNonJson(node.data, 'data')
  if (problem)
    report(
      `The ${node.type} has ${problem} in its data: trees must be plain JSON`,
      node,
      'data-not-json',
    )
}

/** Find the first value that would not survive `JSON.stringify` unchanged. */
function findNonJson(value: unknown, path: string): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined
  if (typeof value === 'number')
    return Number.isFinite(value) ? undefined : `a non-finite number at ${path}`
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = findNonJson(item, `${path}[${index}]`)
      if (problem) return problem
    }
    return undefined
  }
  if (typeof value === 'object') {
    const prototype: unknown = Object.getPrototypeOf(value)
    if (prototype !== Object.prototype && prototype !== null) {
      return `an instance of ${value.constructor?.name ?? 'a class'} at ${path}`
    }
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue
      const problem = findNonJson(item, `${path}.${key}`)
      if (problem) return problem
    }
    return undefined
  }
  return `a ${typeof value} at ${path}`
}
