/**
 * Images for figures: PNG and JPEG, read from a path (relative to the base
 * directory) or a `data:` URL, and embedded once per distinct URL. Other
 * URLs (http) are not fetched: a converter should not reach the network.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { PDFDocument, PDFImage } from 'pdf-lib'
import type { LoadedImage } from './layout.js'

/** An image ready for the page resources. */
export interface EmbeddedImage extends LoadedImage {
  image: PDFImage
}

/**
 * Embed every readable image of a tree.
 *
 * @returns Images by URL; unreadable ones are missing (layout reports them).
 */
export async function embedImages(
  urls: Iterable<string>,
  doc: PDFDocument,
  baseDirectory: string,
): Promise<Map<string, EmbeddedImage>> {
  const images = new Map<string, EmbeddedImage>()
  for (const url of urls) {
    const bytes = await readImage(url, baseDirectory)
    if (!bytes) continue
    let image: PDFImage | undefined
    try {
      if (bytes[0] === 0x89 && bytes[1] === 0x50) image = await doc.embedPng(bytes)
      else if (bytes[0] === 0xff && bytes[1] === 0xd8) image = await doc.embedJpg(bytes)
    } catch {
      image = undefined
    }
    if (image) {
      images.set(url, {
        image,
        name: `Im${images.size + 1}`,
        width: image.width,
        height: image.height,
      })
    }
  }
  return images
}

async function readImage(url: string, baseDirectory: string): Promise<Uint8Array | undefined> {
  const data = /^data:image\/(?:png|jpeg);base64,/.exec(url)
  if (data) return Buffer.from(url.slice(data[0].length), 'base64')
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^file:/i.test(url)) return undefined
  try {
    const path = url.startsWith('file:') ? new URL(url) : resolve(baseDirectory, decodeURI(url))
    return await readFile(path)
  } catch {
    return undefined
  }
}
