/**
 * Greedy line breaking at spaces only, ragged right. Never at a hyphen: a
 * line break after "dual-" makes poppler extract "dualuse", and an inserted
 * hyphen splits words for every extractor (docs/accessibility.md §2). Each
 * line but the last keeps its closing space, so extracted words never run
 * together across a line end.
 */
import type { Piece, Token } from './inline.js'

/** A set line: its pieces left to right and their width (without the closing space). */
export interface Line {
  pieces: Piece[]
  width: number
  /** Height of the tallest piece's size, for leading. */
  size: number
  /** Extra width added after each space, for justified lines. */
  spaceExtra?: number
}

/**
 * Break tokens into lines no wider than `width`. A word wider than a line is
 * cut between characters, the only case where a word is split.
 *
 * @param tokens The tokens of one block.
 * @param width The line width in points.
 * @param size The block's text size, the minimum line size.
 * @param lastLineMax The widest the last line may be (paragraphs: see
 *   `shortenLastLine`).
 * @returns The lines; at least one.
 */
export function breakLines(
  tokens: readonly Token[],
  width: number,
  size: number,
  lastLineMax = Number.POSITIVE_INFINITY,
): Line[] {
  const lines: Line[] = []
  let current: Line = { pieces: [], width: 0, size }
  let pendingGlue: Piece | undefined
  // Where the current line's tokens start, and whether a word was cut in it.
  let start = 0
  let cut = false
  const finish = (glue: Piece | undefined): void => {
    if (glue) current.pieces.push(glue)
    lines.push(current)
    current = { pieces: [], width: 0, size }
    pendingGlue = undefined
    cut = false
  }
  const place = (pieces: readonly Piece[], boxWidth: number): void => {
    for (const piece of pieces) {
      current.pieces.push(piece)
      if (piece.style.size > current.size && piece.style.rise === 0) current.size = piece.style.size
    }
    current.width += boxWidth
  }
  tokens.forEach((token, index) => {
    if (token.kind === 'break') {
      finish(undefined)
      start = index + 1
      return
    }
    if (token.kind === 'glue') {
      if (current.pieces.length > 0) pendingGlue = token.piece
      return
    }
    const glueWidth = pendingGlue ? pendingGlue.width : 0
    if (current.pieces.length > 0 && current.width + glueWidth + token.width > width) {
      finish(pendingGlue)
    } else if (pendingGlue) {
      current.pieces.push(pendingGlue)
      current.width += pendingGlue.width
      pendingGlue = undefined
    }
    if (current.pieces.length === 0) start = index
    if (token.width <= width) {
      place(token.pieces, token.width)
      return
    }
    // A word longer than the line (a URL, a long number): cut it.
    cut = true
    for (const chunk of cutWord(token.pieces, width)) {
      if (current.pieces.length > 0) finish(undefined)
      place(chunk.pieces, chunk.width)
    }
    cut = true
  })
  if (current.pieces.length > 0 && current.width > lastLineMax && !cut) {
    lines.push(...shortenLastLine(tokens.slice(start), lastLineMax, size))
  } else if (current.pieces.length > 0 || lines.length === 0) lines.push(current)
  return lines
}

/**
 * Whether a word opens like a sentence or a block: a capital or a digit,
 * after an opening quote or bracket. A short line before such a word reads
 * as the end of a paragraph, to people and to text extractors alike.
 */
function opensBlock(text: string): boolean {
  return /^["'“‘„([]?[\p{Lu}\p{N}]/u.test(text)
}

/**
 * A paragraph's last line, too long to show that the paragraph ends there,
 * set as two lines: the last words move down, as few as make the new last
 * line short enough, and preferably so that the line they leave does not
 * end before a capital (where it would look like a paragraph end itself).
 *
 * @param tokens The last line's tokens, without trailing glue.
 * @param lastLineMax The widest the last line may be.
 * @param size The block's text size.
 * @returns One or two lines.
 */
function shortenLastLine(tokens: readonly Token[], lastLineMax: number, size: number): Line[] {
  let chosen: number | undefined
  let tail = 0
  for (let index = tokens.length - 1; index > 0; index--) {
    const token = tokens[index] as Token
    if (token.kind !== 'glue') {
      if (token.kind === 'box') tail += token.width
      continue
    }
    if (tail > lastLineMax) break
    const next = tokens[index + 1]
    const word = next?.kind === 'box' ? next.pieces.map((piece) => piece.text).join('') : ''
    chosen ??= index
    if (!opensBlock(word)) {
      chosen = index
      break
    }
    tail += token.width
  }
  if (chosen === undefined) return [lineOf(tokens, size)]
  const glue = tokens[chosen] as Token & { kind: 'glue' }
  const head = lineOf(tokens.slice(0, chosen), size)
  head.pieces.push(glue.piece)
  return [head, lineOf(tokens.slice(chosen + 1), size)]
}

/** One line of tokens that fit. */
function lineOf(tokens: readonly Token[], size: number): Line {
  const line: Line = { pieces: [], width: 0, size }
  for (const token of tokens) {
    if (token.kind === 'break') continue
    const pieces = token.kind === 'glue' ? [token.piece] : token.pieces
    for (const piece of pieces) {
      line.pieces.push(piece)
      if (piece.style.size > line.size && piece.style.rise === 0) line.size = piece.style.size
    }
    line.width += token.width
  }
  return line
}

/** Cut a too-long word into chunks that fit, between characters. */
function cutWord(pieces: readonly Piece[], width: number): { pieces: Piece[]; width: number }[] {
  const chunks: { pieces: Piece[]; width: number }[] = []
  let chunk: { pieces: Piece[]; width: number } = { pieces: [], width: 0 }
  for (const piece of pieces) {
    const characters = [...piece.text]
    const perCharacter = piece.width / Math.max(characters.length, 1)
    let start = 0
    let taken = 0
    for (let index = 0; index < characters.length; index++) {
      if (
        chunk.width + (taken + 1) * perCharacter > width &&
        (chunk.pieces.length > 0 || taken > 0)
      ) {
        if (taken > 0) chunk.pieces.push(slice(piece, characters, start, index))
        chunk.width += taken * perCharacter
        chunks.push(chunk)
        chunk = { pieces: [], width: 0 }
        start = index
        taken = 0
      }
      taken++
    }
    if (taken > 0) {
      chunk.pieces.push(slice(piece, characters, start, characters.length))
      chunk.width += taken * perCharacter
    }
  }
  if (chunk.pieces.length > 0) chunks.push(chunk)
  return chunks
}

/** A part of a piece, its runs re-split by face. */
function slice(piece: Piece, characters: string[], start: number, end: number): Piece {
  const text = characters.slice(start, end).join('')
  const runs = []
  let offset = 0
  for (const run of piece.runs) {
    const runCharacters = [...run.text]
    const from = Math.max(start - offset, 0)
    const to = Math.min(end - offset, runCharacters.length)
    if (from < to) runs.push({ face: run.face, text: runCharacters.slice(from, to).join('') })
    offset += runCharacters.length
  }
  return { ...piece, text, runs, width: (piece.width * (end - start)) / characters.length }
}
