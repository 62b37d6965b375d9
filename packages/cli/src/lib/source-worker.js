// The worker entry used when kopij runs from its TypeScript sources (the
// tests, through vitest's `source` condition): Node 20 cannot load `.ts` in a
// worker thread, and a loader given with `--import` in a worker's execArgv
// is not applied there, so tsx is registered from inside the worker. Built
// kopij (dist/) loads convert-worker.js directly and never comes here.
import { register } from 'tsx/esm/api'

register()
const worker = await import('./convert-worker.ts')

export default worker.default
