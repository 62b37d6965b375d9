/**
 * What the writer needs to know of the whole tree before layout: footnote
 * definitions by identifier, the URLs of images, the headings. One
 * walk over the tree, by hand: unist-util-visit, which builds an ancestor
 * list for every node, took a tenth of a large document's time for the same.
 */
import type { FootnoteDefinition, Heading, Nodes, Root } from 'mdast'

/** The tree's footnote definitions, image URLs and headings. */
export interface DocumentIndex {
  /** Definitions by identifier; the first wins when one is defined twice. */
  definitions: Map<string, FootnoteDefinition>
  /** Image URLs in document order, each once. */
  imageUrls: Set<string>
  /** The headings in document order. */
  headings: Heading[]
}

/**
 * Index a tree.
 *
 * @param tree The root.
 * @returns Its definitions, image URLs and headings.
 */
export function indexDocument(tree: Root): DocumentIndex {
  const index: DocumentIndex = {
    definitions: new Map(),
    imageUrls: new Set(),
    headings: [],
  }
  const walk = (nodes: readonly Nodes[]): void => {
    for (const node of nodes) {
      if (node.type === 'footnoteDefinition') {
        if (!index.definitions.has(node.identifier)) index.definitions.set(node.identifier, node)
      } else if (node.type === 'image') index.imageUrls.add(node.url)
      else if (node.type === 'heading') index.headings.push(node)
      if ('children' in node) walk(node.children)
    }
  }
  walk(tree.children)
  return index
}
