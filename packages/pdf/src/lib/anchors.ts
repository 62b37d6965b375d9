/**
 * Anchors of the headings, for links inside the document (`[zie](#2-beleid)`):
 * the slugs GitHub gives headings, which is what Markdown authors link to
 * and what remark's table-of-contents plugin writes (github-slugger, so
 * duplicates become `beleid-1`, `beleid-2` the same way).
 */
import GithubSlugger from 'github-slugger'
import type { Heading, PhrasingContent } from 'mdast'
import type { Destination } from './inline.js'

/** Heading destinations, by heading and by anchor. */
export interface Anchors {
  byHeading: Map<Heading, Destination>
  bySlug: Map<string, Destination>
}

/**
 * Give every heading an anchor and an empty destination, filled in when
 * the heading is drawn.
 *
 * @param headings The headings in document order.
 * @returns Destinations by heading and by anchor.
 */
export function headingAnchors(headings: readonly Heading[]): Anchors {
  const slugger = new GithubSlugger()
  const anchors: Anchors = { byHeading: new Map(), bySlug: new Map() }
  for (const heading of headings) {
    const destination: Destination = { page: undefined, top: 0 }
    anchors.byHeading.set(heading, destination)
    anchors.bySlug.set(slugger.slug(textOf(heading.children)), destination)
  }
  return anchors
}

/** The text of phrasing content as GitHub slugs it: no markup, alt text left out. */
function textOf(nodes: readonly PhrasingContent[]): string {
  let text = ''
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value
    else if ('children' in node) text += textOf(node.children)
  }
  return text
}
