// Copy standard input to standard output without a leading YAML front
// matter block: the corpus scorer reads Markdown as plain CommonMark, where
// front matter would count as body text.
import { text } from 'node:stream/consumers'

const input = await text(process.stdin)
const match = /^---\n[\s\S]*?\n---\n+/.exec(input)
process.stdout.write(match ? input.slice(match[0].length) : input)
