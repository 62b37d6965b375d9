/**
 * Block layout: the tree's blocks to a flat list of flow items (lines, table
 * rows, figures, rules), each knowing how to draw itself and which structure
 * element its content belongs to. Pagination decides where they land.
 */
import type {
  Blockquote,
  Code,
  FootnoteDefinition,
  Heading,
  List,
  Nodes,
  PhrasingContent,
  RootContent,
  Table,
} from 'mdast'
import type { VFile } from 'vfile'
import type { Canvas, Color } from './canvas.js'
import { drawLine } from './draw-line.js'
import type { FlowItem, Footnote } from './flow.js'
import { type FontSet, normalizeText } from './fonts.js'
import {
  type Destination,
  type FootnoteNumber,
  type InlineContext,
  type Piece,
  plainStyle,
  type TextStyle,
  type Token,
  tokenize,
} from './inline.js'
import { breakLines, type Line } from './line-break.js'
import { footnoteDescription } from './link-description.js'
import type { StructElement, StructureTree } from './structure.js'
import { breakJustified, type JustifyContext } from './total-fit.js'
import {
  baselineOf,
  bodySize,
  cellPadding,
  codeSize,
  footnoteSize,
  headingSizes,
  headingSpace,
  indent,
  lastLineShare,
  lineHeight,
  paragraphSpace,
} from './typography.js'

/** An embedded image, ready to be painted. */
export interface LoadedImage {
  name: string
  width: number
  height: number
}

/** A bookmark target, recorded when its heading is drawn. */
export interface OutlineEntry {
  title: string
  level: number
  page: Canvas['ref']
  top: number
}

/** Document-wide state of the layout. */
export interface LayoutContext {
  fonts: FontSet
  structure: StructureTree
  file: VFile | undefined
  definitions: Map<string, FootnoteDefinition>
  images: Map<string, LoadedImage>
  outline: OutlineEntry[]
  /** Width of the text area, for footnotes. */
  textWidth: number
  /** Height of the text area, the tallest an image may be. */
  textHeight: number
  /** x of the text area's left edge. */
  left: number
  /** Footnote numbers and where the notes start, by identifier, from the first call. */
  footnoteNumbers: Map<string, { number: number; destination: Destination }>
  /** The document's language, for link descriptions. */
  language: string
  /** Where each heading starts, once drawn. */
  headingDestinations: Map<Heading, Destination>
  /** Headings by anchor (`#slug`), for links inside the document. */
  anchors: Map<string, Destination>
  /** Heading level of the last heading as tagged (0 before the first). */
  lastHeadingLevel: number
  /** Set when paragraphs are justified. */
  justify: JustifyContext | undefined
}

/** Where blocks are set. */
interface Frame {
  x: number
  width: number
  parent: StructElement
  /** Text size of plain paragraphs. */
  size: number
  /** Space between paragraphs, as a multiple of the size. */
  space: number
  /** Nesting depth of lists, for bullet shapes. */
  listDepth: number
}

const ruleColor: Color = [0.55, 0.55, 0.55]
const shadeColor: Color = [0.94, 0.94, 0.94]
const quoteBarColor: Color = [0.7, 0.7, 0.7]
/** Bullets by nesting depth, as in most word processors. */
const bullets = ['•', '–', '◦']

const source = '@kopij/pdf'

/**
 * Lay out the document's blocks.
 *
 * @param nodes The root's children.
 * @param context Fonts, structure and document state.
 * @returns The flow items in reading order.
 */
export function layoutDocument(nodes: readonly RootContent[], context: LayoutContext): FlowItem[] {
  const frame: Frame = {
    x: context.left,
    width: context.textWidth,
    parent: context.structure.document,
    size: bodySize,
    space: paragraphSpace,
    listDepth: 0,
  }
  const items = layoutBlocks(nodes, frame, context)
  // Definitions no call refers to are still content: set them at the end.
  for (const [identifier, definition] of context.definitions) {
    if (context.footnoteNumbers.has(identifier)) continue
    context.file?.message(
      `Footnote definition "${identifier}" is never referenced; it is set at the end of the document`,
      { place: definition.position ?? null, source, ruleId: 'footnote-unreferenced' },
    )
    const { first } = footnoteNumber(identifier, context.structure.document, context)
    if (first) {
      const [head, ...rest] = first.footnote.items
      if (head) {
        items.push(
          { ...head, spaceBefore: bodySize * paragraphSpace, draw: attachFirst(head, first.note) },
          ...rest,
        )
      }
    }
  }
  return items
}

/** Wrap a footnote's first item so its Note joins the tree when it is drawn. */
function attachFirst(item: FlowItem, note: StructElement): FlowItem['draw'] {
  return (canvas, top) => {
    canvas.attach(note)
    item.draw(canvas, top)
  }
}

function layoutBlocks(
  nodes: readonly RootContent[],
  frame: Frame,
  context: LayoutContext,
): FlowItem[] {
  const items: FlowItem[] = []
  nodes.forEach((node, index) => {
    const blockItems = layoutBlock(node, frame, context, nodes[index + 1])
    for (const item of blockItems) items.push(item)
  })
  return items
}

function layoutBlock(
  node: RootContent,
  frame: Frame,
  context: LayoutContext,
  next?: RootContent,
): FlowItem[] {
  switch (node.type) {
    case 'paragraph': {
      const [only] = node.children
      if (node.children.length === 1 && only?.type === 'image') {
        return layoutFigure(only.url, only.alt ?? '', node, frame, context)
      }
      const element = context.structure.create('P', frame.parent, languageOf(node))
      // Before another paragraph, the last line leaves room for that
      // paragraph's first word and more (see `lastLineShare`).
      const nextWord = next?.type === 'paragraph' ? firstWord(next.children) : ''
      const lastLineMax =
        nextWord === ''
          ? Number.POSITIVE_INFINITY
          : frame.width * lastLineShare -
            context.fonts.measure('regular', ` ${nextWord}`, frame.size)
      return layoutText(node.children, plainStyle(frame.size), element, frame, context, {
        spaceBefore: frame.size * frame.space,
        justify: true,
        lastLineMax,
      })
    }
    case 'heading':
      return layoutHeading(node, frame, context)
    case 'list':
      return layoutList(node, frame, context)
    case 'blockquote':
      return layoutQuote(node, frame, context)
    case 'code':
      return layoutCode(node, frame, context)
    case 'table':
      return layoutTable(node, frame, context)
    case 'thematicBreak': {
      const height = frame.size * 1.2
      return [
        {
          height,
          spaceBefore: frame.size * frame.space,
          keepWithNext: false,
          footnotes: [],
          draw(canvas, top) {
            canvas.artifact('Layout')
            canvas.line(
              frame.x,
              top - height / 2,
              frame.x + frame.width,
              top - height / 2,
              0.75,
              ruleColor,
            )
            canvas.close()
          },
        },
      ]
    }
    case 'html': {
      const element = context.structure.create('P', frame.parent)
      return layoutText(
        [{ type: 'text', value: node.value }],
        plainStyle(frame.size),
        element,
        frame,
        context,
        {
          spaceBefore: frame.size * frame.space,
        },
      )
    }
    case 'footnoteDefinition':
    case 'definition':
    case 'yaml':
      // Footnotes are set at the foot of the page of their first call;
      // link definitions and front matter are not content.
      return []
    case 'listItem':
      return layoutBlocks(node.children, frame, context)
    case 'tableRow':
    case 'tableCell':
      return layoutTable(
        {
          type: 'table',
          children: node.type === 'tableRow' ? [node] : [{ type: 'tableRow', children: [node] }],
        },
        frame,
        context,
      )
    default: {
      // Phrasing content directly in a block container: a paragraph of it.
      const element = context.structure.create('P', frame.parent)
      return layoutText([node], plainStyle(frame.size), element, frame, context, {
        spaceBefore: frame.size * frame.space,
      })
    }
  }
}

/** The `/Lang` of a node, when it carries one. */
function languageOf(node: Nodes): { lang?: string } {
  const language = node.data?.language
  return language === undefined ? {} : { lang: language }
}

/** What a text block needs besides its content. */
interface TextOptions {
  spaceBefore: number
  /** Keep every line together and with the next block (headings). */
  keepAll?: boolean
  /** Called when the first line is drawn (bookmarks). */
  onFirstDraw?: (canvas: Canvas, top: number) => void
  /** Line width, if not the frame's. */
  width?: number
  /** Justify when the document asks for it (paragraphs only). */
  justify?: boolean
  /** The widest the last line may be. */
  lastLineMax?: number
}

/** The first word of phrasing content, as it will be drawn. */
function firstWord(nodes: readonly PhrasingContent[]): string {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
      const word =
        normalizeText(node.value)
          .trimStart()
          .split(/[ \n\r]/, 1)[0] ?? ''
      if (word !== '') return word
      continue
    }
    if ('children' in node) {
      const word = firstWord(node.children)
      if (word !== '') return word
    }
  }
  return ''
}

/** Set phrasing content as lines of one element. */
function layoutText(
  nodes: readonly PhrasingContent[],
  style: TextStyle,
  element: StructElement,
  frame: Frame,
  context: LayoutContext,
  options: TextOptions,
): FlowItem[] {
  const tokens = tokenize(nodes, style, element, inlineContext(context))
  const width = options.width ?? frame.width
  const lines =
    options.justify && context.justify
      ? breakJustified(tokens, width, style.size, context.justify, options.lastLineMax)
      : breakLines(tokens, width, style.size, options.lastLineMax)
  return linesToItems(lines, frame.x, options, element, context)
}

/** Flow items of set lines, with orphan and widow control. */
function linesToItems(
  lines: readonly Line[],
  x: number,
  options: TextOptions,
  element: StructElement,
  _context: LayoutContext,
): FlowItem[] {
  const count = lines.length
  return lines.map((line, index) => {
    const height = lineHeight(line.size)
    const item: FlowItem = {
      height,
      spaceBefore: index === 0 ? options.spaceBefore : 0,
      // No orphan (first line alone at a page foot) and no widow (last line
      // alone at a page head): the first line keeps with the second, the
      // one before last with the last.
      keepWithNext: options.keepAll === true || (count > 1 && (index === 0 || index === count - 2)),
      footnotes: footnotesOf(line.pieces),
      draw(canvas, top) {
        if (index === 0) options.onFirstDraw?.(canvas, top)
        if (line.pieces.length === 0) {
          // An empty paragraph still belongs to the structure.
          canvas.attach(element)
          return
        }
        drawLine(canvas, line, x, baselineOf(top, line.size))
      },
    }
    return item
  })
}

function footnotesOf(pieces: readonly Piece[]): Footnote[] {
  const footnotes: Footnote[] = []
  for (const piece of pieces) {
    if (piece.footnote?.first) footnotes.push(piece.footnote.first.footnote)
  }
  return footnotes
}

function inlineContext(context: LayoutContext): InlineContext {
  return {
    fonts: context.fonts,
    structure: context.structure,
    footnote: (identifier, parent) => footnoteNumber(identifier, parent, context),
    anchor(fragment, node) {
      const destination = context.anchors.get(fragment) ?? context.anchors.get(safeDecode(fragment))
      if (!destination) {
        context.file?.message(
          `Link to "#${fragment}" goes to no heading of the document; it is set as plain text`,
          { place: node.position ?? null, source, ruleId: 'link-anchor-unresolved' },
        )
      }
      return destination
    },
  }
}

/** A URI fragment with its percent-escapes decoded, or as it is if malformed. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

/** Number a footnote call; on the first call, lay the footnote out. */
function footnoteNumber(
  identifier: string,
  parent: StructElement,
  context: LayoutContext,
): FootnoteNumber {
  const known = context.footnoteNumbers.get(identifier)
  if (known !== undefined) {
    const label = String(known.number)
    return {
      label,
      first: undefined,
      destination: known.destination,
      description: footnoteDescription(context.language, label),
    }
  }
  const definition = context.definitions.get(identifier)
  const number = context.footnoteNumbers.size + 1
  const destination: Destination = { page: undefined, top: 0 }
  context.footnoteNumbers.set(identifier, { number, destination })
  const label = String(number)
  const note = context.structure.create('Note', parent, { id: `fn-${number}` })
  const frame: Frame = {
    x: context.left + indent,
    width: context.textWidth - indent,
    parent: note,
    size: footnoteSize,
    space: 0.3,
    listDepth: 0,
  }
  if (!definition) {
    context.file?.message(`Footnote "${identifier}" is called but never defined`, {
      source,
      ruleId: 'footnote-undefined',
    })
  }
  const items = definition ? layoutBlocks(definition.children, frame, context) : []
  const labelPieceStyle = plainStyle(footnoteSize)
  const labelRuns = context.fonts.split('regular', label)
  const first = items[0]
  if (first) {
    items[0] = {
      ...first,
      spaceBefore: footnoteSize * 0.3,
      draw(canvas, top) {
        destination.page = canvas.ref
        destination.top = top
        canvas.tag(note)
        canvas.text(labelRuns, labelPieceStyle.size, context.left, baselineOf(top, footnoteSize))
        first.draw(canvas, top)
      },
    }
  } else {
    items.push({
      height: lineHeight(footnoteSize),
      spaceBefore: footnoteSize * 0.3,
      keepWithNext: false,
      footnotes: [],
      draw(canvas, top) {
        destination.page = canvas.ref
        destination.top = top
        canvas.tag(note)
        canvas.text(labelRuns, footnoteSize, context.left, baselineOf(top, footnoteSize))
      },
    })
  }
  const height = items.reduce((sum, item) => sum + item.height + item.spaceBefore, 0)
  return {
    label,
    first: { note, footnote: { items, height } },
    destination,
    description: footnoteDescription(context.language, label),
  }
}

function layoutHeading(node: Heading, frame: Frame, context: LayoutContext): FlowItem[] {
  // PDF/UA-1 7.4.2: the first heading is H1 and no level is skipped going
  // down (Matterhorn 14-003). A deeper jump is tagged one level down.
  const level = Math.min(node.depth, context.lastHeadingLevel + 1)
  if (level !== node.depth) {
    const message = context.file?.message(
      `Heading of level ${node.depth} follows level ${context.lastHeadingLevel}; it is tagged H${level} so no level is skipped`,
      { place: node.position ?? null, source, ruleId: 'heading-level-skip' },
    )
    if (message) {
      message.actual = `H${node.depth}`
      message.expected = [`H${level}`]
    }
  }
  context.lastHeadingLevel = level
  const role = `H${level}` as 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6'
  const size = headingSizes[node.depth - 1] ?? bodySize
  const element = context.structure.create(role, frame.parent, languageOf(node))
  const title = headingTitle(node.children)
  return layoutText(node.children, plainStyle(size, { bold: true }), element, frame, context, {
    spaceBefore: size * headingSpace,
    keepAll: true,
    onFirstDraw(canvas, top) {
      context.outline.push({ title, level, page: canvas.ref, top })
      const destination = context.headingDestinations.get(node)
      if (destination) {
        destination.page = canvas.ref
        destination.top = top
      }
    },
  })
}

function headingTitle(nodes: readonly PhrasingContent[]): string {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value
    else if (node.type === 'break') text += ' '
    else if ('children' in node) text += headingTitle(node.children)
  }
  return text.replace(/\s+/g, ' ').trim()
}

function layoutList(node: List, frame: Frame, context: LayoutContext): FlowItem[] {
  const ordered = node.ordered === true
  const list = context.structure.create('L', frame.parent, {
    // ISO 32000-1 14.8.5.5, Table 347; Matterhorn checks ListNumbering.
    attributes: { O: 'List', ListNumbering: ordered ? 'Decimal' : 'Disc' },
  })
  const start = node.start ?? 1
  const labels = node.children.map((item, index) => {
    if (item.checked === true) return '☑'
    if (item.checked === false) return '☐'
    return ordered ? `${start + index}.` : (bullets[frame.listDepth % bullets.length] ?? '•')
  })
  const labelWidth = Math.max(
    ...labels.map((label) => context.fonts.measure('regular', label, frame.size)),
  )
  const hang = Math.max(indent, labelWidth + frame.size * 0.6)
  const items: FlowItem[] = []
  node.children.forEach((listItem, index) => {
    const li = context.structure.create('LI', list)
    const lbl = context.structure.create('Lbl', li)
    const body = context.structure.create('LBody', li)
    const label = labels[index] ?? ''
    const labelRuns = context.fonts.split('regular', label)
    const labelX =
      frame.x + hang - frame.size * 0.6 - context.fonts.measure('regular', label, frame.size)
    const bodyItems = layoutBlocks(
      listItem.children,
      {
        x: frame.x + hang,
        width: frame.width - hang,
        parent: body,
        size: frame.size,
        space: node.spread ? frame.space : 0.25,
        listDepth: frame.listDepth + 1,
      },
      context,
    )
    const drawLabel = (canvas: Canvas, top: number): void => {
      canvas.tag(lbl)
      canvas.text(labelRuns, frame.size, labelX, baselineOf(top, frame.size))
    }
    const spaceBefore = frame.size * (index === 0 ? frame.space : node.spread ? frame.space : 0.25)
    const first = bodyItems[0]
    if (first) {
      bodyItems[0] = {
        ...first,
        spaceBefore,
        draw(canvas, top) {
          drawLabel(canvas, top)
          first.draw(canvas, top)
        },
      }
    } else {
      bodyItems.push({
        height: lineHeight(frame.size),
        spaceBefore,
        keepWithNext: false,
        footnotes: [],
        draw: drawLabel,
      })
    }
    items.push(...bodyItems)
  })
  return items
}

function layoutQuote(node: Blockquote, frame: Frame, context: LayoutContext): FlowItem[] {
  const quote = context.structure.create('BlockQuote', frame.parent, languageOf(node))
  const inner: Frame = { ...frame, x: frame.x + indent, width: frame.width - indent, parent: quote }
  const items = layoutBlocks(node.children, inner, context)
  const barX = frame.x + indent / 3
  return items.map((item) => ({
    ...item,
    draw(canvas, top) {
      canvas.artifact('Layout')
      canvas.line(barX, top, barX, top - item.height, 2, quoteBarColor)
      canvas.close()
      item.draw(canvas, top)
    },
  }))
}

function layoutCode(node: Code, frame: Frame, context: LayoutContext): FlowItem[] {
  const element = context.structure.create('Code', frame.parent)
  const style = plainStyle(codeSize, { mono: true })
  const padding = 4
  const width = frame.width - 2 * padding
  const inline = inlineContext(context)
  const lines: Line[] = []
  for (const sourceLine of node.value.split('\n')) {
    // Spaces in code carry meaning: each source line is one box, cut only
    // where it is wider than the frame.
    const text = sourceLine.replace(/\t/g, '    ')
    const tokens: Token[] = text === '' ? [] : tokenizeVerbatim(text, style, element, inline)
    lines.push(...breakLines(tokens, width, codeSize))
  }
  const height = lineHeight(codeSize)
  const count = lines.length
  return lines.map((line, index) => ({
    height,
    spaceBefore: index === 0 ? frame.size * frame.space : 0,
    keepWithNext: count > 1 && (index === 0 || index === count - 2),
    footnotes: [],
    draw(canvas, top) {
      canvas.artifact('Layout')
      canvas.rect(frame.x, top - height, frame.width, height, shadeColor)
      canvas.close()
      if (line.pieces.length === 0) {
        canvas.attach(element)
        return
      }
      const text = line.pieces.map((piece) => piece.text).join('')
      if (!/^\s/.test(text)) {
        drawLine(canvas, line, frame.x + padding, baselineOf(top, codeSize))
        return
      }
      // Extractors drop the spaces a line starts with (poppler's default
      // mode, no-break spaces too); the line's own text as ActualText keeps
      // the indentation (ISO 32000-1 14.9.4).
      canvas.tag(element)
      canvas.beginReplacement(text)
      drawLine(canvas, line, frame.x + padding, baselineOf(top, codeSize))
      canvas.endReplacement()
    },
  }))
}

/** One box of literal text, spaces kept. */
function tokenizeVerbatim(
  text: string,
  style: TextStyle,
  element: StructElement,
  context: InlineContext,
): Token[] {
  const runs = context.fonts.split('mono', text)
  const width = context.fonts.measure('mono', text, style.size)
  const piece: Piece = { text, style, runs, width, element, link: undefined, footnote: undefined }
  return [{ kind: 'box', pieces: [piece], width }]
}

function layoutFigure(
  url: string,
  alt: string,
  node: Nodes,
  frame: Frame,
  context: LayoutContext,
): FlowItem[] {
  if (alt === '') {
    context.file?.message('Image has no alternative text; describe it for screen readers', {
      place: node.position ?? null,
      source,
      ruleId: 'image-alt-missing',
    })
  }
  const figure = context.structure.create('Figure', frame.parent, { alt })
  const image = context.images.get(url)
  if (!image) {
    context.file?.message(
      `Image "${url}" could not be read (PNG or JPEG, by path or data URL); its alternative text is set instead`,
      { place: node.position ?? null, source, ruleId: 'image-unreadable' },
    )
    const style = plainStyle(frame.size, { italic: true })
    const lines = breakLines(
      tokenize([{ type: 'text', value: `[${alt}]` }], style, figure, inlineContext(context)),
      frame.width,
      frame.size,
    )
    return linesToItems(lines, frame.x, { spaceBefore: frame.size * frame.space }, figure, context)
  }
  const scale = Math.min(1, frame.width / image.width, (context.textHeight * 0.9) / image.height)
  const width = image.width * scale
  const height = image.height * scale
  return [
    {
      height,
      spaceBefore: frame.size * frame.space,
      keepWithNext: false,
      footnotes: [],
      draw(canvas, top) {
        canvas.tag(figure)
        canvas.image(image.name, frame.x, top - height, width, height)
      },
    },
  ]
}

function layoutTable(node: Table, frame: Frame, context: LayoutContext): FlowItem[] {
  const table = context.structure.create('Table', frame.parent, languageOf(node))
  const columns = Math.max(1, ...node.children.map((row) => row.children.length))
  const inline = inlineContext(context)
  // GFM tables always have one header row: the first.
  const rows = node.children.map((row, rowIndex) => {
    const header = rowIndex === 0
    const tr = context.structure.create('TR', table)
    const cells = Array.from({ length: columns }, (_, columnIndex) => {
      const cell = row.children[columnIndex]
      const element = header
        ? context.structure.create('TH', tr, { attributes: { O: 'Table', Scope: 'Column' } })
        : context.structure.create('TD', tr)
      const style = plainStyle(frame.size, { bold: header })
      const tokens = cell ? tokenize(cell.children, style, element, inline) : []
      return { element, tokens }
    })
    return { tr, header, cells }
  })
  const widths = columnWidths(
    rows.map((row) => row.cells.map((cell) => cell.tokens)),
    columns,
    frame.width,
  )
  const cellLinesOf = rows.map((row) =>
    row.cells.map((cell, index) =>
      breakLines(cell.tokens, (widths[index] ?? 0) - 2 * cellPadding, frame.size),
    ),
  )
  const rowHeight = (cellLines: readonly (readonly Line[])[]): number =>
    Math.max(
      ...cellLines.map((lines) => lines.reduce((sum, line) => sum + lineHeight(line.size), 0)),
    ) +
    2 * cellPadding
  // A row taller than a page (less the repeated header) is split between
  // lines into parts that fit; each part repeats nothing but the header.
  const headerHeight = rows[0]?.header ? rowHeight(cellLinesOf[0] ?? []) : 0
  const tallest = context.textHeight - headerHeight - frame.size * frame.space
  const laidOut = rows.flatMap((row, rowIndex) => {
    const cellLines = cellLinesOf[rowIndex] ?? []
    const parts =
      row.header || rowHeight(cellLines) <= tallest
        ? [cellLines]
        : splitRow(cellLines, tallest - 2 * cellPadding)
    return parts.map((partLines) => {
      const height = rowHeight(partLines)
      const footnotes = partLines.flatMap((lines) =>
        lines.flatMap((line) => footnotesOf(line.pieces)),
      )
      const draw = (canvas: Canvas, top: number, tagged: boolean): void => {
        if (row.header) {
          canvas.artifact('Layout')
          canvas.rect(frame.x, top - height, frame.width, height, shadeColor)
          canvas.close()
        }
        if (tagged) {
          // Every cell joins the tree, empty ones too: rows must have equal
          // column counts (PDF/UA-1 7.5, veraPDF 7.2-t36).
          for (const cell of row.cells) canvas.attach(cell.element)
        } else canvas.artifact('Pagination')
        let x = frame.x
        row.cells.forEach((_cell, index) => {
          let lineTop = top - cellPadding
          const inner = (widths[index] ?? 0) - 2 * cellPadding
          const align = node.align?.[index]
          for (const line of partLines[index] ?? []) {
            if (line.pieces.length > 0) {
              const free = Math.max(0, inner - line.width)
              const offset = align === 'right' ? free : align === 'center' ? free / 2 : 0
              drawLine(
                canvas,
                line,
                x + cellPadding + offset,
                baselineOf(lineTop, line.size),
                tagged,
              )
            }
            lineTop -= lineHeight(line.size)
          }
          x += widths[index] ?? 0
        })
        canvas.artifact('Layout')
        canvas.line(
          frame.x,
          top - height,
          frame.x + frame.width,
          top - height,
          row.header ? 1 : 0.5,
          ruleColor,
        )
        canvas.close()
      }
      return { row, height, footnotes, draw }
    })
  })
  const header = laidOut[0]
  const repeatHeader =
    header?.row.header === true
      ? {
          height: header.height,
          draw: (canvas: Canvas, top: number) => header.draw(canvas, top, false),
        }
      : undefined
  return laidOut.map((entry, index) => ({
    height: entry.height,
    spaceBefore: index === 0 ? frame.size * frame.space : 0,
    keepWithNext: entry.row.header,
    footnotes: entry.footnotes,
    ...(index > 0 && repeatHeader ? { repeatHeader } : {}),
    draw(canvas, top) {
      if (index === 0) {
        canvas.artifact('Layout')
        canvas.line(frame.x, top, frame.x + frame.width, top, 1, ruleColor)
        canvas.close()
      }
      entry.draw(canvas, top, true)
    },
  }))
}

/**
 * Split a row's cells between lines into parts no taller than `height`:
 * each cell's lines fill part after part, so a part has some lines of every
 * cell that is long enough to reach it.
 *
 * @param cellLines Each cell's lines.
 * @param height The tallest a part's lines may be.
 * @returns The parts, each with every cell's lines in it (maybe none).
 */
function splitRow(cellLines: readonly (readonly Line[])[], height: number): Line[][][] {
  const parts: Line[][][] = []
  cellLines.forEach((lines, cell) => {
    let part = 0
    let used = 0
    for (const line of lines) {
      const lineHigh = lineHeight(line.size)
      if (used > 0 && used + lineHigh > height) {
        part++
        used = 0
      }
      parts[part] ??= cellLines.map(() => [])
      parts[part]?.[cell]?.push(line)
      used += lineHigh
    }
  })
  return parts.length > 0 ? parts : [cellLines.map((lines) => [...lines])]
}

/**
 * Column widths: each column gets its longest word, and what is left is
 * shared in proportion to how much wider the column would like to be.
 */
function columnWidths(
  cells: readonly (readonly Token[][])[],
  columns: number,
  total: number,
): number[] {
  const minimum = new Array<number>(columns).fill(2 * cellPadding + 12)
  const natural = new Array<number>(columns).fill(2 * cellPadding + 12)
  for (const row of cells) {
    row.forEach((tokens, index) => {
      let longest = 0
      let sum = 0
      for (const token of tokens) {
        if (token.kind === 'break') continue
        sum += token.width
        if (token.kind === 'box') longest = Math.max(longest, token.width)
      }
      minimum[index] = Math.max(minimum[index] ?? 0, longest + 2 * cellPadding)
      natural[index] = Math.max(natural[index] ?? 0, sum + 2 * cellPadding)
    })
  }
  const minimumSum = minimum.reduce((a, b) => a + b, 0)
  if (minimumSum >= total) return minimum.map((width) => (width / minimumSum) * total)
  const naturalSum = natural.reduce((a, b) => a + b, 0)
  if (naturalSum <= total) {
    // Everything fits on one line: spread the rest evenly so the table spans the frame.
    const extra = (total - naturalSum) / columns
    return natural.map((width) => width + extra)
  }
  const wish = natural.map((width, index) => width - (minimum[index] ?? 0))
  const wishSum = wish.reduce((a, b) => a + b, 0)
  return minimum.map(
    (width, index) => width + ((wish[index] ?? 0) / wishSum) * (total - minimumSum),
  )
}
