import { toPdf } from '@kopij/pdf'
import { beforeAll, describe, expect, test } from 'vitest'
import { fixedDates } from './fixed.js'
import { type QpdfValue, qpdfObjects, run, tempPdf, walkContent } from './pdf-readers.js'
import {
  everyNodeTree,
  longTableTree,
  longTree,
  tallFootnoteTree,
  tallRowTree,
} from './sample-trees.js'

type Value = QpdfValue

function dict(value: Value | undefined): { [key: string]: Value } {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value
  throw new Error(`Expected a dictionary, not ${JSON.stringify(value)}`)
}

/**
 * Check a PDF's marked content against its structure tree, from qpdf's view
 * of the objects: every painting operator is inside an MCID sequence or an
 * artifact, and every MCID on every page belongs to exactly one structure
 * element, which the ParentTree names for it too.
 */
function checkTagging(bytes: Uint8Array) {
  const path = tempPdf(bytes)
  const objects = qpdfObjects(path)
  const get = (ref: Value | undefined) => {
    if (typeof ref !== 'string' || !objects.has(ref))
      throw new Error(`Not a reference: ${String(ref)}`)
    return objects.get(ref)
  }
  const catalogRef = Object.entries(Object.fromEntries(objects)).find(
    ([, object]) => object.value && dict(object.value)['/Type'] === '/Catalog',
  )?.[0]
  const catalog = dict(get(catalogRef)?.value)
  const pageRefs: string[] = []
  const collect = (ref: Value | undefined): void => {
    const node = dict(get(ref)?.value)
    if (node['/Type'] === '/Page') pageRefs.push(ref as string)
    else for (const kid of node['/Kids'] as Value[]) collect(kid)
  }
  collect(catalog['/Pages'])

  // Marked content, page by page.
  const contentMcids = new Set<string>()
  let paintedOutside = 0
  let painted = 0
  const nestingErrors: string[] = []
  for (const ref of pageRefs) {
    const page = dict(get(ref)?.value)
    const contents = Array.isArray(page['/Contents']) ? page['/Contents'] : [page['/Contents']]
    let text = ''
    for (const content of contents) {
      const data = get(content)?.stream?.data
      text += `${Buffer.from(data ?? '', 'base64').toString('latin1')}\n`
    }
    const walk = walkContent(text)
    painted += walk.painted
    paintedOutside += walk.paintedOutside
    nestingErrors.push(...walk.nestingErrors)
    for (const mcid of walk.mcids) {
      const key = `${ref}#${mcid}`
      if (contentMcids.has(key)) nestingErrors.push(`MCID ${key} used twice`)
      contentMcids.add(key)
    }
  }

  // The structure tree, element by element.
  const treeRoot = dict(get(catalog['/StructTreeRoot'])?.value)
  const owners = new Map<string, string[]>()
  const annotationOwners = new Map<string, string>()
  const roles: string[] = []
  const visit = (ref: Value, parent: Value): void => {
    const element = dict(get(ref)?.value)
    expect(element['/P']).toBe(parent)
    roles.push(String(element['/S']))
    const kids = Array.isArray(element['/K']) ? element['/K'] : [element['/K']]
    for (const kid of kids) {
      if (typeof kid === 'number') {
        const key = `${element['/Pg']}#${kid}`
        owners.set(key, [...(owners.get(key) ?? []), ref as string])
      } else if (typeof kid === 'string') visit(kid, ref)
      else if (kid !== undefined) {
        const reference = dict(kid)
        if (reference['/Type'] === '/MCR') {
          const key = `${reference['/Pg']}#${reference['/MCID']}`
          owners.set(key, [...(owners.get(key) ?? []), ref as string])
        } else if (reference['/Type'] === '/OBJR') {
          annotationOwners.set(reference['/Obj'] as string, ref as string)
        } else throw new Error(`Unexpected kid ${JSON.stringify(kid)}`)
      }
    }
  }
  for (const kid of treeRoot['/K'] as Value[]) visit(kid, catalog['/StructTreeRoot'] as Value)

  // The ParentTree, the other way round.
  const nums = dict(get(treeRoot['/ParentTree'])?.value)['/Nums'] as Value[]
  const parentTree = new Map<number, Value>()
  for (let index = 0; index < nums.length; index += 2) {
    parentTree.set(nums[index] as number, nums[index + 1] as Value)
  }
  const parentTreeErrors: string[] = []
  for (const ref of pageRefs) {
    const page = dict(get(ref)?.value)
    const entries = parentTree.get(page['/StructParents'] as number)
    if (!Array.isArray(entries)) {
      parentTreeErrors.push(`page ${ref} has no ParentTree array`)
      continue
    }
    entries.forEach((entry, mcid) => {
      const owner = owners.get(`${ref}#${mcid}`)
      if (owner?.[0] !== entry) parentTreeErrors.push(`${ref} MCID ${mcid}: ${entry} vs ${owner}`)
    })
    for (const annotation of (page['/Annots'] as Value[] | undefined) ?? []) {
      const key = dict(get(annotation)?.value)['/StructParent'] as number
      if (parentTree.get(key) !== annotationOwners.get(annotation as string)) {
        parentTreeErrors.push(`annotation ${annotation} has the wrong StructParent`)
      }
    }
  }
  return {
    painted,
    paintedOutside,
    nestingErrors,
    contentMcids,
    owners,
    parentTreeErrors,
    roles,
    annotationOwners,
    nextKey: treeRoot['/ParentTreeNextKey'],
    parentTreeSize: parentTree.size,
  }
}

describe.each([
  ['every node type', () => everyNodeTree()],
  ['a long report', () => longTree(40_000)],
  ['a table across pages', () => longTableTree(120)],
  ['a table row taller than a page', () => tallRowTree(160)],
  ['a footnote taller than a page', () => tallFootnoteTree(120)],
])('the content streams of %s', (_name, build) => {
  let result: ReturnType<typeof checkTagging>

  beforeAll(async () => {
    result = checkTagging(await toPdf(build(), fixedDates))
  })

  test('should paint nothing outside marked content or an artifact', () => {
    expect(result.painted).toBeGreaterThan(10)
    expect(result.paintedOutside).toBe(0)
    expect(result.nestingErrors).toEqual([])
  })

  test('should map every MCID to exactly one structure element and back', () => {
    expect([...result.owners.keys()].sort()).toEqual([...result.contentMcids].sort())
    const shared = [...result.owners].filter(([, owners]) => owners.length !== 1)
    expect(shared).toEqual([])
    expect(result.parentTreeErrors).toEqual([])
  })

  test('should use standard structure types only', () => {
    const standard =
      /^\/(Document|H[1-6]|P|L|LI|Lbl|LBody|Table|TR|TH|TD|Note|Reference|Link|Figure|Code|BlockQuote|Span)$/
    expect(result.roles.filter((role) => !standard.test(role))).toEqual([])
  })

  test('should count ParentTree keys correctly', () => {
    expect(result.nextKey).toBe(result.parentTreeSize)
  })
})

test('should pass qpdf --check', async () => {
  const path = tempPdf(await toPdf(everyNodeTree(), fixedDates))
  expect(run('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors found')
})

describe('the content-stream walk itself', () => {
  test('should find painting outside marked content', () => {
    expect(walkContent('BT /F1 9 Tf <0001> Tj ET 0 0 5 5 re f').paintedOutside).toBe(2)
  })

  test('should find an MCID nested in an artifact', () => {
    const walk = walkContent('/Artifact <</Type /Layout>> BDC /P <</MCID 0>> BDC EMC EMC')
    expect(walk.nestingErrors).toEqual(['mcid inside artifact'])
  })

  test('should accept painting inside an MCID sequence', () => {
    const walk = walkContent('/P <</MCID 3>> BDC BT (a\\)b) Tj [(x) 20 (y)] TJ ET EMC')
    expect(walk).toEqual({ mcids: [3], paintedOutside: 0, nestingErrors: [], painted: 2 })
  })
})
