import { defaultServerConditions } from 'vite'
import { defineConfig } from 'vitest/config'

// Workspace packages export a "source" condition pointing at src/index.ts, so
// the tests run on a fresh clone before anything is built.
const conditions = ['source', ...defaultServerConditions]

// CI asks for a JSON report beside the usual output, to print its own
// "N passed, N failed" line; `pnpm test` itself claims `--reporter`.
const report = process.env.KOPIJ_TEST_REPORT

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 30_000,
    // `pnpm bench`: each package's benchmarks, side by side with the peers.
    benchmark: { include: ['packages/*/bench/**/*.bench.ts', 'bench/**/*.bench.ts'] },
    ...(report ? { reporters: ['default', 'json'], outputFile: { json: report } } : {}),
  },
})
