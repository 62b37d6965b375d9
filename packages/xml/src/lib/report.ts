/**
 * Messages of `@kopij/xml`: every problem is a `VFileMessage` with this
 * package as `source`, a rule id, a place and a link to the README section.
 */
import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'

/** The npm name, the `source` of every message. */
const source = '@kopij/xml'

/** Rule ids `@kopij/xml` reports; each is described in the README. */
export type XmlRule =
  | 'xml-character-forbidden'
  | 'xml-doctype-refused'
  | 'xml-entity-unknown'
  | 'xml-malformed'
  | 'xml-nesting-too-deep'
  | 'xml-node-unknown'
  | 'xml-property-unknown'
  | 'xml-vocabulary-invalid'
  | 'docbook-footnote-unreferenced'
  | 'docbook-footnote-unresolved'
  | 'docbook-node-omitted'
  | 'docbook-reference-unresolved'
  | 'docbook-title-missing'

const readme = 'https://github.com/kopij/kopij/tree/main/packages/xml#messages'

/** Where a message points: a point, a position, or nowhere. */
export type Place = Point | Position | undefined

/**
 * Make a message.
 *
 * @param reason What was found, where, and what was done.
 * @param place Where.
 * @param ruleId The rule.
 * @returns The message, not yet on a file.
 */
function createMessage(reason: string, place: Place, ruleId: XmlRule): VFileMessage {
  const message = new VFileMessage(reason, { ...(place ? { place } : {}), ruleId, source })
  message.url = `${readme}`
  return message
}

/**
 * Add a warning to the file. Without a file there is nowhere to report, so
 * the problem is thrown instead: nothing is changed silently.
 *
 * @param file The file, or `undefined`.
 * @param reason What was found, where, and what was done.
 * @param place Where.
 * @param ruleId The rule.
 * @throws {VFileMessage} When there is no file.
 */
export function warn(file: VFile | undefined, reason: string, place: Place, ruleId: XmlRule): void {
  const message = createMessage(reason, place, ruleId)
  if (!file) {
    message.fatal = true
    throw message
  }
  message.file = file.path ?? ''
  message.fatal = false
  file.messages.push(message)
}

/**
 * Add a fatal message to the file (when given) and throw it.
 *
 * @param file The file, or `undefined`.
 * @param reason What was found, where, and why it stops the conversion.
 * @param place Where.
 * @param ruleId The rule.
 * @throws {VFileMessage} Always.
 */
export function fail(
  file: VFile | undefined,
  reason: string,
  place: Place,
  ruleId: XmlRule,
): never {
  const message = createMessage(reason, place, ruleId)
  message.fatal = true
  if (file) {
    message.file = file.path ?? ''
    file.messages.push(message)
  }
  throw message
}
