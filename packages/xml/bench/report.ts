/**
 * A synthetic report of about 1 MB of Markdown, written for the benchmark
 * (the evaluation corpus stays out of the repository): numbered chapters and
 * sections, running text with emphasis, links and footnotes, lists, tables
 * and quotes, in the proportions of a Dutch parliamentary paper.
 */

const sentences = [
  'De regering heeft in het afgelopen jaar de samenwerking met de partners verder versterkt.',
  'Daarbij is nadrukkelijk gekeken naar de _uitvoerbaarheid_ van de maatregelen & de kosten.',
  'Het kabinet acht een **gebalanceerde** benadering van belang, met oog voor snel handelen.',
  'Zie ook de [brief van de minister](https://www.rijksoverheid.nl/documenten "Brief") hierover.',
  'De uitgaven bleven binnen het budget van € 12,5 mln, zoals eerder aan de Kamer gemeld.',
  'In de bijlage staat een overzicht van de resultaten per pijler en per jaar.',
]

function paragraph(seed: number, footnote: string | undefined): string {
  const parts: string[] = []
  for (let index = 0; index < 5; index++) {
    parts.push(sentences[(seed + index) % sentences.length] ?? '')
  }
  return `${parts.join(' ')}${footnote ? `[^${footnote}]` : ''}`
}

/**
 * Build the report.
 *
 * @param targetBytes Roughly how large the Markdown should be.
 * @returns The Markdown.
 */
export function buildReport(targetBytes = 1_000_000): string {
  const blocks: string[] = [
    '---\ntitle: Jaarverslag voor de benchmark\nlang: nl\nauthor:\n  - Ministerie van Voorbeeldzaken\n---',
  ]
  let size = 0
  let footnotes = 0
  for (let chapter = 1; size < targetBytes; chapter++) {
    blocks.push(`# ${chapter}. Hoofdstuk ${chapter}`)
    for (let section = 1; section <= 4; section++) {
      blocks.push(`## ${chapter}.${section} Onderwerp ${section}`)
      for (let index = 0; index < 6; index++) {
        const footnote = index === 2 ? `n${++footnotes}` : undefined
        blocks.push(paragraph(chapter + section + index, footnote))
        if (footnote)
          blocks.push(`[^${footnote}]: Kamerstukken II 2022/23, 36 200 V, nr. ${footnotes}.`)
      }
      blocks.push(
        '- voorkomen van onveiligheid;\n- verdedigen met een moderne aanpak;\n- versterken van het fundament.',
      )
      blocks.push(
        '| Pijler | Begroting | Realisatie |\n| :-- | --: | --: |\n| Voorkomen | 12,5 | 11,9 |\n| Verdedigen | 8,0 | 8,4 |',
      )
      blocks.push(`> ${paragraph(chapter, undefined)}`)
    }
    size = blocks.reduce((total, block) => total + block.length + 2, 0)
  }
  return `${blocks.join('\n\n')}\n`
}
