/**
 * The logical structure tree of a tagged PDF (ISO 32000-1 14.7, PDF/UA-1 7.1).
 *
 * pdf-lib has no tagging API (pdf-lib#756), so this module writes the
 * objects on its core layer: StructTreeRoot, StructElems with MCIDs, MCRs and
 * OBJRs, the ParentTree number tree, the IDTree for Note IDs, and MarkInfo.
 * It is the one module of @kopij/pdf that knows these objects.
 *
 * Elements join their parent when their first content is drawn, so each
 * parent lists its kids in drawing order, which is reading order; a footnote
 * is the exception and is attached beside its reference explicitly.
 */
import { type PDFContext, type PDFDocument, PDFHexString, PDFName, type PDFRef } from 'pdf-lib'

/** Standard structure types used by kopij (ISO 32000-1 14.8.4); no RoleMap needed. */
export type StructRole =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Note'
  | 'Reference'
  | 'Link'
  | 'Figure'
  | 'Code'
  | 'BlockQuote'
  | 'Span'

/** What an element's `/K` holds. */
type StructKid =
  | { kind: 'element'; element: StructElement }
  | { kind: 'mcid'; page: PDFRef; mcid: number }
  | { kind: 'objr'; page: PDFRef; annotation: number }

/** Extra entries of a structure element. */
export interface StructExtras {
  /** Alternate description (`/Alt`), for figures. */
  alt?: string
  /** Language (`/Lang`) when it differs from the document's. */
  lang?: string
  /** Element identifier (`/ID`), registered in the IDTree. */
  id?: string
  /** Replacement text (`/ActualText`). */
  actualText?: string
  /** Attributes (`/A`), with their owner: `{ O: 'Table', Scope: 'Column' }`. */
  attributes?: { O: string } & Record<string, string>
}

/** One structure element. */
export interface StructElement {
  readonly role: StructRole
  readonly parent: StructElement | undefined
  /**
   * The element's object number, given when the tree is written: only
   * elements that received content get one, and no PDFRef is made for any.
   */
  number: number
  readonly extras: StructExtras
  readonly kids: StructKid[]
  attached: boolean
  /** The page of the element's first marked content (`/Pg`). */
  page: PDFRef | undefined
}

/** Builds a structure tree while pages are drawn, then writes it. */
export class StructureTree {
  /** The `Document` element, root of everything else. */
  readonly document: StructElement
  private readonly context: PDFContext
  private readonly pageContents = new Map<number, StructElement[]>()
  private readonly annotationParents = new Map<number, StructElement>()
  private nextKey = 0

  constructor(context: PDFContext) {
    this.context = context
    this.document = this.create('Document', undefined)
    this.document.attached = true
  }

  /** Make an element; it joins its parent when its first content is drawn. */
  create(role: StructRole, parent: StructElement | undefined, extras: StructExtras = {}) {
    const element: StructElement = {
      role,
      parent,
      number: 0,
      extras,
      kids: [],
      attached: false,
      page: undefined,
    }
    return element
  }

  /** Attach an element (and its ancestors) to the tree now. */
  attach(element: StructElement): void {
    if (element.attached) return
    if (element.parent) {
      this.attach(element.parent)
      element.parent.kids.push({ kind: 'element', element })
    }
    element.attached = true
  }

  /** Reserve a ParentTree key for a page (its `/StructParents`). */
  pageKey(): number {
    const key = this.nextKey++
    this.pageContents.set(key, [])
    return key
  }

  /**
   * Record marked content `mcid` on a page as content of an element.
   *
   * @returns Nothing; the MCID must be the page's next one.
   */
  addContent(element: StructElement, page: PDFRef, pageKey: number, mcid: number): void {
    this.attach(element)
    element.page ??= page
    element.kids.push({ kind: 'mcid', page, mcid })
    const contents = this.pageContents.get(pageKey)
    if (!contents || contents.length !== mcid) throw new Error('MCIDs must be recorded in order')
    contents.push(element)
  }

  /**
   * Record an annotation as content of an element (an OBJR).
   *
   * @returns The annotation's `/StructParent` key.
   */
  addAnnotation(element: StructElement, page: PDFRef, annotation: number): number {
    this.attach(element)
    element.page ??= page
    element.kids.push({ kind: 'objr', page, annotation })
    const key = this.nextKey++
    this.annotationParents.set(key, element)
    return key
  }

  /**
   * Write the tree and mark the catalog as tagged. The tree's objects, one
   * or more for every element, are written as text rather than as pdf-lib
   * objects: building and serializing tens of thousands of small
   * dictionaries through pdf-lib was a tenth of a large document's time.
   *
   * @param objects Receives the structure tree's objects, serialized, by
   *   object number.
   */
  write(doc: PDFDocument, objects: Map<number, string>): void {
    const context = this.context
    const rootRef = context.nextRef()
    // Number the elements in the order they are written.
    let next = context.largestObjectNumber + 1
    const number = (element: StructElement): void => {
      element.number = next++
      for (const kid of element.kids) if (kid.kind === 'element') number(kid.element)
    }
    number(this.document)
    context.largestObjectNumber = next - 1
    const ids: [string, number][] = []
    const visit = (element: StructElement, parent: string): void => {
      let dict = `<< /Type /StructElem /S /${element.role} /P ${parent}`
      if (element.page) dict += ` /Pg ${element.page.toString()}`
      const { alt, lang, id, actualText, attributes } = element.extras
      if (alt !== undefined) dict += ` /Alt ${PDFHexString.fromText(alt).toString()}`
      if (actualText !== undefined) {
        dict += ` /ActualText ${PDFHexString.fromText(actualText).toString()}`
      }
      if (lang !== undefined) dict += ` /Lang ${literal(lang)}`
      if (id !== undefined) {
        dict += ` /ID ${literal(id)}`
        ids.push([id, element.number])
      }
      if (attributes) {
        dict += ' /A <<'
        for (const [key, value] of Object.entries(attributes)) {
          dict += ` ${PDFName.of(key).toString()} ${PDFName.of(value).toString()}`
        }
        dict += ' >>'
      }
      dict += ' /K ['
      for (const kid of element.kids) {
        if (kid.kind === 'element') {
          visit(kid.element, `${element.number} 0 R`)
          dict += ` ${kid.element.number} 0 R`
        } else if (kid.kind === 'mcid') {
          // An MCID on the element's own page is a bare integer; on another
          // page it needs a marked-content reference naming that page.
          dict +=
            kid.page === element.page
              ? ` ${kid.mcid}`
              : ` << /Type /MCR /Pg ${kid.page.toString()} /MCID ${kid.mcid} >>`
        } else {
          dict += ` << /Type /OBJR /Pg ${kid.page.toString()} /Obj ${kid.annotation} 0 R >>`
        }
      }
      objects.set(element.number, `${dict} ] >>`)
    }
    visit(this.document, rootRef.toString())

    let nums = ''
    const keys = [...this.pageContents.keys(), ...this.annotationParents.keys()].sort(
      (a, b) => a - b,
    )
    for (const key of keys) {
      const contents = this.pageContents.get(key)
      const annotationParent = this.annotationParents.get(key)
      if (contents) {
        nums += ` ${key} [${contents.map((element) => ` ${element.number} 0 R`).join('')} ]`
      } else if (annotationParent) nums += ` ${key} ${annotationParent.number} 0 R`
    }
    const parentTreeRef = context.nextRef()
    objects.set(parentTreeRef.objectNumber, `<< /Nums [${nums} ] >>`)

    let root = `<< /Type /StructTreeRoot /K [ ${this.document.number} 0 R ] /ParentTree ${parentTreeRef.toString()} /ParentTreeNextKey ${this.nextKey}`
    if (ids.length > 0) {
      // A name tree's keys are sorted by byte order (ISO 32000-1 7.9.6).
      ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      const idTreeRef = context.nextRef()
      objects.set(
        idTreeRef.objectNumber,
        `<< /Names [${ids.map(([id, ref]) => ` ${literal(id)} ${ref} 0 R`).join('')} ] >>`,
      )
      root += ` /IDTree ${idTreeRef.toString()}`
    }
    objects.set(rootRef.objectNumber, `${root} >>`)
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef)
    doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }))
  }
}

/**
 * A literal string of ASCII text (language tags, IDs), delimiters escaped;
 * other characters would need a text string in UTF-16.
 */
function literal(text: string): string {
  if (!/^[\x20-\x7e]*$/.test(text)) return PDFHexString.fromText(text).toString()
  return `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`
}
