/**
 * The worker threads of a batch, through Tinypool (docs/dependencies.md §5):
 * a fixed number of workers, each loading the umbrella once.
 */
import Tinypool from 'tinypool'
import type { FileResult } from './batch-result.js'
import type { ConvertTask } from './convert-one.js'

/** Runs tasks on worker threads. */
export interface WorkerPool {
  /** Convert one input on a free worker. */
  run(task: ConvertTask): Promise<FileResult>
  /** Stop the workers (after their tasks are done). */
  destroy(): Promise<void>
}

/**
 * Start `threads` workers.
 *
 * @param threads How many.
 * @param maxMemory Heap limit of each worker in MiB; a worker that reaches it
 *   dies (its task rejects with `ERR_WORKER_OUT_OF_MEMORY`) and Tinypool
 *   starts a new one.
 * @returns The pool.
 */
export function createWorkerPool(threads: number, maxMemory?: number): WorkerPool {
  // Running from the TypeScript sources (tests), the worker is loaded
  // through tsx and the workspace packages through their `source` export.
  const fromSource = import.meta.url.endsWith('.ts')
  const pool = new Tinypool({
    filename: new URL(fromSource ? './source-worker.js' : './convert-worker.js', import.meta.url)
      .href,
    minThreads: threads,
    maxThreads: threads,
    ...(maxMemory === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: maxMemory } }),
    ...(fromSource ? { execArgv: ['--conditions', 'source'] } : {}),
  })
  return {
    run: (task) => pool.run(task) as Promise<FileResult>,
    destroy: () => pool.destroy(),
  }
}
