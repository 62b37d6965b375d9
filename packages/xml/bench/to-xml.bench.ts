import { execFileSync } from 'node:child_process'
import { parseMarkdown } from '@kopij/markdown'
import { fromXml, toXml } from '@kopij/xml'
import { bench, describe } from 'vitest'
import { generateReport, parseReport } from '../../../bench/markdown-report.js'

// A ~1 MB report (goal of issue 6: to XML in under 0.5 s), side by
// side with pandoc writing DocBook from the same content. pandoc gets its own
// JSON AST, made once, so both sides start from a parsed document; pandoc's
// figure also holds process start-up and reading the JSON.
const markdown = generateReport(1_000_000)
const tree = parseReport(markdown)
const kopijXml = toXml(tree)
const pandocAst = execFileSync('pandoc', ['-f', 'markdown', '-t', 'json'], {
  input: markdown,
  maxBuffer: 256 * 1024 * 1024,
})

/** Runs of seconds each: a fixed count instead of vitest's default time budget. */
const slow = { time: 0, iterations: 5 }

console.info(
  `report: ${(markdown.length / 1e6).toFixed(2)} MB Markdown, ${tree.children.length} top-level nodes; kopij XML ${(kopijXml.length / 1e6).toFixed(2)} MB`,
)

describe(`~1 MB report (${(markdown.length / 1e6).toFixed(2)} MB Markdown) to XML`, () => {
  bench('kopij: toXml, kopij profile (with positions)', () => {
    toXml(tree)
  })
  bench('kopij: toXml, kopij profile (positions: false)', () => {
    toXml(tree, { positions: false })
  })
  bench('kopij: toXml, DocBook 5.0', () => {
    toXml(tree, { profile: 'docbook' })
  })
  bench(
    'pandoc: JSON AST to DocBook 5 (-t docbook5)',
    () => {
      execFileSync('pandoc', ['-f', 'json', '-t', 'docbook5'], {
        input: pandocAst,
        maxBuffer: 256 * 1024 * 1024,
      })
    },
    slow,
  )
})

describe('the whole conversion: ~1 MB Markdown to DocBook', () => {
  bench(
    'kopij: parseMarkdown + toXml (DocBook)',
    () => {
      toXml(parseMarkdown(markdown), { profile: 'docbook' })
    },
    slow,
  )
  bench(
    'pandoc: -f markdown -t docbook5',
    () => {
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'docbook5'], {
        input: markdown,
        maxBuffer: 256 * 1024 * 1024,
      })
    },
    slow,
  )
})

describe('the same report read back', () => {
  bench('kopij: fromXml of the kopij XML', () => {
    fromXml(kopijXml)
  })
})
