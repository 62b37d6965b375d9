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

/** What the file holds, in order: plain objects and object streams. */
type Part =
  | { kind: 'object'; number: number; generation: number; bytes: Buffer }
  | { kind: 'objectStream'; number: number; members: [number, string][] }

/**
 * Serialize every object of a context, and objects already written as text.
 *
 * @param context The document's objects; its trailer info gives Root, Info and ID.
 * @param extra Objects serialized elsewhere, by object number (numbers from
 *   `context.nextRef()` that the context itself holds nothing under).
 * @returns The PDF file.
 */
export function serialize(context: PDFContext, extra: SerializedObjects = new Map()): Uint8Array {
  let size = context.largestObjectNumber + 1
  const parts: Part[] = []
  // Objects in object streams are kept as text (Latin-1, one character a
  // byte), so a stream's body is one string made into bytes once.
  let members: [number, string][] = []
  const compress = (objectNumber: number, text: string): void => {
    members.push([objectNumber, text])
    if (members.length === objectsPerStream) {
      parts.push({ kind: 'objectStream', number: size++, members })
      members = []
    }
  }
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    // Streams cannot sit in object streams (7.5.7); nor can objects of a
    // later generation, which kopij never makes.
    if (object instanceof PDFStream || ref.generationNumber !== 0) {
      parts.push({
        kind: 'object',
        number: ref.objectNumber,
        generation: ref.generationNumber,
        bytes: bytesOf(object),
      })
    } else compress(ref.objectNumber, bytesOf(object).toString('latin1'))
  }
  extra.forEach((text, objectNumber) => {
    compress(objectNumber, text)
  })
  if (members.length > 0) parts.push({ kind: 'objectStream', number: size++, members })

  const streams = parts.map((part) => {
    if (part.kind !== 'objectStream') return undefined
    let index = ''
    let body = ''
    for (const [objectNumber, text] of part.members) {
      index += `${objectNumber} ${body.length} `
      body += `${text}\n`
    }
    return {
      first: index.length,
      data: deflateSync(Buffer.from(index + body, 'latin1')),
    }
  })

  const chunks: Buffer[] = []
  let offset = 0
  const push = (bytes: Buffer): void => {
    chunks.push(bytes)
    offset += bytes.length
  }
  const pushText = (text: string): void => push(Buffer.from(text, 'latin1'))
  // Cross-reference entries by object number: type (0 free, 1 at an offset,
  // 2 in an object stream), offset or stream number, generation or index.
  const types = new Uint8Array(size + 1)
  const seconds = new Float64Array(size + 1)
  const thirds = new Uint16Array(size + 1)
  const entry = (number: number, type: number, second: number, third: number): void => {
    types[number] = type
    seconds[number] = second
    thirds[number] = third
  }
  pushText(header)
  parts.forEach((part, partIndex) => {
    entry(part.number, 1, offset, part.kind === 'object' ? part.generation : 0)
    if (part.kind === 'object') {
      pushText(`${part.number} ${part.generation} obj\n`)
      push(part.bytes)
      pushText('\nendobj\n')
      return
    }
    part.members.forEach(([objectNumber], slot) => {
      entry(objectNumber, 2, part.number, slot)
    })
    const stream = streams[partIndex]
    if (!stream) return
    pushText(
      `${part.number} 0 obj\n<< /Type /ObjStm /N ${part.members.length} /First ${stream.first} /Filter /FlateDecode /Length ${stream.data.length} >>\nstream\n`,
    )
    push(stream.data)
    pushText('\nendstream\nendobj\n')
  })

  // The cross-reference stream lists every number up to Size; numbers
  // reserved but never used are free entries.
  const xrefNumber = size++
  const xrefOffset = offset
  entry(xrefNumber, 1, xrefOffset, 0)
  const [typeWidth, secondWidth, thirdWidth] = fieldWidths
  const rowWidth = typeWidth + secondWidth + thirdWidth
  const table = Buffer.alloc(size * rowWidth)
  thirds[0] = 0xffff
  for (let number = 0; number < size; number++) {
    const row = number * rowWidth
    table.writeUIntBE(types[number] ?? 0, row, typeWidth)
    table.writeUIntBE(seconds[number] ?? 0, row + typeWidth, secondWidth)
    table.writeUIntBE(thirds[number] ?? 0, row + typeWidth + secondWidth, thirdWidth)
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
