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
  const { start, end } = position
  // One template per position: no intermediate strings for each point.
  if (start.offset !== undefined && end.offset !== undefined) {
    return `${digits(start.line)}:${digits(start.column)}:${digits(start.offset)}-${digits(end.line)}:${digits(end.column)}:${digits(end.offset)}`
  }
  return `${stringifyPoint(start)}-${stringifyPoint(end)}`
}

function stringifyPoint(point: Point): string {
  const head = `${digits(point.line)}:${digits(point.column)}`
  return point.offset === undefined ? head : `${head}:${digits(point.offset)}`
}

/**
 * Numbers below this are turned into text once and kept: lines and columns
 * repeat on every node, and converting numbers was most of the time spent on
 * positions in a 1 MB report (six per node).
 */
const cachedBelow = 65_536
const digitCache: string[] = []

function digits(value: number): string {
  if (!(value >= 0 && value < cachedBelow && Number.isInteger(value))) return String(value)
  let text = digitCache[value]
  if (text === undefined) {
    text = String(value)
    digitCache[value] = text
  }
  return text
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
