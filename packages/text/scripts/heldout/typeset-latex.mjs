// Typesetting as the corpus's "tex-hyph" variant was made: pandoc writes
// LaTeX with babel hyphenation for the document's language, justified, in
// one narrow column or two, with a running footer (a paper reference and a
// page number), on some documents a running header with the title, numbered
// sections on some, and level-4 headings run in (LaTeX's \paragraph);
// pdflatex renders it and poppler's `pdftotext -raw` extracts the text.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** Page number formats in the footer: the LaTeX and the scorer's regex. */
export const latexPageNumberFormats = {
  number: { latex: '\\thepage', regex: '\\d+' },
  dashed: { latex: '– \\thepage\\ –', regex: '– \\d+ –' },
  pagina: {
    latex: 'Pagina \\thepage\\ van \\pageref*{kopij-last-page}',
    regex: 'Pagina \\d+ van \\d+',
  },
  page: { latex: 'Page \\thepage\\ of \\pageref*{kopij-last-page}', regex: 'Page \\d+ of \\d+' },
  seite: {
    latex: 'Seite \\thepage\\ von \\pageref*{kopij-last-page}',
    regex: 'Seite \\d+ von \\d+',
  },
}

/** Languages as pandoc's `lang` variable names them (pandoc picks babel's). */
const locales = { nl: 'nl-NL', en: 'en-GB', de: 'de-DE' }

/** Characters LaTeX reads as commands, escaped for a footer or header. */
const escapeLatex = (text) => text.replace(/([&%$#_{}])/g, '\\$1')

/**
 * Write `<dir>/<id>.pdf` from a Markdown file through pandoc's LaTeX and
 * pdflatex (run twice, so "Page 3 of 12" knows the last page).
 *
 * @param {{ id: string, source: string, lang: 'nl' | 'en' | 'de', dir: string,
 *   headerText: string | null, header: 'title' | 'section' | 'none', ref: string,
 *   refPlace: 'below' | 'inline' | 'header', page: keyof typeof latexPageNumberFormats,
 *   twoColumns: boolean, numbered: boolean, fontSize: '10pt' | '11pt' }} document
 *   `header: 'section'` sets the current level-2 heading (the section under
 *   the title) as the running header; `refPlace` puts the paper reference
 *   on its own footer line above the page number (`below`), on the page
 *   number's line before it (`inline`, "Kamerstuk … 3"), or in the running
 *   header after the title or section (`header`, the page number then alone
 *   in the footer): the corpus's tex variants have all of these.
 * @returns {string} the PDF's path
 */
export function writeLatexPdf(document) {
  const { id, source, lang, dir, headerText, ref, page, twoColumns, numbered, fontSize } = document
  const { header = headerText ? 'title' : 'none', refPlace = 'below' } = document
  const pageNumber = latexPageNumberFormats[page].latex
  const running =
    header === 'title' && headerText
      ? escapeLatex(headerText)
      : header === 'section'
        ? '\\nouppercase{\\rightmark}'
        : ''
  const headLine = [running, refPlace === 'header' ? escapeLatex(ref) : ''].filter(Boolean)
  const footLine =
    refPlace === 'below'
      ? `${escapeLatex(ref)}\\\\ ${pageNumber}`
      : refPlace === 'inline'
        ? `${escapeLatex(ref)} ${pageNumber}`
        : pageNumber
  const furniture = [
    '\\usepackage{fancyhdr}',
    '\\pagestyle{fancy}',
    '\\fancyhf{}',
    '\\renewcommand{\\headrulewidth}{0pt}',
    // pandoc sets the title as \section and level 2 as \subsection: the
    // running section header is the level-2 heading current at the top of
    // the page (or the first begun on it), without its number.
    ...(header === 'section'
      ? [
          '\\renewcommand{\\sectionmark}[1]{}',
          '\\renewcommand{\\subsectionmark}[1]{\\markright{#1}}',
        ]
      : []),
    headLine.length ? `\\fancyhead[C]{\\small ${headLine.join(' ')}}` : '',
    `\\fancyfoot[C]{\\small ${footLine}}`,
    // Level-4 headings are run in, with a colon, as the corpus's are.
    '\\let\\kopijParagraph\\paragraph',
    '\\renewcommand{\\paragraph}[1]{\\kopijParagraph{#1:}}',
    // The title page keeps the running furniture, as the corpus's do.
    '\\fancypagestyle{plain}{}',
    '\\AtEndDocument{\\label{kopij-last-page}}',
  ]
    .filter(Boolean)
    .join('\n')
  const tex = join(dir, `${id}.tex`)
  execFileSync('pandoc', [
    '-f',
    'gfm',
    '-t',
    'latex',
    '--standalone',
    '-M',
    `lang=${locales[lang]}`,
    '-V',
    `fontsize=${fontSize}`,
    ...(twoColumns ? ['-V', 'classoption=twocolumn'] : []),
    // Numbered down to \subsubsection, LaTeX's own default (pandoc's is
    // \subparagraph): the run-in level-4 headings stay unnumbered, as the
    // corpus's are.
    ...(numbered ? ['--number-sections', '-V', 'secnumdepth=3'] : []),
    '-V',
    `header-includes=${furniture}`,
    '-o',
    tex,
    source,
  ])
  for (let run = 0; run < 2; run++)
    execFileSync('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', `${id}.tex`], {
      cwd: dir,
      stdio: 'ignore',
    })
  return join(dir, `${id}.pdf`)
}
