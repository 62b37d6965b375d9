/**
 * The inputs of a batch: files, folders (walked) and glob patterns, each
 * found once, with the base folder their tree is mirrored from.
 */
import { stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'

/** One input file of a batch. */
export interface BatchInput {
  /** The path to read: as given, or as found under a given folder or pattern. */
  input: string
  /** The absolute path. */
  absolute: string
  /** The path relative to the batch's base folder, with `/` separators. */
  relative: string
}

/** The files of a batch. */
export interface BatchInputs {
  /** The files, in a stable order (by relative path). */
  files: BatchInput[]
  /** The deepest folder holding every input: outputs mirror the tree below it. */
  base: string
  /** Files under given folders or patterns that no readable format claims. */
  ignored: string[]
}

/** What `expandInputs` needs to know. */
export interface ExpandOptions {
  /** Whether a file found in a folder or by a pattern is an input (by its name). */
  isReadable: (path: string) => boolean
  /** An absolute folder never to take inputs from (the output folder). */
  exclude?: string | undefined
}

/**
 * Find the files the arguments name. A path that exists is taken literally
 * (so `verslag [concept].md` is a file, not a pattern); otherwise a pattern
 * is globbed. A named file is kept even when it does not exist, so it is
 * reported as failed like any other unreadable input.
 *
 * @param args Files, folders and glob patterns.
 * @param options Which found files count and what to leave out.
 * @returns The files, their base folder, and the files left out.
 */
export async function expandInputs(args: string[], options: ExpandOptions): Promise<BatchInputs> {
  const roots: string[] = []
  const found = new Map<string, string>()
  const ignored = new Set<string>()
  const take = (paths: string[], root: string, display: (absolute: string) => string) => {
    // Outputs of an earlier run in an output folder below the walked one are
    // not inputs; an output folder that is the walked one (or above it) is
    // not left out, so writing over an input is refused, not hidden.
    const exclude =
      options.exclude !== undefined && options.exclude !== root && isInside(options.exclude, root)
        ? options.exclude
        : undefined
    for (const absolute of paths) {
      if (exclude !== undefined && isInside(absolute, exclude)) continue
      if (!options.isReadable(absolute)) ignored.add(display(absolute))
      else if (!found.has(absolute)) found.set(absolute, display(absolute))
    }
    roots.push(root)
  }

  for (const arg of args) {
    const absolute = resolve(arg)
    const kind = await pathKind(absolute)
    if (kind === 'folder') {
      const paths = await glob('**/*', { cwd: absolute, absolute: true, onlyFiles: true })
      take(paths, absolute, (path) => join(arg, relative(absolute, path)))
    } else if (kind === 'missing' && isDynamicPattern(arg)) {
      const root = resolve(staticBase(arg))
      const paths = await glob(arg, { absolute: true, onlyFiles: true })
      take(paths, root, (path) => (isAbsolute(arg) ? path : relative(process.cwd(), path)))
    } else {
      // A named file, or one that is missing: it stays, to be reported.
      if (!found.has(absolute)) found.set(absolute, arg)
      roots.push(dirname(absolute))
    }
  }

  const base = commonFolder(roots)
  const files = [...found]
    .map(([absolute, input]) => ({
      input,
      absolute,
      relative: relative(base, absolute).split(sep).join('/'),
    }))
    .sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0))
  return { files, base, ignored: [...ignored].sort() }
}

/**
 * Whether `path` is `folder` or inside it.
 *
 * @param path An absolute path.
 * @param folder An absolute folder.
 * @returns Whether it is.
 */
export function isInside(path: string, folder: string): boolean {
  const between = relative(folder, path)
  return (
    between === '' || (!between.startsWith(`..${sep}`) && between !== '..' && !isAbsolute(between))
  )
}

async function pathKind(path: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file'
  } catch {
    return 'missing'
  }
}

/** The folder part of a pattern before its first segment with magic in it. */
function staticBase(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === 0) return '.'
  return fixed.join('/') || '/'
}

function commonFolder(folders: string[]): string {
  const [first, ...rest] = folders
  if (first === undefined) return process.cwd()
  let common = first
  for (const folder of rest) {
    while (!isInside(folder, common)) common = dirname(common)
  }
  return common
}
