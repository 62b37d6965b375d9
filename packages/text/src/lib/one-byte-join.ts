/**
 * Joining pieces of text into a string V8 stores one byte a character,
 * where the characters allow it: for the block texts, which the tree keeps.
 */

/** Any character beyond Latin-1, which a string stored one byte a character cannot hold. */
const beyondLatin1 = /[\u0100-\uFFFF]/

/**
 * A join for the pieces of a document's text: `join('')`, or where the
 * document has characters beyond Latin-1, `oneByteJoiner`'s.
 *
 * @param text The document's text.
 * @returns The join.
 */
export function joinerFor(text: string): (pieces: string[]) => string {
  // Where the text has no character beyond Latin-1, V8 stores it one byte a
  // character already, and so its pieces and their joins.
  return beyondLatin1.test(text) ? oneByteJoiner() : plainJoin
}

/** Pieces of text joined as they are. */
function plainJoin(pieces: string[]): string {
  return pieces.join('')
}

/**
 * A join of pieces of text that gives a string stored one byte a character
 * where it can be. V8 stores a string two bytes a character when it is cut
 * from, or joined of, strings so stored, and a document's text is as soon
 * as it has one character beyond Latin-1 (a bullet, a dash, a curly quote):
 * every block text was then two bytes a character, although most have no
 * such character. The block texts become the tree's text and stay as long
 * as the tree: 1 MB of report text has about 1 MB of them. Pieces whose
 * characters are all Latin-1 (checked first) are written as Latin-1 bytes
 * into one scratch buffer, reused from text to text, and read back as one
 * string, which V8 stores one byte a character. The text is the same as
 * the pieces' `join('')`.
 *
 * @returns The join; it keeps its buffer (as long as the longest text).
 */
export function oneByteJoiner(): (pieces: string[]) => string {
  let scratch = Buffer.allocUnsafe(0)
  return (pieces) => {
    let length = 0
    for (let index = 0; index < pieces.length; index++) {
      const piece = pieces[index] as string
      if (beyondLatin1.test(piece)) return pieces.join('')
      length += piece.length
    }
    if (scratch.length < length)
      scratch = Buffer.allocUnsafe(Math.max(length, scratch.length * 2, 4096))
    let at = 0
    for (let index = 0; index < pieces.length; index++)
      at += scratch.write(pieces[index] as string, at, 'latin1')
    return scratch.toString('latin1', 0, at)
  }
}
