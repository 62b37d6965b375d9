/**
 * The way back from normalised text to the input: for each offset in the
 * normalised text, the offset in the input it came from. Normalisation
 * changes few characters, so the map keeps only the places where the two
 * texts stop running in step (a CRLF made LF, a ligature spelled out, a
 * removed character), not an entry per character: a 10 MB input would
 * otherwise need 40 MB for the map and as much again while building it.
 */
export class OffsetMap {
  /** Normalised offsets where a stretch in step with the input starts. */
  readonly #starts: number[] = [0]
  /** The input offset of each stretch's start. */
  readonly #origins: number[] = [0]
  /** The last offset that can be mapped (one past the normalised text). */
  #end = 0

  /**
   * Record that from normalised offset `at` on, characters come from the
   * input starting at `from`, one for one.
   *
   * @param at Offset in the normalised text (not before the last one marked).
   * @param from Offset in the input.
   */
  mark(at: number, from: number): void {
    const last = this.#starts.length - 1
    const lastStart = this.#starts[last] as number
    const lastOrigin = this.#origins[last] as number
    if (at > this.#end) this.#end = at
    if (lastStart === at) {
      this.#origins[last] = from
      return
    }
    // Already in step: nothing to remember.
    if (from - at === lastOrigin - lastStart) return
    this.#starts.push(at)
    this.#origins.push(from)
  }

  /**
   * Map an offset in the normalised text to the input.
   *
   * @param offset Offset in the normalised text; clamped to the text.
   * @returns The offset in the input.
   */
  toInput(offset: number): number {
    const at = Math.max(0, Math.min(offset, this.#end))
    const starts = this.#starts
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= at) low = middle
      else high = middle - 1
    }
    return (this.#origins[low] as number) + at - (starts[low] as number)
  }
}
