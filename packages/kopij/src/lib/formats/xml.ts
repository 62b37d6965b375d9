import { kopijXml, kopijXmlParse, type Options as XmlOptions } from '@kopij/xml'
import type { FormatDefinition } from '../format.js'

/**
 * XML: the lossless kopij vocabulary, read and written, or DocBook 5.0,
 * written only (`xml: { profile: 'docbook' }`).
 */
export const xmlFormat: FormatDefinition = {
  name: 'xml',
  aliases: [],
  extensions: ['.xml'],
  mediaType: 'application/xml',
  binary: false,
  reader: () => [kopijXmlParse],
  writer: (options) => [[kopijXml, options as XmlOptions | undefined]],
}
