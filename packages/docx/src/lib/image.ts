/**
 * Loading the images a tree points at, before the document is built: reading
 * is asynchronous, building the document is not. Local files and data URIs are
 * embedded; remote images are not fetched (a conversion never goes online).
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { imageSize } from 'image-size'
import type { Image, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { warn } from './messages.js'

/** An image docx can embed, with its size in pixels. */
export interface EmbeddableImage {
  type: 'png' | 'jpg' | 'gif' | 'bmp'
  data: Uint8Array
  width: number
  height: number
}

/** Image types docx embeds without a fallback (SVG needs a PNG beside it). */
const embeddableTypes = new Set(['png', 'jpg', 'gif', 'bmp'])

/**
 * `data:[<media type>][;base64],<data>` (RFC 2397). Hand-written because it is
 * one regular expression; the `data-urls` package would bring the whole WHATWG
 * MIME sniffing stack for it.
 */
const dataUri = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,(.*)$/is

/**
 * Load every image of a tree that can be embedded. Images that cannot get a
 * warning on the file here; the writer then writes their alternative text.
 *
 * @param tree The tree.
 * @param base Folder that relative paths resolve against.
 * @param file The file being converted, for messages.
 * @returns The loaded images by URL.
 */
export async function loadImages(
  tree: Root,
  base: string,
  file: VFile,
): Promise<Map<string, EmbeddableImage>> {
  const nodes: Image[] = []
  visit(tree, 'image', (node) => {
    nodes.push(node)
  })
  const loaded = new Map<string, EmbeddableImage>()
  const tried = new Set<string>()
  for (const node of nodes) {
    if (tried.has(node.url)) continue
    tried.add(node.url)
    const image = await loadImage(node, base, file)
    if (image) loaded.set(node.url, image)
  }
  return loaded
}

async function loadImage(
  node: Image,
  base: string,
  file: VFile,
): Promise<EmbeddableImage | undefined> {
  const { url } = node
  let data: Uint8Array
  if (/^https?:/i.test(url)) {
    warn(
      file,
      node,
      'image-remote',
      `Remote image "${url}" is not fetched; its alternative text is written instead: download it and point to the local file to embed it`,
    )
    return undefined
  }
  try {
    data = url.toLowerCase().startsWith('data:')
      ? decodeDataUri(url)
      : await readFile(localPath(url, base))
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    warn(
      file,
      node,
      'image-unreadable',
      `Image "${shorten(url)}" cannot be read (${why}); its alternative text is written instead`,
    )
    return undefined
  }
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(data)
  } catch {
    warn(
      file,
      node,
      'image-unreadable',
      `Image "${shorten(url)}" is not an image kopij recognises; its alternative text is written instead`,
    )
    return undefined
  }
  const type = size.type === 'jpeg' ? 'jpg' : size.type
  if (type === undefined || !isEmbeddable(type)) {
    warn(
      file,
      node,
      'image-format-unsupported',
      `Image "${shorten(url)}" is ${type ?? 'of an unknown type'}, which Word documents cannot hold without a fallback; its alternative text is written instead: convert it to PNG or JPEG`,
    )
    return undefined
  }
  return { type, data, width: size.width, height: size.height }
}

function isEmbeddable(type: string): type is EmbeddableImage['type'] {
  return embeddableTypes.has(type)
}

function localPath(url: string, base: string): string {
  if (url.toLowerCase().startsWith('file:')) return fileURLToPath(url)
  return resolve(base, decodeURI(url))
}

function decodeDataUri(url: string): Uint8Array {
  const match = dataUri.exec(url)
  if (!match) throw new Error('malformed data URI')
  const payload = match[4] ?? ''
  if (match[3]) return new Uint8Array(Buffer.from(payload, 'base64'))
  return new TextEncoder().encode(decodeURIComponent(payload))
}

/** Data URIs are long: name them by their start in messages. */
function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}...` : url
}
