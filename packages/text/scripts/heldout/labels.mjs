// Labels of an extracted text, in the corpus's `labels/<variant>/<id>.json`
// shape: which lines are page furniture, and a gold label for every line
// break between two text lines: `space` (a soft wrap inside a block),
// `join` (a word hyphenated by the typesetter), `hyphen` (a genuine hyphen
// at the line end, which stays), `block` (a block boundary) or `unknown`
// (the alignment could not tell; the scorer skips it).
//
// The labels come from aligning the extracted words with the gold words,
// which is exact here because the text was typeset from the gold source:
// a line ending in a hyphen whose halves make one gold word without the
// hyphen is a hyphenation hyphen, with it a genuine one.

/** Quotes and ligatures the typesetting may change, unified for comparing. */
const variants = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‘': "'",
  '’': "'",
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬀ: 'ff',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
}
/** @param {string} word */
const comparable = (word) =>
  [...word.normalize('NFKC')].map((char) => variants[char] ?? char).join('')
/**
 * Whether an extracted word is a gold word. LaTeX sets a run-in heading
 * with a colon after it ("Toezicht: De …") that the gold heading lacks.
 * @param {string} a extracted @param {string} b gold
 */
const same = (a, b) => {
  const extracted = comparable(a)
  const gold = comparable(b)
  return extracted === gold || (extracted === `${gold}:` && !gold.endsWith(':'))
}

/**
 * A label the typesetter adds: a bullet (LaTeX's third level is "∗"), "1.",
 * "a)", "(iv)", or a section number LaTeX sets before a heading ("1.2").
 */
const listLabel = /^(?:[•▪◦‣–∗-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\d{1,3}(?:\.\d{1,3})+)$/

/**
 * How far ahead in the gold words to look for an extracted word that does
 * not match the next gold word (gold text the extraction lacks, such as a
 * title taken for a running header) before giving the extracted word up.
 */
const resyncWindow = 20

/**
 * A token that ends in a hyphen, or in an en or em dash after another
 * character (a dash alone is punctuation between words).
 */
const lineEndDash = /-$|.[–—]$/u

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Lines that are running header, footer or page number: the first line of
 * a page when it is a running header (the title, the current section, the
 * paper reference, or one of the first two followed by the reference), and
 * the lines that end a page when they are the reference, the page number or
 * both on one line. Only there: a line that is just "2025" inside a title
 * or a paragraph looks like a page number but is text.
 *
 * @param {string[]} lines the extracted text's lines
 * @param {{ headerText: string | null, ref: string, pageNumberRegex: string, sections?: string[] }} furniture
 *   `sections`: the texts a running section header may show
 * @returns {number[]}
 */
export function furnitureLines(lines, { headerText, ref, pageNumberRegex, sections = [] }) {
  const pageNumber = new RegExp(`^(?:${pageNumberRegex})$`)
  const refAndNumber = new RegExp(`^${escapeRegExp(ref)} (?:${pageNumberRegex})$`)
  const heads = [headerText, ...sections].filter((text) => text !== null)
  /** @param {string} line */
  const isHeader = (line) =>
    line === ref || heads.some((head) => line === head || line === `${head} ${ref}`)
  /** @param {string} line */
  const isFooter = (line) => line === ref || pageNumber.test(line) || refAndNumber.test(line)
  /** @param {number} index */
  const text = (index) => (lines[index] ?? '').replace(/\f/g, '').trim()
  /** @type {number[]} */
  const found = []
  // pdftotext ends a page with a form feed, so a page's first line starts with one.
  let start = 0
  for (let end = 1; end <= lines.length; end++) {
    if (end < lines.length && !lines[end].startsWith('\f')) continue
    let first = start
    while (first < end && text(first) === '') first++
    if (first < end && isHeader(text(first))) found.push(first)
    /** @type {number[]} */
    const footer = []
    for (let last = end - 1; last > first && (text(last) === '' || isFooter(text(last))); last--)
      if (text(last) !== '') footer.unshift(last)
    found.push(...footer)
    start = end
  }
  return found
}

/**
 * @param {string[]} lines the extracted text's lines
 * @param {Set<number>} furniture indices of furniture lines
 * @param {Array<{ text: unknown }>} blocks gold blocks
 * @param {string[]} words gold words
 */
export function labelBreaks(lines, furniture, blocks, words) {
  // Block index of every gold word.
  const blockOf = blocks.flatMap((block, index) =>
    String(block.text)
      .split(' ')
      .filter(Boolean)
      .map(() => index),
  )
  /** @type {Array<{ word: string, line: number }>} */
  const tokens = []
  lines.forEach((line, index) => {
    if (furniture.has(index)) return
    for (const word of line.replace(/\f/g, ' ').split(/\s+/))
      if (word) tokens.push({ word, line: index })
  })

  // Walk the extracted words along the gold words.
  const goldOf = new Array(tokens.length).fill(-1)
  /** @type {Map<number, { label: 'join' | 'hyphen', g: number }>} token index of a split word's first half → label */
  const splits = new Map()
  let g = 0
  let unalignedTokens = 0
  let skippedWords = 0
  for (let t = 0; t < tokens.length && g < words.length; t++) {
    const { word, line } = tokens[t]
    if (same(word, words[g])) {
      goldOf[t] = g++
      continue
    }
    const next = tokens[t + 1]
    // A word split after a dash at the line end: a hyphen the typesetter
    // added ("join") or one of the word's own ("hyphen"); an en or em dash
    // inside a word ("2024–⏎25") is always the word's own.
    if (lineEndDash.test(word) && next && next.line !== line) {
      const label =
        word.endsWith('-') && same(word.slice(0, -1) + next.word, words[g])
          ? 'join'
          : same(word + next.word, words[g])
            ? 'hyphen'
            : null
      if (label) {
        splits.set(t, { label, g })
        goldOf[t] = g
        goldOf[t + 1] = g++
        t++
        continue
      }
    }
    if (listLabel.test(word)) continue
    let ahead = 1
    while (ahead <= resyncWindow && g + ahead < words.length && !same(word, words[g + ahead]))
      ahead++
    if (ahead <= resyncWindow && g + ahead < words.length) {
      skippedWords += ahead
      g += ahead
      goldOf[t] = g++
    } else unalignedTokens++
  }
  skippedWords += words.length - g

  // Label the break after every text line but the last.
  const breaks = []
  for (let t = 0; t + 1 < tokens.length; t++) {
    const left = tokens[t]
    const right = tokens[t + 1]
    if (left.line === right.line) continue
    const base = { line: left.line, next: right.line, left: left.word, right: right.word }
    const split = splits.get(t)
    if (split) {
      breaks.push({ ...base, label: split.label, g: split.g })
      continue
    }
    const gl = goldOf[t]
    // A list label opening the next line stands before the next gold word.
    const marker = goldOf[t + 1] < 0 && listLabel.test(right.word)
    const gr = marker ? goldOf[t + 2] : goldOf[t + 1]
    let label = 'unknown'
    if (gl >= 0 && gr === gl + 1) label = blockOf[gl] === blockOf[gr] && !marker ? 'space' : 'block'
    breaks.push({ ...base, label, g: gl, ...(marker ? { marker: true } : {}) })
  }
  return {
    breaks,
    stats: { goldTokens: words.length, rawTokens: tokens.length, unalignedTokens, skippedWords },
  }
}

/**
 * The "lost" variant of an extracted text, as the corpus makes it from
 * `lo-hyph`: hyphenation hyphens removed at line ends (the soft hyphen lost
 * on copy) and a trailing space on every other line (the soft wraps of the
 * user's example text): on every line but those that end a word at a hyphen
 * inside a block (lost or kept), as in the corpus.
 *
 * @param {string[]} lines
 * @param {Array<{ line: number, label: string, left: string }>} breaks labels of `lines`
 * @returns {{ lines: string[], breaks: Array<Record<string, unknown>> }}
 */
export function loseHyphens(lines, breaks) {
  // A line that ends inside a word (at a hyphen or a dash that stays, or a
  // hyphen before a space: "Buitenland- en") gets no soft-wrap space.
  const hyphenated = new Set(
    breaks
      .filter(
        (b) =>
          b.label === 'hyphen' ||
          (b.label !== 'block' && b.label !== 'unknown' && b.left.endsWith('-')),
      )
      .map((b) => b.line),
  )
  const joined = new Set(
    breaks.filter((b) => b.label === 'join' && b.left.endsWith('-')).map((b) => b.line),
  )
  return {
    lines: lines.map((line, index) =>
      joined.has(index)
        ? line.replace(/-$/, '')
        : line.trim() === '' || hyphenated.has(index)
          ? line
          : `${line} `,
    ),
    breaks: breaks.map((b) =>
      joined.has(b.line) && b.label === 'join' ? { ...b, left: b.left.replace(/-$/, '') } : b,
    ),
  }
}
