/**
 * fontkit 2 in the shape pdf-lib expects of `@pdf-lib/fontkit`.
 *
 * Why not `@pdf-lib/fontkit`: that fork is stale and writes TrueType subsets
 * with a broken short `loca` table and broken CFF subsets, losing glyphs
 * without an error (pdf-lib issue 1232; docs/dependencies.md §4). fontkit 2
 * fixed both, but its `Subset` has `encode()` where pdf-lib calls
 * `encodeStream()` and listens for `data` and `end`. This adapter adds that.
 */
import * as fontkit from 'fontkit'
import type { PDFDocument } from 'pdf-lib'

/** pdf-lib's fontkit interface, which its root does not export. */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0]

/** The part of a fontkit 2 subset pdf-lib touches besides `encodeStream`. */
interface EncodableSubset {
  encode(): Uint8Array
}

/** A minimal event source with the `on` chain pdf-lib uses. */
interface SubsetStream {
  on(event: string, listener: (value?: unknown) => void): SubsetStream
}

/** Replay an already encoded subset as a one-chunk stream. */
function streamOf(subset: EncodableSubset): SubsetStream {
  const listeners = new Map<string, (value?: unknown) => void>()
  const stream: SubsetStream = {
    on(event, listener) {
      listeners.set(event, listener)
      // pdf-lib registers `data`, `end` and `error` in one chain; answer once
      // all three are there so none is missed.
      if (listeners.has('data') && listeners.has('end') && listeners.has('error')) {
        try {
          const bytes = subset.encode()
          listeners.get('data')?.(bytes)
          listeners.get('end')?.()
        } catch (error) {
          listeners.get('error')?.(error)
        }
      }
      return stream
    },
  }
  return stream
}

/** The part of a fontkit 2 font the layout replacement below uses. */
interface CmapFont {
  glyphForCodePoint(codePoint: number): { advanceWidth: number }
}

/**
 * Glyphs for a text one code point at a time, through the cmap alone.
 *
 * pdf-lib encodes text with fontkit's `layout`, full OpenType shaping
 * (GSUB and GPOS tables parsed, features applied) on every call; that was a
 * sixth of a 1 MB report's time. kopij wants no shaping anyway: each
 * character must map to one glyph so the ToUnicode map gives back exactly
 * the text drawn (no ligatures, no contextual forms). Only `glyphs` is read
 * by pdf-lib's `encodeText` and `widthOfTextAtSize`.
 */
function layoutByCmap(font: CmapFont, text: string) {
  const glyphs = []
  for (const character of text) glyphs.push(font.glyphForCodePoint(character.codePointAt(0) ?? 0))
  return { glyphs, positions: glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth })) }
}

/**
 * Parsed fonts by their bytes: the same font file embedded in another
 * document is not parsed again.
 */
const parsed = new WeakMap<Uint8Array, ReturnType<Fontkit['create']>>()

/**
 * A pdf-lib `Fontkit` backed by fontkit 2: register it with
 * `doc.registerFontkit(fontkitAdapter)` before `embedFont`.
 */
export const fontkitAdapter: Fontkit = {
  create(fontData: Uint8Array) {
    const known = parsed.get(fontData)
    if (known) return known
    const font = fontkit.create(
      Buffer.from(fontData.buffer, fontData.byteOffset, fontData.byteLength),
    )
    if (!('createSubset' in font)) {
      throw new TypeError('Expected a single font, not a font collection (.ttc)')
    }
    const createSubset = font.createSubset.bind(font)
    const adapted = Object.assign(font, {
      createSubset() {
        const subset = createSubset()
        return Object.assign(subset, { encodeStream: () => streamOf(subset) })
      },
      layout: (text: string) => layoutByCmap(font, text),
    }) as unknown as ReturnType<Fontkit['create']>
    // The cast above: pdf-lib types fontkit with its own fork's interface,
    // which fontkit 2 matches at run time (glyphs, subsets) but not
    // nominally.
    parsed.set(fontData, adapted)
    return adapted
  },
}
