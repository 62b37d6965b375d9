/**
 * A unist position as one attribute value: `line:column[:offset]` for the
 * start, a hyphen, and the same for the end: `3:1:42-3:17:58`.
 */
import type { Point, Position } from 'unist'

/**
 * Write a position as an attribute value.
 *
 * @param position The position.
 * @returns The value.
 */
export function stringifyPosition(position: Position): string {
  return `${stringifyPoint(position.start)}-${stringifyPoint(position.end)}`
}

function stringifyPoint(point: Point): string {
  return point.offset === undefined
    ? `${point.line}:${point.column}`
    : `${point.line}:${point.column}:${point.offset}`
}

const pattern = /^(\d+):(\d+)(?::(\d+))?-(\d+):(\d+)(?::(\d+))?$/

/**
 * Read a position attribute value.
 *
 * @param value The value.
 * @returns The position, or `undefined` when the value is not one.
 */
export function parsePosition(value: string): Position | undefined {
  const match = pattern.exec(value)
  if (!match) return undefined
  const [, startLine, startColumn, startOffset, endLine, endColumn, endOffset] = match
  return {
    start: point(startLine, startColumn, startOffset),
    end: point(endLine, endColumn, endOffset),
  }
}

function point(line = '', column = '', offset: string | undefined): Point {
  const result: Point = { line: Number(line), column: Number(column) }
  if (offset !== undefined) result.offset = Number(offset)
  return result
}
