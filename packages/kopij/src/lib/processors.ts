import { kopijMarkdown } from '@kopij/markdown'
import { unified } from 'unified'

/**
 * A ready-made processor that reads and writes Markdown with kopij's
 * metadata, as `remark` is for remark: `markdown().use(plugin).process(…)`.
 */
export const markdown = unified().use(kopijMarkdown).freeze()
