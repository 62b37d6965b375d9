import { fromXml, toXml } from '@kopij/xml'
import fc from 'fast-check'
import type { Nodes, Root } from 'mdast'
import { expect, test } from 'vitest'
import { treeArbitrary } from './arbitrary.js'

/** A copy without node positions; furniture keeps its positions, which are data. */
function withoutPositions(tree: Root): Root {
  const copy = structuredClone(tree)
  const strip = (node: Nodes): void => {
    delete node.position
    if ('children' in node) for (const child of node.children) strip(child)
  }
  strip(copy)
  return copy
}

test('should read back every random tree identically, positions included', () => {
  fc.assert(
    fc.property(treeArbitrary, (tree) => {
      expect(fromXml(toXml(tree))).toStrictEqual(tree)
    }),
    { numRuns: 300 },
  )
})

test('should read back every random tree without positions when they are left out', () => {
  fc.assert(
    fc.property(treeArbitrary, (tree) => {
      expect(fromXml(toXml(tree, { positions: false }))).toStrictEqual(withoutPositions(tree))
    }),
    { numRuns: 100 },
  )
})
