/**
 * The worker thread's entry: Tinypool calls the default export with each
 * task. Importing `convert-one` loads the umbrella and its formats once per
 * worker, not once per file.
 */
import type { FileResult } from './batch-result.js'
import { type ConvertTask, convertOne } from './convert-one.js'

/**
 * Convert one input in this worker.
 *
 * @param task The input and its targets.
 * @returns What happened.
 */
export default function convertInWorker(task: ConvertTask): Promise<FileResult> {
  return convertOne(task)
}
