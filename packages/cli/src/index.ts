export type { BatchSummary } from './lib/batch-command.js'
export type { BatchMessage, BatchOutput, FileResult, FileTimings } from './lib/batch-result.js'
export type {
  BatchEvent,
  BatchProgress,
  BatchStart,
  ConvertFilesOptions,
} from './lib/convert-files.js'
export { convertFiles } from './lib/convert-files.js'
export type { ExitCode } from './lib/exit-code.js'
export { exitCode } from './lib/exit-code.js'
export type { Io } from './lib/io.js'
export { processIo } from './lib/io.js'
export { manifestName } from './lib/manifest.js'
export { run } from './lib/run.js'
