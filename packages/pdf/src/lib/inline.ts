/**
 * Phrasing content to line-breakable tokens: boxes (words, which never break
 * inside, so they extract whole) and glue (the spaces between them). Each
 * piece of a box keeps its style and the structure element its marked
 * content belongs to (P, Link, Code, Span with /Lang, Reference).
 */
import type { PhrasingContent } from 'mdast'
import type { PDFRef } from 'pdf-lib'
import type { Color } from './canvas.js'
import type { Footnote } from './flow.js'
import { type FaceName, type FaceRun, type FontSet, normalizeText } from './fonts.js'
import type { StructElement, StructureTree } from './structure.js'

/** How a piece of text looks. */
export interface TextStyle {
  bold: boolean
  italic: boolean
  mono: boolean
  size: number
  /** Raise above the baseline, in points (footnote calls). */
  rise: number
  color: Color | undefined
  underline: boolean
  /** A line through the text (GFM strikethrough). */
  strike: boolean
}

/** A place in the document, filled in when what is there is drawn. */
export interface Destination {
  page: PDFRef | undefined
  top: number
}

/** A link target on a piece of text: a URI, or a place in the document. */
interface LinkTarget {
  element: StructElement
  /** The URI; empty for a link inside the document. */
  url: string
  /** For a link inside the document (a footnote, a heading): where it goes. */
  destination: Destination | undefined
  /** The annotation's `/Contents`: the link's title or text. */
  description: string
}

/** A call to a footnote from the text. */
interface FootnoteCall {
  identifier: string
  reference: StructElement
  /** On the first call only: the note, placed beside its reference in the tree. */
  first: { note: StructElement; footnote: Footnote } | undefined
}

/** What numbering a footnote call gives. */
export interface FootnoteNumber {
  label: string
  first: { note: StructElement; footnote: Footnote } | undefined
  /** Where the note starts, for the call's link. */
  destination: Destination
  /** The call's link description: "Voetnoot 3". */
  description: string
}

/** A stretch of text in one style, owned by one structure element. */
export interface Piece {
  text: string
  style: TextStyle
  runs: FaceRun[]
  width: number
  element: StructElement
  link: LinkTarget | undefined
  footnote: FootnoteCall | undefined
}

/** A unit of line breaking. */
export type Token =
  | { kind: 'box'; pieces: Piece[]; width: number }
  | { kind: 'glue'; piece: Piece; width: number }
  | { kind: 'break' }

/** What tokenizing needs from the document. */
export interface InlineContext {
  fonts: FontSet
  structure: StructureTree
  /**
   * Number a footnote call by identifier; the first call also lays out the
   * note, as a child of `parent`.
   */
  footnote(identifier: string, parent: StructElement): FootnoteNumber
  /**
   * The heading a `#fragment` link goes to, or undefined (reported) when no
   * heading has that anchor.
   */
  anchor(fragment: string, node: PhrasingContent): Destination | undefined
  /** Report an inline node that cannot be drawn as such. */
  onImage?(alt: string): void
}

/** The blue of links: 7.5:1 on white (WCAG AAA). */
const linkColor: Color = [0.05, 0.2, 0.6]
/** Footnote calls are set at this fraction of the text size. */
const superscriptScale = 0.65

/** The face name of a style. */
export function faceOf(style: TextStyle): FaceName {
  if (style.mono) return 'mono'
  if (style.bold) return style.italic ? 'boldItalic' : 'bold'
  return style.italic ? 'italic' : 'regular'
}

/** A plain style of a size. */
export function plainStyle(size: number, overrides: Partial<TextStyle> = {}): TextStyle {
  return {
    bold: false,
    italic: false,
    mono: false,
    size,
    rise: 0,
    color: undefined,
    underline: false,
    strike: false,
    ...overrides,
  }
}

/** Collects tokens, joining text across nodes into words. */
class Tokenizer {
  readonly tokens: Token[] = []
  private box: { kind: 'box'; pieces: Piece[]; width: number } | undefined
  private readonly context: InlineContext
  /** The last space made: spaces of one style, element and link are all alike. */
  private glue: (Token & { kind: 'glue' }) | undefined

  constructor(context: InlineContext) {
    this.context = context
  }

  piece(
    text: string,
    style: TextStyle,
    element: StructElement,
    link?: LinkTarget,
    footnote?: FootnoteCall,
  ): Piece {
    const shaped = this.context.fonts.shape(faceOf(style), text)
    return {
      text,
      style,
      runs: shaped.runs,
      width: shaped.unitWidth * style.size,
      element,
      link,
      footnote,
    }
  }

  /** Add text, breaking it into words at spaces; `\n` counts as a space. */
  text(value: string, style: TextStyle, element: StructElement, link?: LinkTarget): void {
    const parts = normalizeText(value).split(/[ \n\r]+/)
    for (let index = 0; index < parts.length; index++) {
      if (index > 0) this.space(style, element, link)
      const part = parts[index] as string
      if (part !== '') this.word(this.piece(part, style, element, link))
    }
  }

  word(piece: Piece): void {
    if (!this.box) {
      this.box = { kind: 'box', pieces: [], width: 0 }
      this.tokens.push(this.box)
    }
    this.box.pieces.push(piece)
    this.box.width += piece.width
  }

  space(style: TextStyle, element: StructElement, link?: LinkTarget): void {
    this.box = undefined
    const last = this.tokens.at(-1)
    // Spaces collapse, and no line starts with one.
    if (last?.kind !== 'box') return
    // Tokens are read, never changed, so one glue serves every such space.
    let glue = this.glue
    if (
      !glue ||
      glue.piece.style !== style ||
      glue.piece.element !== element ||
      glue.piece.link !== link
    ) {
      const piece = this.piece(' ', style, element, link)
      glue = { kind: 'glue', piece, width: piece.width }
      this.glue = glue
    }
    this.tokens.push(glue)
  }

  lineBreak(): void {
    this.box = undefined
    this.tokens.push({ kind: 'break' })
  }
}

/**
 * Tokenize phrasing content.
 *
 * @param nodes The phrasing children of a paragraph, heading or cell.
 * @param style The base style.
 * @param element The element owning the text (P, H1, TD…).
 * @param context Fonts, structure and footnote numbering.
 * @returns The tokens, without trailing glue.
 */
export function tokenize(
  nodes: readonly PhrasingContent[],
  style: TextStyle,
  element: StructElement,
  context: InlineContext,
): Token[] {
  const tokenizer = new Tokenizer(context)
  const visit = (
    node: PhrasingContent,
    style: TextStyle,
    element: StructElement,
    link: LinkTarget | undefined,
  ): void => {
    const language = node.data?.language
    if (language !== undefined && node.type !== 'text') {
      element = context.structure.create('Span', element, { lang: language })
    }
    switch (node.type) {
      case 'text':
        if (language !== undefined) {
          element = context.structure.create('Span', element, { lang: language })
        }
        tokenizer.text(node.value, style, element, link)
        return
      case 'emphasis':
        for (const child of node.children) visit(child, { ...style, italic: true }, element, link)
        return
      case 'strong':
        for (const child of node.children) visit(child, { ...style, bold: true }, element, link)
        return
      case 'delete':
        for (const child of node.children) visit(child, { ...style, strike: true }, element, link)
        return
      case 'inlineCode': {
        const code = context.structure.create('Code', element)
        tokenizer.text(node.value, { ...style, mono: true, size: style.size * 0.92 }, code, link)
        return
      }
      case 'link': {
        const internal = node.url.startsWith('#')
        const destination = internal ? context.anchor(node.url.slice(1), node) : undefined
        if (internal && !destination) {
          // Reported by `anchor`: set as text, since there is nowhere to go.
          for (const child of node.children) visit(child, style, element, link)
          return
        }
        const linkElement = context.structure.create('Link', element)
        const description = node.title ?? plainText(node.children)
        const target: LinkTarget = {
          element: linkElement,
          url: internal ? '' : node.url,
          destination,
          description: description === '' ? node.url : description,
        }
        const linkStyle = { ...style, color: linkColor, underline: true }
        for (const child of node.children) visit(child, linkStyle, linkElement, target)
        return
      }
      case 'break':
        tokenizer.lineBreak()
        return
      case 'footnoteReference': {
        // Reference > Link: the call is a link to its note (PDF/UA-1 7.9,
        // 7.18.5), with the note's number as its text.
        const reference = context.structure.create('Reference', element)
        const { label, first, destination, description } = context.footnote(
          node.identifier,
          element,
        )
        const callLink = context.structure.create('Link', reference)
        const callStyle = {
          ...style,
          size: style.size * superscriptScale,
          rise: style.size * 0.35,
        }
        tokenizer.word(
          tokenizer.piece(
            label,
            callStyle,
            callLink,
            { element: callLink, url: '', destination, description },
            { identifier: node.identifier, reference, first },
          ),
        )
        return
      }
      case 'image':
      case 'imageReference': {
        // An image inside running text: kopij cannot place it in a line, so
        // its alternative text is drawn in brackets, tagged as the figure.
        const alt = node.alt ?? ''
        const figure = context.structure.create('Figure', element, { alt })
        context.onImage?.(alt)
        tokenizer.text(`[${alt}]`, { ...style, italic: true }, figure, link)
        return
      }
      case 'html':
        tokenizer.text(node.value, style, element, link)
        return
      case 'linkReference':
        for (const child of node.children) visit(child, style, element, link)
        return
      default:
        assertNever(node)
    }
  }
  for (const node of nodes) visit(node, style, element, undefined)
  const last = tokenizer.tokens.at(-1)
  if (last?.kind === 'glue') tokenizer.tokens.pop()
  return tokenizer.tokens
}

/** The text of phrasing content, for link descriptions. */
function plainText(nodes: readonly PhrasingContent[]): string {
  let text = ''
  for (const node of nodes) {
    if ('value' in node) text += node.value
    else if ('children' in node) text += plainText(node.children)
    else if (node.type === 'image' || node.type === 'imageReference') text += node.alt ?? ''
  }
  return text
}

function assertNever(node: never): never {
  throw new Error(`Unexpected phrasing node ${JSON.stringify(node)}`)
}
