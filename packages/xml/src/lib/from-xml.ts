import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { fromKopijElement } from './from-kopij-xml.js'
import { readXml } from './read-xml.js'

/**
 * Read kopij XML (as `toXml` writes it with the `kopij` profile) back into a
 * tree. The input is treated as hostile: DOCTYPEs are refused (no entity
 * expansion, nothing fetched), nesting is bounded, and every problem is a
 * fatal message with line and column.
 *
 * @param xml The XML, as a string or a `VFile`. Pass a `VFile` to get the
 *   messages on it as well.
 * @returns The tree.
 * @throws {VFileMessage} `xml-malformed`, `xml-doctype-refused`,
 *   `xml-nesting-too-deep`, `xml-character-forbidden`, `xml-entity-unknown`
 *   or `xml-vocabulary-invalid`.
 */
export function fromXml(xml: string | VFile): Root {
  const file = typeof xml === 'string' ? new VFile({ value: xml }) : xml
  return fromKopijElement(readXml(file), file)
}
