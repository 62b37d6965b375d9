/**
 * The batch's settings from the command line and an optional JSON config
 * file: flags win over the file. Every name is checked, so a typo is a usage
 * error naming what is accepted, not an option silently ignored.
 */
import { readFile } from 'node:fs/promises'
import { listFormats } from 'kopij'
import type { BatchRequest } from './batch-command.js'
import { UsageError } from './exit-code.js'

/** The flags of `kopij convert`, as commander parses them. */
export interface ConvertFlags {
  output?: string
  out?: string
  from?: string
  to?: string
  lang?: string
  xmlProfile?: string
  jobs?: string
  force: boolean
  maxSize?: string
  maxMemory?: string
  set: string[]
  config?: string
  json: boolean
  quiet: boolean
  verbose: boolean
}

/** What a config file may hold besides options under a format's name. */
const configKeys = ['out', 'to', 'from', 'jobs', 'force', 'maxSize', 'maxMemory']

/**
 * Turn the flags (and config file) into a batch request.
 *
 * @param inputs The input arguments.
 * @param flags The parsed flags.
 * @returns The request.
 * @throws {UsageError} For a bad value, an unknown key, or no output folder.
 */
export async function toBatchRequest(inputs: string[], flags: ConvertFlags): Promise<BatchRequest> {
  const config = flags.config === undefined ? {} : await readConfig(flags.config)
  const formatNames = listFormats().map((format) => format.name)
  const formatOptions: Record<string, Record<string, unknown>> = {}
  for (const [key, value] of Object.entries(config)) {
    if (configKeys.includes(key)) continue
    if (!formatNames.includes(key)) {
      throw new UsageError(
        `Unknown key "${key}" in ${flags.config}: use ${configKeys.join(', ')}, or a format name (${formatNames.join(', ')}) for its options`,
      )
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new UsageError(`"${key}" in ${flags.config} must be an object of ${key} options`)
    formatOptions[key] = { ...value }
  }
  for (const setting of flags.set) {
    const match = /^([^.=]+)\.([^=]+)=(.*)$/s.exec(setting)
    if (!match) throw new UsageError(`--set ${setting}: write it as format.option=value`)
    const [, format = '', option = '', raw = ''] = match
    if (!formatNames.includes(format)) {
      throw new UsageError(
        `--set ${setting}: unknown format "${format}": use one of ${formatNames.join(', ')}`,
      )
    }
    formatOptions[format] = { ...formatOptions[format], [option]: jsonOrText(raw) }
  }

  if (flags.lang !== undefined) formatOptions.text = { ...formatOptions.text, language: flags.lang }
  if (flags.xmlProfile !== undefined) {
    formatOptions.xml = { ...formatOptions.xml, profile: flags.xmlProfile }
  }

  const out = flags.out ?? stringSetting(config, 'out', flags.config)
  if (out === undefined) throw new UsageError('A batch needs --out DIR: the folder to write into')
  const to = flags.to ?? listSetting(config, 'to', flags.config)
  if (to === undefined || to === '') throw new UsageError('Give --to FORMATS for a batch: md,pdf')
  const jobs = flags.jobs ?? numberSetting(config, 'jobs', flags.config)
  const maxSize = flags.maxSize ?? numberSetting(config, 'maxSize', flags.config)
  const maxMemory = flags.maxMemory ?? numberSetting(config, 'maxMemory', flags.config)
  return {
    inputs,
    out,
    to: to
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
    from: flags.from ?? stringSetting(config, 'from', flags.config),
    jobs: jobs === undefined ? undefined : positiveInteger(jobs, '--jobs'),
    force: flags.force || config.force === true,
    maxBytes:
      maxSize === undefined ? undefined : positiveNumber(maxSize, '--max-size') * 1024 * 1024,
    maxMemory: maxMemory === undefined ? undefined : positiveNumber(maxMemory, '--max-memory'),
    formatOptions,
    json: flags.json,
    quiet: flags.quiet,
    verbose: flags.verbose,
  }
}

async function readConfig(path: string): Promise<Record<string, unknown>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(
      `Cannot read config ${path}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(
      `Config ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new UsageError(`Config ${path} must hold a JSON object`)
  return value as Record<string, unknown>
}

function stringSetting(
  config: Record<string, unknown>,
  key: string,
  path?: string,
): string | undefined {
  const value = config[key]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new UsageError(`"${key}" in ${path} must be text`)
  return value
}

function listSetting(
  config: Record<string, unknown>,
  key: string,
  path?: string,
): string | undefined {
  const value = config[key]
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.join(',')
  return stringSetting(config, key, path)
}

function numberSetting(
  config: Record<string, unknown>,
  key: string,
  path?: string,
): string | undefined {
  const value = config[key]
  if (value === undefined) return undefined
  if (typeof value !== 'number') throw new UsageError(`"${key}" in ${path} must be a number`)
  return String(value)
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${flag} ${text}: give a whole number of 1 or more`)
  return value
}

function positiveNumber(text: string, flag: string): number {
  const value = Number(text)
  if (!(value > 0)) throw new UsageError(`${flag} ${text}: give a number above 0`)
  return value
}

function jsonOrText(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}
