/**
 * Validation against the shipped RelaxNG schema with xmllint-wasm (libxml2
 * compiled to WebAssembly): an independent reader of what `toXml` writes.
 */
import { readFileSync } from 'node:fs'
import { validateXML } from 'xmllint-wasm'

const schema = readFileSync(new URL('../schema/kopij.rng', import.meta.url), 'utf8')

/**
 * Validate kopij XML documents.
 *
 * @param documents The XML texts.
 * @returns xmllint's error messages; empty when every document is valid.
 */
export async function validateWithSchema(...documents: string[]): Promise<string[]> {
  const result = await validateXML({
    xml: documents.map((contents, index) => ({ fileName: `document-${index}.xml`, contents })),
    schema: { fileName: 'kopij.rng', contents: schema },
    extension: 'relaxng',
  })
  return result.errors.map((error) => error.rawMessage)
}
