/**
 * The document's objects to the bytes of a PDF file: header, objects, object
 * streams, a cross-reference stream and the trailer (ISO 32000-1 7.5).
 *
 * Why not pdf-lib's `save`: its writer compresses object streams with pako,
 * Deflate in JavaScript, which took a quarter of a 1 MB report's time, and it
 * yields to the event loop every 50 objects through `setTimeout`, which
 * costs at least a millisecond of idle time each (docs/performance.md).
 * This writer lays the same objects out the same way, with Node's zlib.
 */
import { deflateSync } from 'node:zlib'
import { type PDFContext, type PDFObject, PDFStream } from 'pdf-lib'

/**
 * Objects per object stream. pdf-lib uses 50; more compresses better, and a
 * reader inflates one stream to get any object in it, which stays cheap at
 * this size.
 */
const objectsPerStream = 200

/** The header, with the binary comment that marks the file as binary (7.5.2). */
const header = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n'

/** Byte widths of the cross-reference stream's fields: type, offset or stream, index. */
const fieldWidths = [1, 4, 2] as const

/** A PDF object as bytes, in pdf-lib's own serialization. */
function bytesOf(object: PDFObject): Buffer {
  const bytes = Buffer.allocUnsafe(object.sizeInBytes())
  object.copyBytesInto(bytes, 0)
  return bytes
}

/** An extra object already serialized, by object number (the structure tree). */
export type SerializedObjects = ReadonlyMap<number, string>

/**
 * Serialize every object of a context, and objects already written as text.
 *
 * @param context The document's objects; its trailer info gives Root, Info and ID.
 * @param extra Objects serialized elsewhere, by object number (numbers from
 *   `context.nextRef()` that the context itself holds nothing under).
 * @returns The PDF file.
 */
export function serialize(context: PDFContext, extra: SerializedObjects = new Map()): Uint8Array {
  const chunks: Buffer[] = []
  let offset = 0
  const push = (bytes: Buffer): void => {
    chunks.push(bytes)
    offset += bytes.length
  }
  const pushText = (text: string): void => push(Buffer.from(text, 'latin1'))

  // Cross-reference entries by object number: [type, field 2, field 3].
  const entries: [number, number, number][] = []
  let size = context.largestObjectNumber + 1

  let pending: [number, Buffer][] = []
  const writeObjectStream = (): void => {
    if (pending.length === 0) return
    const number = size++
    let index = ''
    let position = 0
    const body: Buffer[] = []
    pending.forEach(([objectNumber, bytes], slot) => {
      index += `${objectNumber} ${position} `
      body.push(bytes, newline)
      position += bytes.length + 1
      entries[objectNumber] = [2, number, slot]
    })
    const head = Buffer.from(index, 'latin1')
    const data = deflateSync(Buffer.concat([head, ...body]))
    entries[number] = [1, offset, 0]
    pushText(
      `${number} 0 obj\n<< /Type /ObjStm /N ${pending.length} /First ${head.length} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
    )
    push(data)
    pushText('\nendstream\nendobj\n')
    pending = []
  }
  const compress = (objectNumber: number, bytes: Buffer): void => {
    pending.push([objectNumber, bytes])
    if (pending.length === objectsPerStream) writeObjectStream()
  }

  pushText(header)
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const objectNumber = ref.objectNumber
    // Streams cannot sit in object streams (7.5.7); nor can objects of a
    // later generation, which kopij never makes.
    if (object instanceof PDFStream || ref.generationNumber !== 0) {
      entries[objectNumber] = [1, offset, ref.generationNumber]
      pushText(`${objectNumber} ${ref.generationNumber} obj\n`)
      push(bytesOf(object))
      pushText('\nendobj\n')
    } else compress(objectNumber, bytesOf(object))
  }
  for (const [objectNumber, text] of extra) compress(objectNumber, Buffer.from(text, 'latin1'))
  writeObjectStream()

  // The cross-reference stream lists every number up to Size; numbers
  // reserved but never used are free entries.
  const xrefNumber = size++
  const xrefOffset = offset
  entries[xrefNumber] = [1, xrefOffset, 0]
  const [typeWidth, secondWidth, thirdWidth] = fieldWidths
  const rowWidth = typeWidth + secondWidth + thirdWidth
  const table = Buffer.alloc(size * rowWidth)
  for (let number = 0; number < size; number++) {
    const [type, second, third] = entries[number] ?? [0, 0, number === 0 ? 0xffff : 0]
    const row = number * rowWidth
    table.writeUIntBE(type, row, typeWidth)
    table.writeUIntBE(second, row + typeWidth, secondWidth)
    table.writeUIntBE(third, row + typeWidth + secondWidth, thirdWidth)
  }
  const data = deflateSync(table)
  const trailer = context.trailerInfo
  const references = [
    trailer.Root ? ` /Root ${trailer.Root.toString()}` : '',
    trailer.Info ? ` /Info ${trailer.Info.toString()}` : '',
    trailer.ID ? ` /ID ${bytesOf(trailer.ID).toString('latin1')}` : '',
  ].join('')
  pushText(
    `${xrefNumber} 0 obj\n<< /Type /XRef /Size ${size} /W [${fieldWidths.join(' ')}]${references} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
  )
  push(data)
  pushText(`\nendstream\nendobj\nstartxref\n${xrefOffset}\n%%EOF\n`)
  const file = Buffer.concat(chunks, offset)
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength)
}

const newline = Buffer.from('\n', 'latin1')
