// A unified pipeline: kopij's Markdown reader and writer with an extra remark
// plugin between them, here remark-toc filling in a table of contents.
//
//   node examples/pipeline.js
import { createProcessor } from 'kopij'
import remarkToc from 'remark-toc'

const report = `# Jaarverslag

## Inhoud

## 1. Inleiding

Het jaar in het kort.

## 2. Resultaten

### 2.1 Financiën

Binnen de begroting.
`

// createProcessor gives a frozen processor; calling it gives a copy to extend.
const processor = createProcessor({ from: 'markdown', to: 'markdown' })().use(remarkToc, {
  heading: 'inhoud',
})
const file = await processor.process(report)
console.log(String(file))
