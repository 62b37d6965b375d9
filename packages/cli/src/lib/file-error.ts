/**
 * Describe a Node file-system error in words a user can act on.
 *
 * @param error What `fs` threw.
 * @returns A short phrase: "no such file or folder".
 */
export function describeFileError(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EISDIR':
      return 'it is a folder, not a file'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied'
    case 'ENOTDIR':
    // mkdir -p meeting a file where a folder should be.
    case 'EEXIST':
      return 'a part of the path is not a folder'
    case 'ENOSPC':
      return 'no space left on the device'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
