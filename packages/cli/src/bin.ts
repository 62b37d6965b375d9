#!/usr/bin/env node
import { processIo } from './lib/io.js'
import { run } from './lib/run.js'

process.exitCode = await run(process.argv.slice(2), processIo())
