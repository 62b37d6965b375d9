/**
 * The findings `@kopij/docx` reports on the file it converts. Each rule id is
 * listed, with what it means, in the package README ("Messages").
 */
import type { Node } from 'unist'
import type { VFile } from 'vfile'

/** Every rule id this package reports. */
export type RuleId =
  | 'html-dropped'
  | 'node-unsupported'
  | 'image-remote'
  | 'image-unreadable'
  | 'image-format-unsupported'
  | 'footnote-undefined'
  | 'footnote-unreferenced'
  | 'footnote-repeated'
  | 'footnote-nested'
  | 'footnote-table-flattened'
  | 'reference-undefined'
  | 'list-too-deep'
  | 'title-missing'
  | 'language-defaulted'
  | 'character-replaced'

const source = '@kopij/docx'

/**
 * Report a likely problem: something the document cannot show as the tree has it.
 *
 * @param file The file being converted.
 * @param node Where it is (its position is the message's place).
 * @param ruleId What was found.
 * @param reason A sentence: what was found and what was done.
 */
export function warn(file: VFile, node: Node | undefined, ruleId: RuleId, reason: string): void {
  file.message(reason, { place: node?.position, ruleId, source })
}

/**
 * Report a decision worth auditing.
 *
 * @param file The file being converted.
 * @param node Where it is (its position is the message's place).
 * @param ruleId What was decided.
 * @param reason A sentence: what was found and what was done.
 */
export function inform(file: VFile, node: Node | undefined, ruleId: RuleId, reason: string): void {
  file.info(reason, { place: node?.position, ruleId, source })
}
