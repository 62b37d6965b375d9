/**
 * The document's language, when the caller does not give it: franc-min over
 * a sample of the text, limited to the languages kopij has resources for.
 */
import { createRequire } from 'node:module'

// franc-min (ESM without top-level await) is loaded on first use, through
// require(esm) (Node 20.19+), so importing kopij costs nothing for it.
const require = createRequire(import.meta.url)
let franc: typeof import('franc-min').franc | undefined

/** ISO 639-3 codes franc returns, to the BCP 47 tags kopij uses. */
const tags: Record<string, string> = { nld: 'nl', eng: 'en', deu: 'de', fra: 'fr' }

// Close runners-up for Dutch in franc-min are Afrikaans, Low German and
// Scots (docs/dependencies.md §3), so the choice is limited to these.
const only = Object.keys(tags)

/** Characters sampled: enough for a stable answer, cheap on huge inputs. */
const sampleSize = 20_000

/**
 * Detect the language of a text.
 *
 * @param text The text (the body, without furniture, is best).
 * @returns A BCP 47 tag ("nl", "en", "de", "fr"), or `undefined` when the
 *   text is too short or unlike any of them.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = text.length > sampleSize ? text.slice(0, sampleSize) : text
  franc ??= (require('franc-min') as typeof import('franc-min')).franc
  const code = franc(sample, { only, minLength: 20 })
  return tags[code]
}
