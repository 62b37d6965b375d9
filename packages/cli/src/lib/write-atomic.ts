import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Write a file so that it is either whole or absent: write a temporary file
 * beside it, then rename it into place (rename is atomic within a folder on
 * POSIX file systems). An interrupted run leaves no half-written output.
 *
 * @param path Where the file goes; missing parent folders are made.
 * @param data What to write.
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path)
  await mkdir(folder, { recursive: true })
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
