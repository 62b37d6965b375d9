/**
 * The XMP metadata packet: dc:title (PDF/UA-1 7.1, Matterhorn 06-003), the
 * PDF/UA identification `pdfuaid:part 1` (Matterhorn 06-002), language,
 * authors and dates, written uncompressed so tools can read it.
 */

/** What goes into the packet. */
export interface XmpFields {
  title: string
  language: string
  authors: readonly string[]
  subject: string | undefined
  keywords: readonly string[]
  producer: string
  created: Date
  modified: Date
}

/** Escape text for XML content and attributes. */
function escapeXml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

/**
 * Build the XMP packet.
 *
 * @returns The packet as XML text.
 */
export function xmpPacket(fields: XmpFields): string {
  const authors =
    fields.authors.length === 0
      ? ''
      : `<dc:creator><rdf:Seq>${fields.authors.map((author) => `<rdf:li>${escapeXml(author)}</rdf:li>`).join('')}</rdf:Seq></dc:creator>`
  const subject =
    fields.subject === undefined
      ? ''
      : `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.subject)}</rdf:li></rdf:Alt></dc:description>`
  const keywords =
    fields.keywords.length === 0
      ? ''
      : `<pdf:Keywords>${escapeXml(fields.keywords.join(', '))}</pdf:Keywords>`
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(fields.title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${escapeXml(fields.language)}</rdf:li></rdf:Bag></dc:language>
${authors}${subject}${keywords}<pdf:Producer>${escapeXml(fields.producer)}</pdf:Producer>
<xmp:CreatorTool>${escapeXml(fields.producer)}</xmp:CreatorTool>
<xmp:CreateDate>${fields.created.toISOString()}</xmp:CreateDate>
<xmp:ModifyDate>${fields.modified.toISOString()}</xmp:ModifyDate>
<xmp:MetadataDate>${fields.modified.toISOString()}</xmp:MetadataDate>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}
