import { parse } from 'bcp-47'

/**
 * Check whether a string is a well-formed BCP 47 language tag ("nl",
 * "en-GB", "de-CH-1996").
 *
 * @param value
 *   The tag to check.
 * @returns
 *   Whether `value` is well-formed; legacy tags BCP 47 still accepts
 *   ("i-klingon") count as well-formed.
 */
export function isLanguageTag(value: string): boolean {
  let wellFormed = value !== ''
  // bcp-47 reports malformed tags through `warning` and then returns an empty
  // schema; it never throws.
  parse(value, {
    warning() {
      wellFormed = false
    },
  })
  return wellFormed
}
