/**
 * The primary subtag of a BCP 47 language tag ("nl" of "nl-BE"), which
 * picks the lexicon, the hyphenation patterns and the conjunctions. Asked at
 * nearly every line break, so each tag is lowercased and split once.
 */

/** Primary subtags by tag; a document uses one or two tags. */
const primaries = new Map<string, string>()

/** Tags remembered at most (cleared when full: tags come from the caller). */
const maxTags = 100

/**
 * The primary subtag of a language tag, lowercased.
 *
 * @param language BCP 47 tag ("nl", "en-GB").
 * @returns Its primary subtag ("nl", "en").
 */
export function primarySubtag(language: string): string {
  let primary = primaries.get(language)
  if (primary === undefined) {
    primary = language.toLowerCase().split('-')[0] ?? ''
    if (primaries.size >= maxTags) primaries.clear()
    primaries.set(language, primary)
  }
  return primary
}
