// Typesetting as the corpus's "lo-hyph" variant was made: pandoc turns the
// Markdown into ODT, the ODT gets automatic hyphenation and a running
// header and footer, LibreOffice renders it to PDF and poppler's
// `pdftotext -raw` extracts the text a converter gets.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

/** Page number formats in the footer: the ODF fields and the scorer's regex. */
export const pageNumberFormats = {
  number: {
    odf: '<text:page-number text:select-page="current">1</text:page-number>',
    regex: '\\d+',
  },
  pagina: {
    odf: 'Pagina <text:page-number text:select-page="current">1</text:page-number> van <text:page-count>1</text:page-count>',
    regex: 'Pagina \\d+ van \\d+',
  },
  page: {
    odf: 'Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>',
    regex: 'Page \\d+ of \\d+',
  },
  dashed: {
    odf: '– <text:page-number text:select-page="current">1</text:page-number> –',
    regex: '– \\d+ –',
  },
  seite: {
    odf: 'Seite <text:page-number text:select-page="current">1</text:page-number> von <text:page-count>1</text:page-count>',
    regex: 'Seite \\d+ von \\d+',
  },
}

/** Languages as pandoc and LibreOffice's hyphenation dictionaries name them. */
const locales = { nl: 'nl-NL', en: 'en-US', de: 'de-DE' }

/** @param {string} text */
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Write `<dir>/<id>.odt` from a Markdown file: pandoc's ODT with hyphenation
 * switched on in every style and the page style's header and footer replaced.
 *
 * @param {{ id: string, source: string, lang: 'nl' | 'en' | 'de', dir: string,
 *   headerText: string | null, ref: string, page: keyof typeof pageNumberFormats }} document
 * @returns {string} the ODT's path
 */
export function writeOdt({ id, source, lang, dir, headerText, ref, page }) {
  const odt = join(dir, `${id}.odt`)
  execFileSync('pandoc', [
    '-f',
    'gfm',
    '-t',
    'odt',
    '-M',
    `lang=${locales[lang]}`,
    '-o',
    odt,
    source,
  ])
  const entries = unzipSync(readFileSync(odt))
  let styles = strFromU8(entries['styles.xml'])
  // pandoc writes fo:hyphenate="false"; the corpus was made with it on.
  styles = styles.replace(/fo:hyphenate="false"/g, 'fo:hyphenate="true"')
  // LibreOffice shows a header only when the page layout has a header style.
  styles = styles.replace(
    '<style:header-style />',
    '<style:header-style><style:header-footer-properties fo:min-height="0in" fo:margin-bottom="0.2in" /></style:header-style>',
  )
  const header = headerText
    ? `<style:header><text:p>${escapeXml(headerText)}</text:p></style:header>`
    : ''
  const footer = `<style:footer><text:p>${escapeXml(ref)}</text:p><text:p>${pageNumberFormats[page].odf}</text:p></style:footer>`
  const masterPage =
    /(<style:master-page style:name="Standard"[^>]*>)[\s\S]*?(<\/style:master-page>)/
  if (!masterPage.test(styles))
    throw new Error(`${odt}: pandoc's styles.xml has no Standard master page`)
  styles = styles.replace(masterPage, `$1${header}${footer}$2`)
  entries['styles.xml'] = strToU8(styles)
  // ODF wants `mimetype` first and stored uncompressed.
  const { mimetype, ...rest } = entries
  writeFileSync(odt, zipSync({ mimetype: [mimetype, { level: 0 }], ...rest }))
  return odt
}

/**
 * Render ODT files to PDF with one headless LibreOffice run (it is slow to
 * start) in a private profile, so it does not meet another running instance.
 *
 * @param {string[]} odts
 * @param {string} dir where the PDFs go (same base names)
 * @param {string} profile a directory for LibreOffice's user profile
 */
export function renderPdfs(odts, dir, profile) {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...odts,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
}

/**
 * @param {string} pdf
 * @returns {string} the text of `pdftotext -raw`
 */
export function extractText(pdf) {
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' })
}
