import { readFileSync } from 'node:fs'
import { heading, paragraph, root } from '@kopij/ast'
import { fromXml, toXml } from '@kopij/xml'
import { expect, test } from 'vitest'

test('should show the real output of the README example', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  const tree = root([heading(1, ['Inleiding']), paragraph(['Tekst & uitleg.'])], {
    title: 'Jaarverslag 2024',
    language: 'nl',
  })
  expect(readme).toContain(`\`\`\`xml\n${toXml(tree)}\`\`\``)
  expect(readme).toContain(`\`\`\`xml\n${toXml(tree, { profile: 'docbook' })}\`\`\``)
  expect(fromXml(toXml(tree))).toStrictEqual(tree)
})
