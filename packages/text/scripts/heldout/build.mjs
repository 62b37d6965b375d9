// `pnpm eval:heldout`: the held-out check. The Markdown documents beside this
// script were written for it and never tuned on; they are typeset and
// extracted the way the evaluation corpus was (its "lo-hyph" and "lo-lost"
// and "tex-hyph"/"tex-lost" variants), given gold files in the corpus's
// format, converted with the kopij command and scored with the corpus's own
// scorer. Scores far below
// the corpus's for the same variant mean a rule fits the corpus, not reports.
//
//   node packages/text/scripts/heldout/build.mjs [OUTDIR]
//
// Needs pandoc, LibreOffice (soffice) with the hyphen-nl, hyphen-de and
// hyphen-en-us dictionaries, pdflatex with babel's Dutch and German (Debian:
// texlive-latex-recommended, texlive-lang-european, texlive-lang-german,
// texlive-fonts-recommended, lmodern), poppler's pdftotext, a built CLI
// (`tsc -b packages/cli`; `pnpm eval:heldout` does that) and the corpus for
// its scorer (KOPIJ_CORPUS, default ../shared/corpus beside the checkout).
// OUTDIR (default: a new temporary directory) gets a corpus-shaped tree in
// `corpus/` (inputs, gold, labels, a copy of score.mjs), the converter's
// Markdown in `out/<variant>/<id>.md`, and `score.json`/`score.txt`.
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { goldFromMarkdown } from './gold.mjs'
import { checkLabeller } from './label-check.mjs'
import { furnitureLines, labelBreaks, loseHyphens } from './labels.mjs'
import { extractText, pageNumberFormats, renderPdfs, writeOdt } from './typeset.mjs'
import { latexPageNumberFormats, writeLatexPdf } from './typeset-latex.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '../../../..')
const corpus = resolve(process.env.KOPIJ_CORPUS ?? join(repo, '../shared/corpus'))
const out = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), 'kopij-heldout-')))

/**
 * Page furniture per document, made up like the corpus's: a running footer
 * with a paper reference, a page number in one of several formats, and on
 * some documents a running header repeating the title (`header: 'title'`).
 * @type {Record<string, { ref: string, header: 'title' | 'none', page: keyof typeof pageNumberFormats }>}
 */
const furniture = {
  'nl-jaarverslag-waterbeheer': {
    ref: 'Tweede Kamer, vergaderjaar 2025–2026, 36 600 XII, nr. 4',
    header: 'title',
    page: 'number',
  },
  'nl-beleidsnota-dienstverlening': {
    ref: 'Kamerstuk 36 512 VII nr. 9',
    header: 'none',
    page: 'pagina',
  },
  'en-annual-report-libraries': {
    ref: 'Department for Culture – Public Libraries Network – Annual Report',
    header: 'title',
    page: 'page',
  },
  'de-bericht-radverkehr': {
    ref: 'Landtag – 18. Wahlperiode – Drucksache 18/4127',
    header: 'none',
    page: 'number',
  },
  'en-guide-community-gardens': {
    ref: 'Regional Community Gardens Network – Volunteer Guide',
    header: 'none',
    page: 'number',
  },
  'nl-evaluatie-wijkteams': {
    ref: 'Rekenkamer – Evaluatie wijkteams – 2025/07',
    header: 'title',
    page: 'pagina',
  },
  'de-leitfaden-buergerbeteiligung': {
    ref: 'Stadtrat – Drucksache 2025/0312',
    header: 'none',
    page: 'number',
  },
  'nl-kamerbrief-laaggeletterdheid': {
    ref: 'Tweede Kamer, vergaderjaar 2025–2026, 28 760, nr. 112',
    header: 'none',
    page: 'number',
  },
  'en-annual-report-museums': {
    ref: 'Valley Museums Trust – Annual Report and Review 2025',
    header: 'none',
    page: 'page',
  },
  'de-handreichung-veranstaltungen': {
    ref: 'Der Oberbürgermeister – Handreichung Nr. 7/2025',
    header: 'title',
    page: 'number',
  },
  'nl-onderzoeksrapport-schuldhulp': {
    ref: 'Rekenkamercommissie – Onderzoeksrapport 2025/03',
    header: 'title',
    page: 'dashed',
  },
  'en-guidance-data-sharing': {
    ref: 'Information Governance Network – Guidance Note 4 (version 2.1)',
    header: 'none',
    page: 'page',
  },
  'de-bericht-digitale-verwaltung': {
    ref: 'Kreistag – Vorlage KT/2025/118',
    header: 'title',
    page: 'seite',
  },
  'nl-raadsvoorstel-warmteplan': {
    ref: 'Raadsvoorstel 2025-047 – Gemeenteraad',
    header: 'none',
    page: 'number',
  },
  'nl-rekenkamer-inkoop-jeugdhulp': {
    ref: 'Rekenkamer Vechtstreek – Rapport 2025/2',
    header: 'title',
    page: 'pagina',
  },
  'de-evaluation-schulsozialarbeit': {
    ref: 'Landtag – 19. Wahlperiode – Drucksache 19/2285',
    header: 'none',
    page: 'seite',
  },
  'en-review-home-adaptations': {
    ref: 'County Council – Cabinet Report CR/2025/31',
    header: 'title',
    page: 'page',
  },
  'nl-kamerbrief-ov-platteland': {
    ref: 'Tweede Kamer, vergaderjaar 2025–2026, 23 645, nr. 871',
    header: 'none',
    page: 'number',
  },
}
/**
 * How LaTeX sets each document, varied as the corpus's are: one narrow
 * column or two, 10 or 11 point, numbered sections or not (not where the
 * source numbers its own), a running header with the title, the current
 * section or none, the paper reference above the page number, on its line
 * or in the header (`refPlace`), and the page number's format. Documents
 * not listed get `latexDefault`.
 *
 * Numbered sections are numbered as pandoc and LaTeX number them and as the
 * corpus's numbered documents are: the title is section 1, so the headings
 * read "1.1", "1.2.1"; the gold lacks these numbers (one gold serves every
 * variant), and the scorer strips them before comparing heading texts but
 * counts them as inserted words (cont.P) and, where they equal a page
 * number, as surviving furniture words (furnTok%). This is the corpus's own
 * typesetting, kept so the held-out scores compare with the corpus's.
 * @type {Record<string, Partial<typeof latexDefault>>}
 */
const latexLayout = {
  'nl-jaarverslag-waterbeheer': { twoColumns: true, header: 'title', page: 'dashed' },
  'nl-beleidsnota-dienstverlening': { fontSize: '11pt', page: 'pagina' },
  'en-annual-report-libraries': { header: 'title', page: 'page' },
  'de-bericht-radverkehr': { numbered: true, page: 'seite' },
  'en-guide-community-gardens': { twoColumns: true },
  'nl-evaluatie-wijkteams': { header: 'title', page: 'pagina' },
  'de-leitfaden-buergerbeteiligung': { fontSize: '11pt', page: 'seite' },
  'nl-kamerbrief-laaggeletterdheid': { fontSize: '11pt', page: 'pagina' },
  'en-annual-report-museums': { twoColumns: true, page: 'page' },
  'de-handreichung-veranstaltungen': { header: 'title', page: 'seite' },
  'nl-onderzoeksrapport-schuldhulp': {
    fontSize: '11pt',
    header: 'section',
    refPlace: 'inline',
    page: 'pagina',
  },
  'en-guidance-data-sharing': { twoColumns: true, refPlace: 'header', page: 'number' },
  'de-bericht-digitale-verwaltung': {
    numbered: true,
    twoColumns: true,
    header: 'title',
    refPlace: 'header',
    page: 'dashed',
  },
  'nl-raadsvoorstel-warmteplan': { header: 'title', refPlace: 'inline', page: 'number' },
  'nl-rekenkamer-inkoop-jeugdhulp': { header: 'section', page: 'dashed' },
  'de-evaluation-schulsozialarbeit': { twoColumns: true, refPlace: 'header', page: 'seite' },
  'en-review-home-adaptations': {
    numbered: true,
    fontSize: '11pt',
    header: 'title',
    page: 'number',
  },
  'nl-kamerbrief-ov-platteland': { fontSize: '11pt', refPlace: 'inline', page: 'pagina' },
}
/** @type {{ twoColumns: boolean, numbered: boolean, fontSize: '10pt' | '11pt', header: 'title' | 'section' | 'none', refPlace: 'below' | 'inline' | 'header', page: keyof typeof latexPageNumberFormats }} */
const latexDefault = {
  twoColumns: false,
  numbered: false,
  fontSize: '10pt',
  header: 'none',
  refPlace: 'below',
  page: 'number',
}
/**
 * Documents no rule was studied or tuned on: written on 30 November 2026
 * (01:57-02:15 UTC, by that session's `blind` helper, which alone opens
 * them or their outputs; at 02:37 it added hyphenated and suspended
 * compounds, so that genuine hyphens fall at line ends) and scored at main
 * 9a6e3f6 before any of that session's rules (`/all` rows of the four,
 * para.F1 / head.F1 / h.lvl / list.F1 / furnTok%: lo-hyph 93.7 / 97.6 /
 * 76.8 / 100 / 0.0, tex-hyph 85.0 / 90.1 / 83.6 / 98.3 / 4.5, tex-hyph
 * hyph.F1 66.7 on three genuine hyphens); reported apart since. Study other documents, not these; once a rule
 * is studied or tuned on one, take it out of this list and say so.
 * Earlier blind documents are ordinary, studied documents now: the first
 * three (nl-kamerbrief-laaggeletterdheid, en-annual-report-museums,
 * de-handreichung-veranstaltungen; scored at 32883b1: lo h.lvl 66.0, tex
 * 72.5) from the session of 29-30 November 2026 on; en-guidance-data-sharing
 * from 30 November 01:20 UTC on; and nl-onderzoeksrapport-schuldhulp,
 * de-bericht-digitale-verwaltung and nl-raadsvoorstel-warmteplan (written
 * 29 November, scored at ea1108b with en-guidance-data-sharing: lo h.lvl
 * 49.5, tex 63.8; at 9a6e3f6 the three: lo 66.7, tex 83.3) from the session
 * of 30 November 01:54 UTC on, when the four above replaced them.
 */
const blind = new Set([
  'nl-rekenkamer-inkoop-jeugdhulp',
  'de-evaluation-schulsozialarbeit',
  'en-review-home-adaptations',
  'nl-kamerbrief-ov-platteland',
])
/** Share of the corpus's labels the labeller must give back (it gives 5535 of 5536). */
const minAgreement = 0.995
const typesetters = {
  lo: 'LibreOffice Writer (headless, automatic hyphenation)',
  tex: 'pdflatex (TeX Live, babel)',
}

if (!existsSync(join(corpus, 'score.mjs'))) {
  console.error(`eval:heldout: no corpus scorer at ${corpus}/score.mjs (set KOPIJ_CORPUS)`)
  process.exit(2)
}
const cli = join(repo, 'packages/cli/dist/bin.js')
if (!existsSync(cli)) {
  console.error(`eval:heldout: no built CLI at ${cli} (run tsc -b packages/cli)`)
  process.exit(2)
}

// The held-out labels are only comparable with the corpus's if they are made
// the same way: the labeller must give back the corpus's own labels, for
// either typesetter's text.
for (const typesetter of /** @type {const} */ (['lo', 'tex'])) {
  const check = checkLabeller(corpus, typesetter)
  console.error(
    `eval:heldout: labeller check on the corpus: ${check.agreeing} of ${check.breaks} ${typesetter}-hyph break labels and ${check.lostAgreeing} of ${check.lostLines} ${typesetter}-lost lines as the corpus has them`,
  )
  // Not a condition: the corpus also counts a page's first heading as
  // furniture when it repeats the running header (the title, or a section
  // title in a section header), which the held-out labeller leaves as text.
  console.error(
    `eval:heldout: furniture check on the corpus: ${check.furnitureAgreeing} of ${check.furniture} ${typesetter}-hyph furniture lines as the corpus has them, ${check.furnitureExtra} more`,
  )
  if (
    check.agreeing < minAgreement * check.breaks ||
    check.lostAgreeing < minAgreement * check.lostLines
  ) {
    console.error(
      'eval:heldout: the labeller no longer labels as the corpus does; fix labels.mjs first',
    )
    process.exit(1)
  }
}

const variants = ['lo-hyph', 'lo-lost', 'tex-hyph', 'tex-lost']
// A corpus-shaped tree: score.mjs finds inputs, gold and labels beside itself.
const tree = join(out, 'corpus')
const build = join(out, 'build')
for (const dir of ['gold', ...variants.flatMap((v) => [`inputs/${v}`, `labels/${v}`])])
  mkdirSync(join(tree, dir), { recursive: true })
mkdirSync(join(build, 'latex'), { recursive: true })
copyFileSync(join(corpus, 'score.mjs'), join(tree, 'score.mjs'))
if (!existsSync(join(tree, 'node_modules')))
  symlinkSync(join(corpus, 'node_modules'), join(tree, 'node_modules'))

const documents = readdirSync(here)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => {
    const id = basename(name, '.md')
    const lang = /** @type {'nl' | 'en' | 'de'} */ (id.slice(0, 2))
    if (!(id in furniture) || !['nl', 'en', 'de'].includes(lang))
      throw new Error(
        `${name}: add its furniture to build.mjs and start its name with nl-, en- or de-`,
      )
    const source = join(here, name)
    const { blocks, words } = goldFromMarkdown(readFileSync(source, 'utf8'), source)
    const title =
      blocks[0]?.type === 'heading' && blocks[0].level === 1 ? String(blocks[0].text) : null
    // What a running section header shows: the level-2 headings.
    const sections = blocks
      .filter((block) => block.type === 'heading' && block.level === 2)
      .map((block) => String(block.text))
    const { ref, header, page } = furniture[id]
    const latex = { ...latexDefault, ...latexLayout[id] }
    return {
      id,
      lang,
      source,
      blocks,
      words,
      ref,
      header,
      page,
      headerText: header === 'title' ? title : null,
      latex: {
        ...latex,
        headerText: latex.header === 'title' ? title : null,
        sections: latex.header === 'section' ? sections : [],
      },
    }
  })

// Typeset: ODT per document, then one LibreOffice run for all of them; and
// each document through LaTeX.
console.error(`eval:heldout: typesetting ${documents.length} documents in ${build}`)
const odts = documents.map((document) => writeOdt({ ...document, dir: build }))
renderPdfs(odts, build, join(build, 'profile'))
const latexPdfs = documents.map((document) =>
  writeLatexPdf({ ...document, ...document.latex, dir: join(build, 'latex') }),
)

/**
 * Label one typesetter's extracted text and write its two variants (the
 * text as extracted, and its hyphens lost) into the corpus-shaped tree.
 *
 * @param {(typeof documents)[number]} document
 * @param {'lo' | 'tex'} typesetter
 * @param {string} text
 * @param {{ headerText: string | null, header: string, sections: string[], pageNumberRegex: string, layout: string, numbered: boolean, fontsize: string | null }} setting
 */
function writeVariants(document, typesetter, text, setting) {
  const { id, lang, blocks, words, ref } = document
  const { headerText, header, sections, pageNumberRegex } = setting
  const lines = text.split('\n')
  const furnitureAt = furnitureLines(lines, { headerText, ref, pageNumberRegex, sections })
  const { breaks, stats } = labelBreaks(lines, new Set(furnitureAt), blocks, words)
  const lost = loseHyphens(lines, breaks)
  const pages = (text.match(/\f/g) ?? []).length
  // The alignment is exact unless the typesetting changed words; say so.
  if (stats.unalignedTokens + stats.skippedWords > 0)
    console.error(
      `eval:heldout: ${typesetter} ${id}: ${stats.unalignedTokens} extracted words and ${stats.skippedWords} gold words not aligned`,
    )
  for (const [variant, variantLines, variantBreaks] of [
    [`${typesetter}-hyph`, lines, breaks],
    [`${typesetter}-lost`, lost.lines, lost.breaks],
  ]) {
    const counts = {}
    for (const b of variantBreaks) counts[b.label] = (counts[b.label] ?? 0) + 1
    const labels = {
      id,
      variant,
      lang,
      pages,
      nlines: variantLines.length,
      furniture: { ref, headerText, header, pageNumberRegex, lines: furnitureAt },
      render: {
        layout: setting.layout,
        numbered: setting.numbered,
        fontsize: setting.fontsize,
        typesetter: typesetters[typesetter],
        extractor: 'pdftotext (poppler) -raw',
      },
      stats: {
        ...stats,
        breaks: counts,
        hyphenLineEnds: variantLines.filter((line) => line.endsWith('-')).length,
      },
      breaks: variantBreaks,
    }
    writeFileSync(join(tree, 'inputs', variant, `${id}.txt`), variantLines.join('\n'))
    writeFileSync(join(tree, 'labels', variant, `${id}.json`), JSON.stringify(labels, null, 1))
  }
  console.error(
    `eval:heldout: ${typesetter} ${id}: ${pages} pages, ${words.length} words, ${breaks.length} line breaks labelled`,
  )
}

documents.forEach((document, index) => {
  const { id, lang, blocks, words, headerText, header, page, latex } = document
  writeFileSync(
    join(tree, 'gold', `${id}.json`),
    JSON.stringify(
      {
        id,
        lang,
        source: { path: `packages/text/scripts/heldout/${id}.md` },
        nwords: words.length,
        nblocks: blocks.length,
        blocks,
        words,
      },
      null,
      1,
    ),
  )
  writeVariants(document, 'lo', extractText(join(build, `${id}.pdf`)), {
    headerText,
    header,
    sections: [],
    pageNumberRegex: pageNumberFormats[page].regex,
    layout: 'narrow',
    numbered: false,
    fontsize: null,
  })
  writeVariants(document, 'tex', extractText(latexPdfs[index]), {
    headerText: latex.headerText,
    header: latex.header,
    sections: latex.sections,
    pageNumberRegex: latexPageNumberFormats[latex.page].regex,
    layout: latex.twoColumns ? 'twocol' : 'narrow',
    numbered: latex.numbered,
    fontsize: latex.fontSize,
  })
})

// Convert with the kopij command, front matter cut off as `pnpm eval` does.
for (const variant of variants) {
  mkdirSync(join(out, 'out', variant), { recursive: true })
  for (const { id } of documents) {
    const input = join(tree, 'inputs', variant, `${id}.txt`)
    const markdown = execFileSync('node', [cli, 'convert', input, '--to', 'markdown', '-q'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    })
    const body = execFileSync('node', [join(here, '../strip-front-matter.mjs')], {
      input: markdown,
      encoding: 'utf8',
    })
    writeFileSync(join(out, 'out', variant, `${id}.md`), body)
  }
}

// Score with the corpus's scorer (its copy in the corpus-shaped tree).
const table = execFileSync(
  'node',
  [join(tree, 'score.mjs'), join(out, 'out'), '--json', join(out, 'score.json'), '--docs'],
  { encoding: 'utf8' },
)
const rows = table.slice(table.indexOf('group'))
// Per document, and the blind documents apart: a rule that lifts the
// documents it was studied on but not the blind ones fits those documents.
const { perDoc } = JSON.parse(readFileSync(join(out, 'score.json'), 'utf8'))
const pct = (/** @type {number} */ value) => (100 * value).toFixed(1).padStart(6)
const docRows = [
  'document                                 variant    para.F1 head.F1  h.lvl list.F1 brk.acc cont.P furnTok%',
  ...perDoc.map(
    (/** @type {any} */ row) =>
      `${(row.id + (blind.has(row.id) ? ' (blind)' : '')).padEnd(40)} ${row.variant.padEnd(9)} ${pct(row.blocks.paragraph.f1)}  ${pct(row.blocks.heading.f1)} ${pct(row.heading.levelExact)}  ${row.blocks.listItem.nGold + row.blocks.listItem.nOut ? pct(row.blocks.listItem.f1) : '     -'}  ${pct(row.breaks.accuracy)} ${pct(row.content.precision)}   ${pct(row.furniture.tokenSurvivalRate)}`,
  ),
]
/** h.lvl over a set of documents: headings at the gold level / headings matched. */
const levelOf = (/** @type {any[]} */ docs) => {
  const same = docs.reduce(
    (sum, row) => sum + Math.round(row.heading.levelExact * row.heading.matched),
    0,
  )
  const matched = docs.reduce((sum, row) => sum + row.heading.matched, 0)
  return `${pct(matched ? same / matched : 0).trim()} (${same}/${matched})`
}
for (const variant of variants) {
  const docs = perDoc.filter((/** @type {any} */ row) => row.variant === variant)
  docRows.push(
    `${variant}: h.lvl blind ${levelOf(docs.filter((/** @type {any} */ row) => blind.has(row.id)))}, others ${levelOf(docs.filter((/** @type {any} */ row) => !blind.has(row.id)))}`,
  )
}
/**
 * The scorer's table over a group of documents only: a corpus-shaped tree
 * with just their inputs, gold and labels (links into the full tree) and
 * its own copy of the scorer, which reads the tree beside itself.
 *
 * @param {string} name
 * @param {string[]} ids
 */
const groupTable = (name, ids) => {
  const groupTree = join(out, `corpus-${name}`)
  rmSync(groupTree, { recursive: true, force: true })
  for (const dir of ['gold', ...variants.flatMap((v) => [`inputs/${v}`, `labels/${v}`])])
    mkdirSync(join(groupTree, dir), { recursive: true })
  copyFileSync(join(corpus, 'score.mjs'), join(groupTree, 'score.mjs'))
  symlinkSync(join(corpus, 'node_modules'), join(groupTree, 'node_modules'))
  for (const id of ids) {
    symlinkSync(join(tree, 'gold', `${id}.json`), join(groupTree, 'gold', `${id}.json`))
    for (const v of variants) {
      symlinkSync(join(tree, 'inputs', v, `${id}.txt`), join(groupTree, 'inputs', v, `${id}.txt`))
      symlinkSync(join(tree, 'labels', v, `${id}.json`), join(groupTree, 'labels', v, `${id}.json`))
    }
  }
  const groupRows = execFileSync(
    'node',
    [join(groupTree, 'score.mjs'), join(out, 'out'), '--json', join(out, `score-${name}.json`)],
    { encoding: 'utf8' },
  )
  return `${name} documents (${ids.length}):\n${groupRows.slice(groupRows.indexOf('group'))}`
}
const ids = documents.map((document) => document.id)
const groups = [
  groupTable(
    'blind',
    ids.filter((id) => blind.has(id)),
  ),
  groupTable(
    'studied',
    ids.filter((id) => !blind.has(id)),
  ),
].join('\n')
/**
 * Running section headers left in the text. The scorer counts a running
 * header in `furnLn` only when it repeats the title or a level-1 heading (a
 * section header in the corpus shows those); the held-out LaTeX layouts with
 * `header: 'section'` show the level-2 heading under the title, which
 * `furnLn` therefore never counts (`furnTok%` does count their words).
 * Counted here as the scorer counts header text: occurrences in the output
 * beyond those in the gold text.
 */
const normalized = (/** @type {string} */ text) =>
  [...text.normalize('NFKC')]
    .map((char) => ({ '“': '"', '”': '"', '„': '"', '‘': "'", '’': "'" })[char] ?? char)
    .join('')
    .replace(/\s+/g, ' ')
const occurrences = (/** @type {string} */ text, /** @type {string} */ part) =>
  text.split(part).length - 1
const sectionHeaders = documents
  .filter((document) => document.latex.header === 'section')
  .flatMap(({ id, blocks, latex }) =>
    ['tex-hyph', 'tex-lost'].map((variant) => {
      const output = normalized(readFileSync(join(out, 'out', variant, `${id}.md`), 'utf8'))
      const gold = normalized(blocks.map((block) => String(block.text)).join(' '))
      const left = [...new Set(latex.sections)].reduce((sum, section) => {
        const head = normalized(section)
        return sum + Math.max(0, occurrences(output, head) - occurrences(gold, head))
      }, 0)
      return `${(id + (blind.has(id) ? ' (blind)' : '')).padEnd(40)} ${variant.padEnd(9)} ${left}`
    }),
  )
const sectionRows = sectionHeaders.length
  ? `running section headers left in the text (furnLn does not count them):\n${sectionHeaders.join('\n')}\n`
  : ''
writeFileSync(join(out, 'score.txt'), `${rows}\n${docRows.join('\n')}\n${sectionRows}${groups}\n`)
console.log(rows)
console.log(docRows.join('\n'))
if (sectionRows) console.log(sectionRows)
console.log(groups)
console.error(
  `eval:heldout: inputs, gold and labels in ${tree}; kopij's output in ${join(out, 'out')}`,
)
