/**
 * GFM tables to Word tables: the first row is a header row that repeats on
 * every page (`w:tblHeader`, ECMA-376 part 1, 17.4.49), which is also what
 * makes readers (LibreOffice's PDF export, mammoth, pandoc) see header cells.
 */
import {
  AlignmentType,
  Paragraph,
  type ParagraphChild,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { AlignType, Table as MdastTable, TableCell as MdastTableCell } from 'mdast'
import type { Context, Scope } from './context.js'
import { listIndent } from './list-numbering.js'
import { warn } from './messages.js'
import { convertPhrasing, plainFormat, type RunFormat } from './phrasing.js'

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const

/**
 * Convert a table.
 *
 * @param node The table.
 * @param scope Where it stands.
 * @param context The conversion.
 * @returns The Word table.
 */
export function convertTable(node: MdastTable, scope: Scope, context: Context): Table {
  const columns = Math.max(1, ...node.children.map((row) => row.children.length))
  const indent = scope.listLevel === undefined ? 0 : listIndent(scope.listLevel)
  const width = context.textWidth - indent
  const columnWidth = Math.floor(width / columns)
  const format: RunFormat = { ...plainFormat, language: scope.language }
  const rows = node.children.map((row, index) => {
    const header = index === 0
    const language = row.data?.language
    const rowFormat = language === undefined ? format : { ...format, language }
    const cells: TableCell[] = []
    for (let column = 0; column < columns; column++) {
      const cell = row.children[column]
      const alignment = alignmentOf(node.align?.[column])
      const children = cell
        ? cellContent(cell, header ? { ...rowFormat, bold: true } : rowFormat, context)
        : []
      cells.push(
        new TableCell({
          width: { size: columnWidth, type: WidthType.DXA },
          children: [new Paragraph({ children, ...(alignment ? { alignment } : {}) })],
        }),
      )
    }
    return new TableRow({ children: cells, ...(header ? { tableHeader: true } : {}) })
  })
  return new Table({
    rows,
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
  })
}

/**
 * A table inside a footnote: Word notes hold paragraphs only in docx, so each
 * row becomes a paragraph, cells separated by tabs.
 *
 * @param node The table.
 * @param scope Where it stands.
 * @param context The conversion.
 * @returns One paragraph per row.
 */
export function flattenTable(node: MdastTable, scope: Scope, context: Context): Paragraph[] {
  warn(
    context.file,
    node,
    'footnote-table-flattened',
    'A table inside a footnote is written as one line per row, cells separated by tabs: Word notes here hold paragraphs only',
  )
  const format: RunFormat = { ...plainFormat, inFootnote: true, language: scope.language }
  return node.children.map(
    (row) =>
      new Paragraph({
        style: 'FootnoteText',
        children: row.children.flatMap((cell, index) => [
          ...(index > 0 ? [new TextRun({ children: [new Tab()] })] : []),
          ...cellContent(cell, format, context),
        ]),
      }),
  )
}

function cellContent(cell: MdastTableCell, format: RunFormat, context: Context): ParagraphChild[] {
  const language = cell.data?.language
  return convertPhrasing(
    cell.children,
    language === undefined ? format : { ...format, language },
    context,
  )
}

function alignmentOf(
  align: AlignType | undefined,
): (typeof alignments)[keyof typeof alignments] | undefined {
  return align ? alignments[align] : undefined
}
