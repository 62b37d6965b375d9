// A check of the labeller itself: run it on the corpus's own `lo-hyph` (or
// `tex-hyph`) inputs, with the corpus's gold and furniture lines, and count
// how many of the corpus's break labels it gives back (label and gold word
// alike), and how many lines of the `lo-lost` (`tex-lost`) inputs its lost
// variant reproduces. Low
// agreement means the held-out labels are not made as the corpus's were,
// and held-out scores are not comparable with the corpus's.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { furnitureLines, labelBreaks, loseHyphens } from './labels.mjs'

/** Break labels the scorer scores; the others only separate blocks. */
const scored = new Set(['join', 'hyphen', 'space'])

/**
 * @param {string} corpus the corpus directory
 * @param {'lo' | 'tex'} typesetter whose variants to check
 * @returns {{ breaks: number, agreeing: number, lostLines: number, lostAgreeing: number,
 *   furniture: number, furnitureAgreeing: number, furnitureExtra: number }}
 */
export function checkLabeller(corpus, typesetter) {
  const hyph = `${typesetter}-hyph`
  const lostVariant = `${typesetter}-lost`
  const result = {
    breaks: 0,
    agreeing: 0,
    lostLines: 0,
    lostAgreeing: 0,
    furniture: 0,
    furnitureAgreeing: 0,
    furnitureExtra: 0,
  }
  const read = (...parts) => readFileSync(join(corpus, ...parts), 'utf8')
  for (const name of readdirSync(join(corpus, 'labels', hyph)).filter((file) =>
    file.endsWith('.json'),
  )) {
    const id = name.slice(0, -'.json'.length)
    const labels = JSON.parse(read('labels', hyph, name))
    const gold = JSON.parse(read('gold', name))
    const lines = read('inputs', hyph, `${id}.txt`).split('\n')
    const mine = labelBreaks(lines, new Set(labels.furniture.lines), gold.blocks, gold.words)
    const byLine = new Map(mine.breaks.map((b) => [b.line, b]))
    for (const expected of labels.breaks) {
      const actual = byLine.get(expected.line)
      result.breaks++
      if (
        actual &&
        actual.label === expected.label &&
        (actual.g === expected.g || !scored.has(expected.label))
      )
        result.agreeing++
    }
    // Furniture lines found from the corpus's furniture settings (a running
    // section header shows a level-1 heading there).
    const sections =
      labels.furniture.header === 'section'
        ? gold.blocks
            .filter((/** @type {any} */ block) => block.type === 'heading' && block.level === 1)
            .map((/** @type {any} */ block) => block.text)
        : []
    const found = new Set(furnitureLines(lines, { ...labels.furniture, sections }))
    const expectedFurniture = new Set(labels.furniture.lines)
    result.furniture += expectedFurniture.size
    for (const line of found)
      if (expectedFurniture.has(line)) result.furnitureAgreeing++
      else result.furnitureExtra++
    const lost = loseHyphens(lines, mine.breaks).lines
    const expectedLost = read('inputs', lostVariant, `${id}.txt`).split('\n')
    result.lostLines += expectedLost.length
    result.lostAgreeing += expectedLost.filter((line, index) => lost[index] === line).length
  }
  return result
}
