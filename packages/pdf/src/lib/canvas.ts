/**
 * One page's content stream, written as operator text rather than through
 * pdf-lib's `drawText` (which lays out every string again: docs/performance.md
 * trap 2), with the marked-content operators tagging needs: every painting
 * operator sits inside either `/Role <</MCID n>> BDC … EMC` or an artifact
 * (PDF/UA-1 7.1, Matterhorn 01-005).
 */
import { deflateSync } from 'node:zlib'
import { PDFHexString, type PDFRef } from 'pdf-lib'
import type { FaceRun, FontFace } from './fonts.js'
import type { Destination } from './inline.js'
import type { StructElement, StructureTree } from './structure.js'

/** Kinds of artifact kopij draws (ISO 32000-1 14.8.2.2.2). */
export type ArtifactKind = 'Layout' | 'Pagination' | 'Footer'

/** An RGB colour, each channel 0–1. */
export type Color = readonly [number, number, number]

/** A link annotation to create once every page is drawn. */
export interface PendingLink {
  element: StructElement
  /** The URI, or empty for a link inside the document. */
  url: string
  /** Inside the document: where it goes (known once everything is drawn). */
  destination: Destination | undefined
  contents: string
  rect: [number, number, number, number]
}

/** Format a number for a content stream: at most 2 decimals, no exponent. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100)
}

/** Colours as operands, by colour: a few constant colours are drawn often. */
const colorCache = new WeakMap<Color, string>()

function colorOperands(color: Color): string {
  let operands = colorCache.get(color)
  if (operands === undefined) {
    operands = color.map(num).join(' ')
    colorCache.set(color, operands)
  }
  return operands
}

/** A page being drawn. */
export class Canvas {
  /** The page object's reference. */
  readonly ref: PDFRef
  readonly key: number
  readonly links: PendingLink[] = []
  private ops: string[] = []
  private readonly streams: Uint8Array[] = []
  private readonly structure: StructureTree
  private nextMcid = 0
  private open: StructElement | 'artifact' | undefined

  constructor(ref: PDFRef, structure: StructureTree) {
    this.ref = ref
    this.structure = structure
    this.key = structure.pageKey()
  }

  /**
   * Start marked content for an element, unless it is already open; closes
   * whatever else was open first, so sequences never nest.
   */
  tag(element: StructElement): void {
    if (this.open === element) return
    this.close()
    const mcid = this.nextMcid++
    this.structure.addContent(element, this.ref, this.key, mcid)
    this.ops.push(`/${element.role} <</MCID ${mcid}>> BDC`)
    this.open = element
  }

  /** Attach an element to the structure tree now (a note beside its call). */
  attach(element: StructElement): void {
    this.structure.attach(element)
  }

  /**
   * Start replacement text inside the open marked content: what is drawn
   * until `endReplacement` extracts as `text` (a `Span` with `/ActualText`
   * in its property list, ISO 32000-1 14.9.4; it carries no MCID, so the
   * structure does not change).
   */
  beginReplacement(text: string): void {
    const string = /^[\x20-\x7e]*$/.test(text)
      ? `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`
      : PDFHexString.fromText(text).toString()
    this.ops.push(`/Span <</ActualText ${string}>> BDC`)
  }

  /** End the replacement text `beginReplacement` started. */
  endReplacement(): void {
    this.ops.push('EMC')
  }

  /** Start an artifact (running footer, rules, repeated table headers). */
  artifact(kind: ArtifactKind): void {
    this.close()
    const properties =
      kind === 'Footer'
        ? '<</Type /Pagination /Subtype /Footer /Attached [/Bottom]>>'
        : `<</Type /${kind}>>`
    this.ops.push(`/Artifact ${properties} BDC`)
    this.open = 'artifact'
  }

  /** Close the open marked-content sequence, if any. */
  close(): void {
    if (this.open !== undefined) {
      this.ops.push('EMC')
      this.open = undefined
    }
  }

  /**
   * Draw runs of text starting at (x, y) on the baseline; neighbouring runs
   * of one face become one string operand.
   */
  text(runs: readonly FaceRun[], size: number, x: number, y: number, color?: Color): void {
    this.pieces([{ runs }], 0, 1, size, x, y, color)
  }

  /**
   * Draw the runs of `pieces[start]` up to `pieces[end]` (excluded), as
   * `text` does: a line's pieces are drawn in groups without copying them.
   */
  pieces(
    pieces: readonly { runs: readonly FaceRun[] }[],
    start: number,
    end: number,
    size: number,
    x: number,
    y: number,
    color?: Color,
  ): void {
    const fontSize = num(size)
    let ops = `BT ${color ? colorOperands(color) : '0 0 0'} rg ${num(x)} ${num(y)} Td`
    let face: FontFace | undefined
    let bytes = ''
    for (let index = start; index < end; index++) {
      for (const run of (pieces[index] as { runs: readonly FaceRun[] }).runs) {
        if (run.face !== face) {
          if (face) ops += `\n/${face.resourceName} ${fontSize} Tf (${bytes}) Tj`
          face = run.face
          bytes = ''
        }
        bytes += run.face.encode(run.text)
      }
    }
    if (face) ops += `\n/${face.resourceName} ${fontSize} Tf (${bytes}) Tj`
    this.ops.push(`${ops}\nET`)
  }

  /** Fill a rectangle. */
  rect(x: number, y: number, width: number, height: number, color: Color): void {
    this.ops.push(
      `q ${colorOperands(color)} rg ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f Q`,
    )
  }

  /** Stroke a line. */
  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Color): void {
    this.ops.push(
      `q ${colorOperands(color)} RG ${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S Q`,
    )
  }

  /** Paint an image XObject into a box. */
  image(name: string, x: number, y: number, width: number, height: number): void {
    this.ops.push(`q ${num(width)} 0 0 ${num(height)} ${num(x)} ${num(y)} cm /${name} Do Q`)
  }

  /**
   * Compress what was drawn so far into a content stream and start a new
   * one. Pagination flushes each page when it is full, so its operator text
   * is freed at once; the running footer, drawn once the page count is
   * known, becomes a second stream.
   */
  flush(): void {
    this.close()
    if (this.ops.length === 0) return
    // Node's zlib rather than pdf-lib's pako: the same Deflate, several times
    // faster. Synchronous: the asynchronous API costs more CPU per page than
    // it saves by running on the thread pool.
    this.streams.push(deflateSync(Buffer.from(this.ops.join('\n'), 'latin1')))
    this.ops = []
  }

  /** The page's content streams, Deflate-compressed. */
  contents(): Uint8Array[] {
    this.flush()
    return this.streams
  }
}
