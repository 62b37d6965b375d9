/**
 * Generated Dutch-like reports for the end-to-end benchmark: numbered
 * headings, wrapped paragraphs, lists, a table and footnotes, 5–50 KB each.
 * Seeded, so every run converts the same batch. Written by us: the
 * evaluation corpus never enters the repository.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const words = [
  'de',
  'het',
  'een',
  'van',
  'en',
  'in',
  'op',
  'voor',
  'met',
  'door',
  'minister',
  'kamer',
  'begroting',
  'beleid',
  'uitvoering',
  'gemeenten',
  'provincies',
  'rapportage',
  'verantwoording',
  'doelstelling',
  'resultaat',
  'financiering',
  'middelen',
  'jaarverslag',
  'ontwikkeling',
  'onderzoek',
  'samenwerking',
  'verbetering',
  'toezicht',
  'wetgeving',
  'maatregelen',
  'realisatie',
  'evaluatie',
  'Oekraïne',
  'coördinatie',
  'één',
  'ministerie',
  'staatssecretaris',
  'motie',
  'Tweede',
  'artikel',
]

/** A small seeded generator (mulberry32): the same batch on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * One report of about `size` bytes.
 *
 * @param index Which report (also the seed).
 * @param size Its size in bytes, roughly.
 * @returns Markdown.
 */
function generateReport(index: number, size: number): string {
  const next = random(index + 1)
  const pick = () => words[Math.floor(next() * words.length)] as string
  const sentence = () => {
    const length = 8 + Math.floor(next() * 14)
    const text = Array.from({ length }, pick).join(' ')
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
  }
  const paragraph = () => {
    const text = Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ')
    // Wrapped at 80 columns, as reports extracted from PDFs are.
    return text.replace(/(.{1,80})(?: |$)/g, '$1\n').trim()
  }
  const parts = [`---\ntitle: Jaarverslag ${index}\nlang: nl\n---\n`, `# Jaarverslag ${index}\n`]
  let length = parts.join('\n').length
  let section = 0
  let footnotes = 0
  while (length < size) {
    section++
    const block: string[] = [`## ${section}. ${sentence().slice(0, 40).replace(/\.$/, '')}\n`]
    for (let count = 0; count < 2 + Math.floor(next() * 3); count++) block.push(`${paragraph()}\n`)
    const kind = next()
    if (kind < 0.35) {
      block.push(
        `${Array.from({ length: 3 + Math.floor(next() * 4) }, (_, item) => `${item + 1}. ${sentence()}`).join('\n')}\n`,
      )
    } else if (kind < 0.6) {
      const rows = Array.from(
        { length: 2 + Math.floor(next() * 5) },
        () => `| ${pick()} | ${(next() * 100).toFixed(1)} | ${(next() * 100).toFixed(1)} |`,
      )
      block.push(`| Post | Begroting | Realisatie |\n| :--- | ---: | ---: |\n${rows.join('\n')}\n`)
    } else if (kind < 0.8) {
      footnotes++
      block.push(`${paragraph()}[^${footnotes}]\n\n[^${footnotes}]: ${sentence()}\n`)
    } else {
      block.push(`> ${paragraph().replace(/\n/g, '\n> ')}\n`)
    }
    const text = block.join('\n')
    parts.push(text)
    length += text.length + 1
  }
  return `${parts.join('\n')}`
}

/**
 * Write `count` reports of 5–50 KB into `folder`, ten to a subfolder.
 *
 * @param folder Where.
 * @param count How many.
 * @returns The total size in bytes.
 */
export function writeReports(folder: string, count: number): number {
  const next = random(20_241_129)
  let total = 0
  for (let index = 0; index < count; index++) {
    const size = 5_000 + Math.floor(next() * 45_000)
    const text = generateReport(index, size)
    const sub = join(folder, `map-${String(Math.floor(index / 10)).padStart(3, '0')}`)
    mkdirSync(sub, { recursive: true })
    writeFileSync(join(sub, `verslag-${String(index).padStart(4, '0')}.md`), text)
    total += Buffer.byteLength(text)
  }
  return total
}
