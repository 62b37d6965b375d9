/**
 * A kopij tree to a Word document: properties, style sheet, body, notes and
 * page set-up, packed by docx.
 */
import { cwd } from 'node:process'
import { isRoot } from '@kopij/ast'
import {
  AlignmentType,
  Document,
  Footer,
  type ISectionOptions,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx'
import type { Definition, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { type Block, convertBlocks } from './blocks.js'
import { bodyScope, type Context } from './context.js'
import { Footnotes } from './footnotes.js'
import { loadImages } from './image.js'
import { ListNumbering } from './list-numbering.js'
import { inform, warn } from './messages.js'
import { type Options, type ResolvedOptions, resolveOptions } from './options.js'
import { documentProperties } from './properties.js'
import { styleSheet } from './styles.js'

/** Page sizes in twips (ECMA-376 part 1, 17.6.13 `w:pgSz`). */
const pageSizes = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
} as const

/** Page margins in twips: 2.5 cm, a common margin for A4 reports. */
const margin = 1417

/** The language when neither the tree nor the options give one. */
const defaultLanguage = 'nl-NL'

/** Titles of the table of contents by language (primary subtag). */
const contentsTitles: Record<string, string> = {
  nl: 'Inhoud',
  en: 'Contents',
  de: 'Inhalt',
  fr: 'Table des matières',
}

/**
 * Write a kopij tree as an accessible Word document (DOCX): headings in the
 * built-in Heading styles with outline levels, real lists, tables with a
 * repeating header row, footnotes, hyperlinks, images with alternative text
 * (or marked decorative), the document language, title and author.
 *
 * @param tree The tree (an mdast root; `root.data.metadata` gives the
 *   properties).
 * @param options How to write it; see `Options`.
 * @param file The file being converted: receives the messages
 *   (`html-dropped`, `image-remote`, `footnote-undefined`, … see the README),
 *   and its folder is where relative image paths resolve. Without it the
 *   messages are not kept.
 * @returns The DOCX file's bytes.
 * @throws {TypeError} When `tree` is not a root, or for an unknown option or value.
 */
export async function toDocx(tree: Root, options?: Options, file?: VFile): Promise<Uint8Array> {
  if (typeof tree !== 'object' || tree === null || !isRoot(tree)) {
    throw new TypeError(
      '@kopij/docx can only write an mdast root: pass the tree of a whole document',
    )
  }
  const resolved = resolveOptions(options)
  const vfile = file ?? new VFile()
  const language = documentLanguage(tree, resolved, vfile)
  const images = await loadImages(tree, resolved.imageBase ?? vfile.dirname ?? cwd(), vfile)
  const page = pageSizes[resolved.pageSize]
  const context: Context = {
    file: vfile,
    options: resolved,
    footnotes: new Footnotes(tree, vfile),
    lists: new ListNumbering(),
    images,
    definitions: definitions(tree),
    textWidth: page.width - 2 * margin,
    imageCount: 0,
  }
  const properties = documentProperties(tree, resolved, vfile)
  const body = [
    ...tableOfContents(resolved, language),
    ...convertBlocks(tree.children, bodyScope, context),
    ...unreferencedNotes(context),
  ]
  const footnotes = notes(context)
  const section: ISectionOptions = {
    properties: {
      page: {
        size: page,
        margin: { top: margin, bottom: margin, left: margin, right: margin },
      },
    },
    ...(resolved.pageNumbers ? { footers: { default: pageNumberFooter() } } : {}),
    children: body,
  }
  const document = new Document({
    ...properties,
    styles: styleSheet(resolved, language),
    numbering: context.lists.options(),
    footnotes,
    sections: [section],
  })
  return Packer.pack(document, 'uint8array')
}

function documentLanguage(tree: Root, options: ResolvedOptions, file: VFile): string {
  const language = tree.data?.metadata?.language ?? options.language
  if (language !== undefined) return language
  inform(
    file,
    undefined,
    'language-defaulted',
    `The document has no language in its metadata or options; it is marked as ${defaultLanguage}`,
  )
  return defaultLanguage
}

function definitions(tree: Root): Map<string, Definition> {
  const result = new Map<string, Definition>()
  visit(tree, 'definition', (node) => {
    // The first definition of an identifier wins (CommonMark 4.7).
    if (!result.has(node.identifier)) result.set(node.identifier, node)
  })
  return result
}

function tableOfContents(
  options: ResolvedOptions,
  language: string,
): Array<Paragraph | TableOfContents> {
  if (!options.tableOfContents) return []
  const title =
    options.tableOfContentsTitle ??
    contentsTitles[language.split('-')[0]?.toLowerCase() ?? ''] ??
    contentsTitles.en ??
    'Contents'
  return [
    new Paragraph({ style: 'TOCHeading', children: [new TextRun(title)] }),
    new TableOfContents(title, {
      hyperlink: true,
      headingStyleRange: `1-${options.tableOfContentsDepth}`,
    }),
  ]
}

/** Converting every note's blocks, in id order, in the scope of a note. */
function notes(context: Context): Record<string, { children: Paragraph[] }> {
  const result: Record<string, { children: Paragraph[] }> = {}
  for (const { id, definition } of context.footnotes.entries()) {
    const blocks = convertBlocks(definition.children, { ...bodyScope, inFootnote: true }, context)
    // In a note every block is a paragraph: tables are flattened there.
    result[id] = { children: blocks.filter((block) => block instanceof Paragraph) }
  }
  return result
}

/**
 * Definitions nothing refers to still hold text: they go at the end of the
 * body, with a warning, rather than being lost.
 */
function unreferencedNotes(context: Context): Block[] {
  const result: Block[] = []
  for (const definition of context.footnotes.unreferenced()) {
    const label = definition.label ?? definition.identifier
    warn(
      context.file,
      definition,
      'footnote-unreferenced',
      `Footnote "${label}" is defined but never referenced; its text is written at the end of the document`,
    )
    result.push(new Paragraph({ children: [new TextRun({ text: `[${label}]` })] }))
    result.push(...convertBlocks(definition.children, bodyScope, context))
  }
  return result
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  })
}
