/**
 * Independent readers for the tests: poppler and qpdf through
 * child_process, pdf.js in process, and a content-stream walk over qpdf's
 * JSON. None of them uses @kopij/pdf's own code.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Write bytes to a temporary file for the command-line tools. */
export function tempPdf(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kopij-pdf-')), 'test.pdf')
  writeFileSync(path, bytes)
  return path
}

/** Run a poppler or qpdf command on a PDF, returning stdout. */
export function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
}

/** Open a PDF in pdf.js. */
export async function openPdf(bytes: Uint8Array) {
  return getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise
}

/** A pdf.js structure tree node, as `getStructTree` returns it. */
export interface PdfJsStructNode {
  role?: string
  lang?: string
  alt?: string
  type?: string
  id?: string
  children?: PdfJsStructNode[]
}

/** Roles of a pdf.js structure tree, depth first, with indentation. */
export function outlineOfStruct(node: PdfJsStructNode, depth = 0): string[] {
  const lines: string[] = []
  // pdf.js wraps the tree in a node of its own, role "Root".
  if (node.role === 'Root')
    return (node.children ?? []).flatMap((child) => outlineOfStruct(child, depth))
  if (node.role)
    lines.push(`${'  '.repeat(depth)}${node.role}${node.lang ? ` lang=${node.lang}` : ''}`)
  for (const child of node.children ?? [])
    lines.push(...outlineOfStruct(child, node.role ? depth + 1 : depth))
  return lines
}

export type QpdfValue =
  | string
  | number
  | boolean
  | null
  | QpdfValue[]
  | { [key: string]: QpdfValue }

/** An object from `qpdf --json=2`. */
interface QpdfObject {
  value?: QpdfValue
  stream?: { dict: { [key: string]: QpdfValue }; data?: string }
}

/** All objects of a PDF by reference ("12 0 R"), with decoded stream data. */
export function qpdfObjects(path: string): Map<string, QpdfObject> {
  const json = JSON.parse(
    run('qpdf', ['--json=2', '--json-stream-data=inline', '--decode-level=generalized', path, '-']),
  ) as { qpdf: [unknown, Record<string, QpdfObject>] }
  const objects = new Map<string, QpdfObject>()
  for (const [key, value] of Object.entries(json.qpdf[1])) {
    if (key.startsWith('obj:')) objects.set(key.slice(4), value)
  }
  return objects
}

/** A content-stream token. */
type Token =
  | { kind: 'operator'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'dict'; value: Map<string, Token> }
  | { kind: 'other' }

/**
 * Tokenize a content stream (ISO 32000-1 7.2, 7.8.2), enough to follow
 * marked content: names, numbers, strings, arrays, dictionaries, operators.
 */
function tokenizeContent(text: string): Token[] {
  let index = 0
  const whitespace = /[\s\0]/
  const delimiter = /[\s\0()<>[\]{}/%]/
  const next = (): Token | '>>' | ']' | undefined => {
    while (index < text.length) {
      const character = text[index] as string
      if (whitespace.test(character)) index++
      else if (character === '%') while (index < text.length && text[index] !== '\n') index++
      else break
    }
    if (index >= text.length) return undefined
    const character = text[index] as string
    if (character === '/') {
      let end = index + 1
      while (end < text.length && !delimiter.test(text[end] as string)) end++
      const value = text.slice(index + 1, end)
      index = end
      return { kind: 'name', value }
    }
    if (character === '(') {
      let depth = 0
      for (; index < text.length; index++) {
        const c = text[index]
        if (c === '\\') index++
        else if (c === '(') depth++
        else if (c === ')' && --depth === 0) break
      }
      index++
      return { kind: 'other' }
    }
    if (text.startsWith('<<', index)) {
      index += 2
      const dict = new Map<string, Token>()
      for (;;) {
        const key = next()
        if (key === '>>' || key === undefined) break
        const value = next()
        if (key !== ']' && key.kind === 'name' && value && value !== '>>' && value !== ']')
          dict.set(key.value, value)
      }
      return { kind: 'dict', value: dict }
    }
    if (text.startsWith('>>', index)) {
      index += 2
      return '>>'
    }
    if (character === '<') {
      index = text.indexOf('>', index) + 1
      return { kind: 'other' }
    }
    if (character === '[') {
      index++
      for (;;) {
        const item = next()
        if (item === ']' || item === undefined) break
      }
      return { kind: 'other' }
    }
    if (character === ']') {
      index++
      return ']'
    }
    let end = index
    while (end < text.length && !delimiter.test(text[end] as string)) end++
    if (end === index) end++
    const word = text.slice(index, end)
    index = end
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)
      ? { kind: 'number', value: Number(word) }
      : { kind: 'operator', value: word }
  }
  const tokens: Token[] = []
  for (;;) {
    const token = next()
    if (token === undefined) break
    if (token !== '>>' && token !== ']') tokens.push(token)
  }
  return tokens
}

/** Operators that paint (ISO 32000-1 8.5.3, 9.4.3, 8.8, 8.7.4.2). */
const paintingOperators = new Set([
  'Tj',
  'TJ',
  "'",
  '"',
  'f',
  'F',
  'f*',
  'S',
  's',
  'B',
  'B*',
  'b',
  'b*',
  'Do',
  'sh',
  'BI',
])

/** What the walk of one page found. */
export interface PageWalk {
  mcids: number[]
  paintedOutside: number
  nestingErrors: string[]
  painted: number
}

/** Walk a content stream's marked content. */
export function walkContent(text: string): PageWalk {
  const result: PageWalk = { mcids: [], paintedOutside: 0, nestingErrors: [], painted: 0 }
  const stack: ('mcid' | 'artifact' | 'other')[] = []
  const operands: Token[] = []
  for (const token of tokenizeContent(text)) {
    if (token.kind !== 'operator') {
      operands.push(token)
      continue
    }
    const op = token.value
    if (op === 'BDC' || op === 'BMC') {
      const tag = operands[0]
      const properties = operands[1]
      const isArtifact = tag?.kind === 'name' && tag.value === 'Artifact'
      const mcid = properties?.kind === 'dict' ? properties.value.get('MCID') : undefined
      const kind = isArtifact ? 'artifact' : mcid?.kind === 'number' ? 'mcid' : 'other'
      if (kind !== 'other' && stack.some((open) => open !== 'other')) {
        result.nestingErrors.push(`${kind} inside ${stack.join('>')}`)
      }
      if (mcid?.kind === 'number') result.mcids.push(mcid.value)
      stack.push(kind)
    } else if (op === 'EMC') {
      if (stack.pop() === undefined) result.nestingErrors.push('EMC without BDC')
    } else if (paintingOperators.has(op)) {
      result.painted++
      if (!stack.some((open) => open !== 'other')) result.paintedOutside++
    }
    operands.length = 0
  }
  if (stack.length > 0) result.nestingErrors.push('unclosed marked content')
  return result
}
