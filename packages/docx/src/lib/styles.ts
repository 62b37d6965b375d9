/**
 * The style sheet: readable defaults (body text 11 pt or more, dark text on
 * white, room between lines and paragraphs), the built-in heading styles with
 * outline levels, and the few styles of our own that code and quotes use.
 */
import type { IStylesOptions } from 'docx'
import { codeIndent, quoteIndent } from './blocks.js'
import type { ResolvedOptions } from './options.js'

/**
 * Text colours. All are far above WCAG 2.1 1.4.3's 4.5:1 against white (a
 * test computes the ratios from the written styles): headings 1F3864 ≈ 12:1,
 * quotes 404040 ≈ 10:1, body text black 21:1.
 */
const colors = { text: '000000', heading: '1F3864', quote: '404040' } as const

/** Heading sizes in points, by level; never smaller than the body text. */
const headingSizes = [20, 16, 14, 12, 11, 11] as const

/**
 * Line spacing in 240ths of a line: 1.15 lines, Word's default since 2007.
 * WCAG 2.1 1.4.12 asks that text survives 1.5; 1.15 is the common readable
 * default for print, and users can change it in the style.
 */
const lineSpacing = 276
/** Space after a paragraph, in twips: 8 pt. */
const paragraphSpacing = 160

/**
 * Build the style sheet.
 *
 * @param options The options (fonts, size).
 * @param language The document language, for `w:lang` in the document defaults.
 * @returns The `styles` option of docx's `Document`.
 */
export function styleSheet(options: ResolvedOptions, language: string): IStylesOptions {
  const size = halfPoints(options.fontSize)
  const font = options.font
  const heading = (level: number) => {
    const points = Math.max(headingSizes[level - 1] ?? options.fontSize, options.fontSize)
    return {
      run: {
        font,
        bold: true,
        // Level 6 is no larger than body text; italics set it apart.
        ...(level === 6 ? { italics: true } : {}),
        size: halfPoints(points),
        color: colors.heading,
      },
      paragraph: {
        // Without an outline level LibreOffice exports "Heading 1" as a plain
        // P: no H1 tags and no bookmarks (docs/accessibility.md §4).
        outlineLevel: level - 1,
        keepNext: true,
        keepLines: true,
        spacing: { before: level <= 2 ? 360 : 240, after: 120 },
      },
    }
  }
  return {
    default: {
      document: {
        run: { font, size, color: colors.text, language: { value: language } },
        paragraph: { spacing: { after: paragraphSpacing, line: lineSpacing } },
      },
      title: { run: { font, bold: true, size: halfPoints(26), color: colors.heading } },
      heading1: heading(1),
      heading2: heading(2),
      heading3: heading(3),
      heading4: heading(4),
      heading5: heading(5),
      heading6: heading(6),
    },
    paragraphStyles: [
      {
        id: 'SourceCode',
        name: 'Source Code',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: options.monospaceFont, size },
        paragraph: {
          spacing: { after: paragraphSpacing, line: 240 },
          indent: { left: codeIndent },
        },
      },
      {
        id: 'BlockText',
        name: 'Block Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { color: colors.quote },
        paragraph: { indent: { left: quoteIndent, right: quoteIndent } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font, bold: true, size: halfPoints(16), color: colors.heading },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
    ],
    characterStyles: [
      {
        id: 'VerbatimChar',
        name: 'Verbatim Char',
        basedOn: 'DefaultParagraphFont',
        run: { font: options.monospaceFont },
      },
    ],
  }
}

/** docx sizes text in half-points (`w:sz`, ECMA-376 part 1, 17.3.2.38). */
function halfPoints(points: number): number {
  return Math.round(points * 2)
}
