/**
 * The fonts a kopij PDF is set in: Atkinson Hyperlegible Next (OFL-1.1) for
 * text, DejaVu Sans Mono for code, and DejaVu Sans as the per-character
 * fallback, so no character is ever drawn as .notdef (PDF/UA-1 7.21.8,
 * Matterhorn 31-030). Each face is embedded as a subset, tagged `KPJAAx+Name`
 * (ISO 32000-1 9.6.4) and only when a character first needs it.
 *
 * Widths and glyph codes are cached per character: pdf-lib's `drawText` runs
 * fontkit's full layout on every call, which is what makes it slow
 * (docs/performance.md, trap 2).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'
import type { PDFDocument, PDFFont, PDFRef } from 'pdf-lib'

/** The type faces of the text. */
export type FaceName = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'mono'

const require = createRequire(import.meta.url)
const atkinson = '@expo-google-fonts/atkinson-hyperlegible-next/'
const dejavu = 'dejavu-fonts-ttf/ttf/'

/** Where each face's primary and fallback files are, as package paths. */
const fontFiles: Record<FaceName, { primary: string; fallback: string }> = {
  regular: {
    primary: `${atkinson}400Regular/AtkinsonHyperlegibleNext_400Regular.ttf`,
    fallback: `${dejavu}DejaVuSans.ttf`,
  },
  bold: {
    primary: `${atkinson}700Bold/AtkinsonHyperlegibleNext_700Bold.ttf`,
    fallback: `${dejavu}DejaVuSans-Bold.ttf`,
  },
  italic: {
    primary: `${atkinson}400Regular_Italic/AtkinsonHyperlegibleNext_400Regular_Italic.ttf`,
    fallback: `${dejavu}DejaVuSans-Oblique.ttf`,
  },
  boldItalic: {
    primary: `${atkinson}700Bold_Italic/AtkinsonHyperlegibleNext_700Bold_Italic.ttf`,
    fallback: `${dejavu}DejaVuSans-BoldOblique.ttf`,
  },
  mono: { primary: `${dejavu}DejaVuSansMono.ttf`, fallback: `${dejavu}DejaVuSans.ttf` },
}

/** Characters drawn as something else, so text extracts as it was written. */
const replacements = new Map<string, string>([
  // Ligature code points: Atkinson has no glyph for them, and a reader
  // searching "financieel" should find it (docs/dependencies.md §4).
  ['\uFB00', 'ff'],
  ['\uFB01', 'fi'],
  ['\uFB02', 'fl'],
  ['\uFB03', 'ffi'],
  ['\uFB04', 'ffl'],
  // A tab has no glyph: it becomes a space (code blocks expand tabs before).
  ['\t', ' '],
])

/**
 * Soft hyphens (U+00AD) are not drawn: fontkit lays them out as an invisible
 * space, which splits the word on extraction (docs/accessibility.md §2). The
 * break opportunity they mark is not used, since kopij breaks only at spaces.
 */
function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0xad ||
    (codePoint >= 0x200b && codePoint <= 0x200d) ||
    codePoint === 0x2060 ||
    codePoint === 0xfeff ||
    codePoint === 0x7f ||
    (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d)
  )
}

/** Shown for a character no font has; reported as `glyph-missing`. */
const replacementCharacter = '\uFFFD'

/** How many encoded runs each face keeps, and shaped words each style. */
const maxCachedRuns = 100_000
const maxCachedShapes = 100_000

/**
 * A font file, read and parsed once per process, with its metrics cached
 * per code point: fonts do not change, and every document uses the same few.
 */
interface FontFile {
  bytes: Uint8Array
  metrics: fontkit.Font
  widths: Map<number, number>
  present: Map<number, boolean>
}

const fontFileCache = new Map<string, FontFile>()

function loadFontFile(file: string): FontFile {
  let loaded = fontFileCache.get(file)
  if (!loaded) {
    const bytes = readFileSync(require.resolve(file))
    const metrics = fontkit.create(bytes)
    if (!('hasGlyphForCodePoint' in metrics)) {
      throw new TypeError(`Expected a font, not a collection: ${file}`)
    }
    loaded = { bytes, metrics, widths: new Map(), present: new Map() }
    fontFileCache.set(file, loaded)
  }
  return loaded
}

/** One font of a document: metrics from fontkit, drawing through pdf-lib. */
export class FontFace {
  /** The resource name in the page resources: `/F1`. */
  readonly resourceName: string
  private readonly metrics: fontkit.Font
  private embedded: PDFFont | undefined
  private readonly widths: Map<number, number>
  private readonly present: Map<number, boolean>
  private readonly words = new Map<string, string>()
  private drawn = false
  private readonly codes = new Map<string, string>()
  private readonly bytes: Uint8Array
  private readonly subsetName: string
  private readonly doc: PDFDocument

  constructor(doc: PDFDocument, file: FontFile, resourceName: string, subsetTag: string) {
    this.doc = doc
    this.bytes = file.bytes
    this.resourceName = resourceName
    this.metrics = file.metrics
    this.widths = file.widths
    this.present = file.present
    this.subsetName = `${subsetTag}+${file.metrics.postscriptName}`
  }

  /** Whether the font has a glyph for a code point. */
  has(codePoint: number): boolean {
    let present = this.present.get(codePoint)
    if (present === undefined) {
      present = this.metrics.hasGlyphForCodePoint(codePoint)
      this.present.set(codePoint, present)
    }
    return present
  }

  /** Advance width of one character in text space units per point of size. */
  width(codePoint: number): number {
    let width = this.widths.get(codePoint)
    if (width === undefined) {
      width = this.metrics.glyphForCodePoint(codePoint).advanceWidth / this.metrics.unitsPerEm
      this.widths.set(codePoint, width)
    }
    return width
  }

  /** Ascent above the baseline per point of size. */
  get ascent(): number {
    return this.metrics.ascent / this.metrics.unitsPerEm
  }

  /** Whether any text was drawn with this face. */
  get used(): boolean {
    return this.drawn
  }

  /** The font dictionary's reference (after `embed`). */
  get ref(): PDFRef {
    return this.font().ref
  }

  /** Embed the font program; needed once before `encode`. */
  async embed(): Promise<void> {
    this.embedded ??= await this.doc.embedFont(this.bytes, {
      subset: true,
      customName: this.subsetName,
    })
  }

  /** Write the font program, subset to the glyphs drawn (after drawing). */
  async write(): Promise<void> {
    await this.font().embed()
  }

  /**
   * The glyph codes of a text as the bytes of a literal `(…) Tj` string,
   * one byte per character of the result, escaped (ISO 32000-1 7.3.4.2).
   * Literal strings are half the size of hex strings, so Deflate has half
   * the work. Each character is encoded alone (no ligatures or contextual
   * forms), so the ToUnicode map gives back exactly the characters drawn.
   */
  encode(text: string): string {
    const cached = this.words.get(text)
    if (cached !== undefined) return cached
    const font = this.font()
    this.drawn = true
    let bytes = ''
    for (const character of text) {
      let code = this.codes.get(character)
      if (code === undefined) {
        const hex = font.encodeText(character).toString().slice(1, -1)
        code = ''
        for (let index = 0; index < hex.length; index += 2) {
          code += literalByte(Number.parseInt(hex.slice(index, index + 2), 16))
        }
        this.codes.set(character, code)
      }
      bytes += code
    }
    // Whole runs repeat (words, spaces, labels): cache them too, up to a
    // bound so a huge document of distinct words cannot grow it without end.
    if (this.words.size < maxCachedRuns) this.words.set(text, bytes)
    return bytes
  }

  private font(): PDFFont {
    if (!this.embedded) throw new Error(`Font ${this.subsetName} used before it was embedded`)
    return this.embedded
  }
}

/**
 * One byte in a literal string: the delimiters and the backslash escaped,
 * and line ends too, since a reader turns a bare CR or CR LF into LF.
 */
function literalByte(byte: number): string {
  switch (byte) {
    case 0x28:
      return '\\('
    case 0x29:
      return '\\)'
    case 0x5c:
      return '\\\\'
    case 0x0a:
      return '\\n'
    case 0x0d:
      return '\\r'
    default:
      return String.fromCharCode(byte)
  }
}

/** A word or space shaped: its runs and its width at size 1. */
export interface Shaped {
  runs: FaceRun[]
  unitWidth: number
}

/** A span of text that one face can draw. */
export interface FaceRun {
  face: FontFace
  text: string
}

/** Every face of a document, created lazily. */
export class FontSet {
  private readonly doc: PDFDocument
  private readonly faces = new Map<string, FontFace>()
  private readonly missing = new Set<string>()
  private readonly shapes: Record<FaceName, Map<string, Shaped>> = {
    regular: new Map(),
    bold: new Map(),
    italic: new Map(),
    boldItalic: new Map(),
    mono: new Map(),
  }

  constructor(doc: PDFDocument) {
    this.doc = doc
  }

  /** All faces that drew something, for the page resources. */
  usedFaces(): FontFace[] {
    return [...this.faces.values()].filter((face) => face.used)
  }

  /** Write the font programs of the faces that drew something, subset. */
  async writeUsed(): Promise<void> {
    for (const face of this.usedFaces()) await face.write()
  }

  /** Embed every face layout asked for, so drawing can encode text. */
  async embedAll(): Promise<void> {
    for (const face of this.faces.values()) await face.embed()
  }

  /** Characters no font had, each once, in the order found. */
  missingCharacters(): string[] {
    return [...this.missing]
  }

  /** The primary face of a style. */
  primary(name: FaceName): FontFace {
    return this.face(fontFiles[name].primary)
  }

  /**
   * Runs and width of a word or space, cached per face name: words repeat,
   * and measuring each occurrence again is most of layout's time.
   *
   * @returns Runs to draw and the width at size 1 (shared: do not change them).
   */
  shape(name: FaceName, text: string): Shaped {
    const cache = this.shapes[name]
    let shaped = cache.get(text)
    if (!shaped) {
      shaped = { runs: this.split(name, text), unitWidth: this.measure(name, text, 1) }
      if (cache.size < maxCachedShapes) cache.set(text, shaped)
    }
    return shaped
  }

  /**
   * Split a text into runs each face can draw: the primary face where it has
   * the glyph, the fallback where not, U+FFFD where neither has it.
   */
  split(name: FaceName, text: string): FaceRun[] {
    const primary = this.primary(name)
    const runs: FaceRun[] = []
    let current: FaceRun | undefined
    for (const character of text) {
      const codePoint = character.codePointAt(0) ?? 0
      let face = primary
      let drawn = character
      if (!primary.has(codePoint)) {
        face = this.face(fontFiles[name].fallback)
        if (!face.has(codePoint)) {
          this.missing.add(character)
          drawn = replacementCharacter
        }
      }
      if (current && current.face === face) current.text += drawn
      else {
        current = { face, text: drawn }
        runs.push(current)
      }
    }
    return runs
  }

  /** Width of a text in a face at a size, with the same fallback as `split`. */
  measure(name: FaceName, text: string, size: number): number {
    const primary = this.primary(name)
    let width = 0
    for (const character of text) {
      const codePoint = character.codePointAt(0) ?? 0
      if (primary.has(codePoint)) width += primary.width(codePoint)
      else {
        const fallback = this.face(fontFiles[name].fallback)
        width += fallback.width(fallback.has(codePoint) ? codePoint : 0xfffd)
      }
    }
    return width * size
  }

  private face(file: string): FontFace {
    let face = this.faces.get(file)
    if (!face) {
      const index = this.faces.size
      face = new FontFace(
        this.doc,
        loadFontFile(file),
        `F${index + 1}`,
        `KPJAA${String.fromCharCode(65 + (index % 26))}`,
      )
      this.faces.set(file, face)
    }
    return face
  }
}

/**
 * Prepare text for drawing: ligature code points spelled out, tabs as
 * spaces, soft hyphens and control characters left out.
 */
export function normalizeText(text: string): string {
  let result = ''
  let start = 0
  let replace = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x09 || (code >= 0xfb00 && code <= 0xfb04)) replace = true
    else if (isInvisible(code)) {
      result += text.slice(start, index)
      start = index + 1
    }
  }
  result = start === 0 ? text : result + text.slice(start)
  // Most text has no tab or ligature: the scan above found out.
  if (replace) {
    for (const [from, to] of replacements) {
      if (result.includes(from)) result = result.replaceAll(from, to)
    }
  }
  return result
}
