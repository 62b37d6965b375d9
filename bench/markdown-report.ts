/**
 * The reports every benchmark converts (DOCX, PDF, XML, the end-to-end
 * batch), shared so their figures are for the same kind of content.
 *
 * A generated Dutch-like report in Markdown, of about the size asked for:
 * numbered sections with paragraphs, emphasis, links, footnotes, nested
 * lists and tables, as parliamentary reports have. Deterministic (a seeded
 * generator), so runs compare.
 */
import { parseMarkdown } from '@kopij/markdown'
import type { Root, RootContent } from 'mdast'

const vocabulary = (
  'het de een van en in op met voor door als bij naar over tot aan dat niet ook worden ' +
  'beleid minister kamer verslag begroting uitvoering water dijken veiligheid ' +
  'verantwoording resultaten doelstelling maatregelen gemeenten provincies ' +
  'rijksoverheid onderzoek evaluatie financiering uitgaven ontvangsten ' +
  'waterschappen rivieren kustlijn zoetwatervoorziening klimaatadaptatie ' +
  'samenwerking afspraken programma instrumenten subsidies toezicht ' +
  'gebalanceerde onderschreven instellingen beleidsdialoog mensenrechten dual-use Oekraïne'
).split(' ')

/**
 * A small seeded generator (mulberry32), so reports are the same every run.
 *
 * @param seed The seed.
 * @returns A function giving numbers in [0, 1).
 */
export function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Generate a report.
 *
 * @param bytes About how large the Markdown should be.
 * @param seed Which report: the same seed gives the same text.
 * @returns The Markdown.
 */
export function generateReport(bytes: number, seed = 42): string {
  const next = random(seed)
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)] ?? 'water'
  const words = (count: number) => Array.from({ length: count }, pick).join(' ')
  const sentence = () => {
    const text = words(8 + Math.floor(next() * 14))
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
  }
  const parts: string[] = ['---\ntitle: Jaarverslag\nlang: nl-NL\n---\n\n# Jaarverslag\n']
  let size = parts[0]?.length ?? 0
  let section = 0
  let sub = 3
  let note = 0
  // A subsection (~3 KB) at a time, so small reports come out near their size.
  while (size < bytes) {
    const lines: string[] = []
    if (sub === 3) {
      section += 1
      sub = 0
      lines.push(`## ${section}. ${words(3)}\n`)
    }
    sub += 1
    lines.push(`### ${section}.${sub} ${words(2)}\n`)
    for (let p = 0; p < 4; p++) {
      note += 1
      lines.push(
        `${sentence()} ${sentence()} Het *${pick()}* en **${pick()}** staan in [de bijlage](https://example.nl/${section}/${p}).[^n${note}] ${sentence()} ${sentence()}\n`,
      )
      lines.push(`[^n${note}]: ${sentence()}\n`)
    }
    lines.push(
      `1. ${sentence()}\n2. ${sentence()}\n   - ${sentence()}\n   - ${sentence()}\n3. ${sentence()}\n`,
    )
    lines.push(
      `| Post | Begroot | Realisatie |\n| :--- | ---: | ---: |\n${Array.from(
        { length: 4 },
        () => `| ${words(2)} | ${Math.floor(next() * 9000)} | ${Math.floor(next() * 9000)} |`,
      ).join('\n')}\n`,
    )
    lines.push(`> ${sentence()} ${sentence()}\n`)
    const text = lines.join('\n')
    parts.push(text)
    size += text.length + 1
  }
  return parts.join('\n')
}

/**
 * Parse a report section by section: remark-parse is quadratic on whole
 * multi-MB documents (docs/performance.md) and gives the same tree per
 * section, since the generated footnotes are defined in their own section.
 *
 * @param markdown The report.
 * @returns The tree.
 */
export function parseReport(markdown: string): Root {
  const sections = markdown.split(/\n(?=## )/)
  const [head = '', ...rest] = sections
  const tree = parseMarkdown(head)
  const children: RootContent[] = [...tree.children]
  for (const section of rest) children.push(...parseMarkdown(section).children)
  tree.children = children
  return tree
}
