/**
 * Wrapped headings: a heading set in a large type wraps long before the body
 * text's measure, so its lines look like two short headings ("The goals for
 * the Standard for" and "Public Code"). Two one-line headings in a row are
 * one heading when the first cannot end there (it ends in an article,
 * preposition or conjunction) or when together they repeat a line the
 * document prints elsewhere in one piece (a running header with the title).
 */
import { headingMaxLines, isSlogan, type TypedBlock } from './block-kind.js'
import { primarySubtag } from './language-tag.js'
import { continuesTitle } from './title-wrap.js'

/**
 * Words a heading does not end with: articles, prepositions and
 * conjunctions of Dutch, English and German, lowercase. Words that are also
 * verb particles ("Doe mee", "Log in", "Machen Sie mit") are left out.
 */
const openEnders = new Set([
  // Dutch
  'de',
  'het',
  'een',
  'en',
  'of',
  'van',
  'voor',
  'naar',
  'met',
  'tot',
  'te',
  'als',
  'dan',
  'maar',
  'zonder',
  'tussen',
  'tegen',
  // English
  'a',
  'an',
  'the',
  'and',
  'or',
  'for',
  'to',
  'at',
  'by',
  'with',
  'from',
  'into',
  'about',
  'as',
  'but',
  'nor',
  'than',
  'via',
  'between',
  'without',
  'against',
  // German
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'und',
  'oder',
  'von',
  'für',
  'zum',
  'zur',
  'im',
  'am',
  'wie',
  'ohne',
  'gegen',
  'zwischen',
  // German contractions and prepositions that are never verb particles
  'beim',
  'vom',
  'ins',
  'seit',
  'während',
  'wegen',
  'trotz',
  'innerhalb',
  'außerhalb',
  'sowie',
])

/**
 * Open enders of one language only, where the same word is a verb particle
 * in another: German has no separable verb "in-" ("… des Radverkehrs in" /
 * "Städten und Gemeinden" is one heading), while English and Dutch end
 * headings with it ("Log in", "Stap in").
 */
const openEndersByLanguage: Record<string, ReadonlySet<string>> = {
  de: new Set(['in']),
}

/** Most words a heading joined from two lines may have. */
const joinedMaxWords = 20

/**
 * Join headings that are the wrapped lines of one heading.
 *
 * @param typed The typed blocks.
 * @param printedLines Lines the document prints elsewhere in one piece
 *   (the text of its running headers and footers).
 * @param language The document's language (BCP 47), if known.
 * @param measure Characters in a full line of body text (see `Layout`),
 *   for the title's wrap (title-wrap.ts); 0 when unknown.
 * @returns The typed blocks with wrapped headings joined.
 */
export function joinWrappedHeadings(
  typed: TypedBlock[],
  printedLines: ReadonlySet<string>,
  language: string | undefined,
  measure = 0,
): TypedBlock[] {
  const result: TypedBlock[] = []
  for (const [index, block] of typed.entries()) {
    const previous = result.at(-1)
    // The title's second line (title-wrap.ts, the heading-level work's
    // file), unless it is a heading wrapped onto the next.
    const third = typed[2]
    if (
      index === 1 &&
      previous &&
      continuesTitle(previous, block, third, measure) &&
      !(third && wrapped(block.text, third.text, printedLines, language))
    ) {
      // The title is a heading, also where its first line, ending in the
      // colon before a subtitle, was read as a paragraph.
      result[0] =
        previous.kind === 'heading' ? joined(previous, block) : joined(block, previous, true)
      continue
    }
    // A title set in a large type wraps where a slogan in it starts
    // ("Evaluatie van de campagne" then "Doe mee! Blijf fit!"): the slogan's
    // line, alone before the first heading, is the rest of the title, not a
    // paragraph (see `isSlogan`).
    if (
      result.length === 1 &&
      previous?.kind === 'heading' &&
      previous.runIn === undefined &&
      block.kind === 'paragraph' &&
      block.skip === undefined &&
      block.block.lines.length === 1 &&
      typed[index + 1]?.kind === 'heading' &&
      isSlogan(block.block, block.text) &&
      `${previous.text} ${block.text}`.split(' ').length <= joinedMaxWords
    ) {
      result[0] = joined(previous, block)
      continue
    }
    if (
      previous?.kind === 'heading' &&
      block.kind === 'heading' &&
      previous.runIn === undefined &&
      block.runIn === undefined &&
      block.numbering === undefined &&
      // A heading already joined from two lines that still ends open
      // ("… Between" / "…: A Guide for") goes on in its third.
      previous.block.lines.length < headingMaxLines &&
      block.block.lines.length === 1 &&
      wrapped(previous.text, block.text, printedLines, language)
    ) {
      result[result.length - 1] = joined(previous, block)
      continue
    }
    // A heading cannot end in an article, preposition or conjunction: a
    // one-line paragraph after one that does is the rest of the heading, a
    // heading that is a sentence ("…, um die" then "Qualität zu sichern.").
    if (
      previous?.kind === 'heading' &&
      block.kind === 'paragraph' &&
      previous.runIn === undefined &&
      block.skip === undefined &&
      previous.block.lines.length === 1 &&
      block.block.lines.length === 1 &&
      endsOpen(previous.text, language) &&
      `${previous.text} ${block.text}`.split(' ').length <= joinedMaxWords
    ) {
      result[result.length - 1] = joined(previous, block)
      continue
    }
    result.push(block)
  }
  return result
}

/** A heading with the one line after it added, joined by a space. */
/**
 * A heading with the block after it (or, with `before`, the block before
 * it) joined in as more of its lines.
 */
function joined(heading: TypedBlock, other: TypedBlock, before = false): TypedBlock {
  const [first, second] = before ? [other, heading] : [heading, other]
  return {
    ...heading,
    block: {
      lines: [...first.block.lines, ...second.block.lines],
      breaks: [...first.block.breaks, { kind: 'space' }, ...second.block.breaks],
      marked: first.block.marked,
    },
    text: `${first.text} ${second.text}`,
  }
}

function wrapped(
  first: string,
  second: string,
  printedLines: ReadonlySet<string>,
  language: string | undefined,
): boolean {
  const joined = `${first} ${second}`
  if (joined.split(' ').length > joinedMaxWords) return false
  if (printedLines.has(joined)) return true
  return endsOpen(first, language)
}

/**
 * Check whether a text ends in a word a heading does not end with: an
 * article, preposition or conjunction of Dutch, English or German (and the
 * language's own, see `openEndersByLanguage`).
 *
 * @param text The text.
 * @param language The document's language (BCP 47), if known.
 * @returns Whether its last word leaves it open.
 */
export function endsOpen(text: string, language: string | undefined): boolean {
  const last = text.split(' ').at(-1)?.toLowerCase() ?? ''
  const own = openEndersByLanguage[language === undefined ? '' : primarySubtag(language)]
  return openEnders.has(last) || own?.has(last) === true
}
