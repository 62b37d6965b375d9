/**
 * Counting pieces of text without cutting each one out: the document's
 * vocabulary counts every word of every line, and a string made for each
 * occurrence (most of them words seen many times already) was most of what
 * the parser allocated. A string is made only for a piece not seen before.
 * Hand-written rather than a `Map` alone because a `Map` needs the string
 * to look it up; no library counts substrings by position.
 */

/** Counts of pieces of text, each given as a range of a string. */
export class WordCounts {
  /** The pieces counted, in the order first seen. */
  private readonly keys: string[] = []
  /** How often each piece was counted, by its place in `keys`. */
  private readonly counts: number[] = []
  /** The hash of each piece, by its place in `keys`. */
  private readonly hashes: number[] = []
  /** Open addressing: the place in `keys` plus one, or 0 for an empty slot. */
  private slots = new Int32Array(1024)

  /**
   * Count a piece of a text.
   *
   * @param text The text.
   * @param start Where the piece starts.
   * @param end Where it ends (exclusive).
   */
  add(text: string, start: number, end: number): void {
    let hash = 0x811c9dc5
    for (let index = start; index < end; index++)
      hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193)
    const mask = this.slots.length - 1
    let slot = hash & mask
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      const at = entry - 1
      if (this.hashes[at] === hash && matches(this.keys[at] as string, text, start, end)) {
        this.counts[at] = (this.counts[at] as number) + 1
        return
      }
      slot = (slot + 1) & mask
    }
    this.keys.push(text.slice(start, end))
    this.counts.push(1)
    this.hashes.push(hash)
    this.slots[slot] = this.keys.length
    if (this.keys.length * 2 > this.slots.length) this.grow()
  }

  /**
   * The counts as a map, the pieces in the order first seen.
   *
   * @returns The map.
   */
  toMap(): Map<string, number> {
    const map = new Map<string, number>()
    this.keys.forEach((key, at) => {
      map.set(key, this.counts[at] as number)
    })
    return map
  }

  /** Double the slots and place every piece again. */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2)
    const mask = slots.length - 1
    this.hashes.forEach((hash, at) => {
      let slot = hash & mask
      while (slots[slot] !== 0) slot = (slot + 1) & mask
      slots[slot] = at + 1
    })
    this.slots = slots
  }
}

/** Whether a key equals a range of a text. */
function matches(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false
  for (let index = 0; index < key.length; index++)
    if (key.charCodeAt(index) !== text.charCodeAt(start + index)) return false
  return true
}
