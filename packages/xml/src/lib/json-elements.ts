/**
 * Plain JSON values (`metadata.custom`) as elements, so they stay readable
 * and typed in XML: `<string>`, `<number>`, `<boolean>`, `<null/>`,
 * `<array>`, and `<object>` of `<entry key="…">`.
 */
import type { JsonValue } from '@kopij/ast'
import type { Place } from './report.js'
import type { XmlOutput } from './xml-output.js'

/**
 * Write the entries of a JSON object, each as `<entry key="…">` holding its value.
 *
 * @param output Where to write.
 * @param object The object.
 * @param place Where problems are reported.
 */
export function writeJsonEntries(
  output: XmlOutput,
  object: { readonly [key: string]: JsonValue },
  place: Place,
): void {
  for (const [key, value] of Object.entries(object)) {
    output.startBlock('entry', [['key', key]], place)
    writeJson(output, value, place)
    output.endBlock('entry')
  }
}

/**
 * Write one JSON value as an element.
 *
 * @param output Where to write.
 * @param value The value.
 * @param place Where problems are reported.
 */
function writeJson(output: XmlOutput, value: JsonValue, place: Place): void {
  if (value === null) output.emptyBlock('null', [], place)
  else if (typeof value === 'string') writeLeaf(output, 'string', value, place)
  else if (typeof value === 'boolean') writeLeaf(output, 'boolean', String(value), place)
  else if (typeof value === 'number') {
    // String(-0) is "0": keep the sign, so the value reads back the same.
    writeLeaf(output, 'number', Object.is(value, -0) ? '-0' : String(value), place)
  } else if (Array.isArray(value)) {
    output.startBlock('array', [], place)
    for (const item of value) writeJson(output, item, place)
    output.endBlock('array')
  } else {
    output.startBlock('object', [], place)
    writeJsonEntries(output, value, place)
    output.endBlock('object')
  }
}

function writeLeaf(output: XmlOutput, name: string, value: string, place: Place): void {
  output.leafBlock(name, [], value, place)
}

/**
 * JSON text of a plain JSON value, as `JSON.stringify` writes it except that
 * negative zero is `-0` (`JSON.stringify` writes `0`), so `JSON.parse` gives
 * back the same value. Hand-written for that one difference.
 *
 * @param value The value (`undefined` members are left out, as JSON does).
 * @returns The JSON text.
 */
export function stringifyJson(value: unknown): string {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : JSON.stringify(value)
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : stringifyJson(item))).join(',')}]`
  }
  if (typeof value === 'object' && value !== null) {
    const members: string[] = []
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) members.push(`${JSON.stringify(key)}:${stringifyJson(item)}`)
    }
    return `{${members.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
