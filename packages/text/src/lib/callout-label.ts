/**
 * Callout labels: the words that open a remark set off from the text
 * ("Let op: …", "Tip: …", "Note: …", "Hinweis: …"). They mark a kind of
 * paragraph, not a section: a section is named by its topic, a callout by
 * its role, and the same callout label recurs wherever a remark is made.
 * So a paragraph opened by one is no run-in heading.
 */

/**
 * Callout labels of Dutch, English and German, lowercase. Labels that also
 * name a topic ("Voorbeeld", "Example", "Samenvatting") are left out.
 */
const callouts = new Set([
  // Dutch
  'tip',
  'let op',
  'pas op',
  'opmerking',
  'noot',
  'nb',
  'n.b',
  'waarschuwing',
  'belangrijk',
  'weetje',
  'goed om te weten',
  // English
  'note',
  'please note',
  'warning',
  'caution',
  'important',
  'hint',
  'heads up',
  // German
  'tipp',
  'hinweis',
  'achtung',
  'wichtig',
  'warnung',
  'vorsicht',
  'anmerkung',
  'bitte beachten',
])

/**
 * Check whether a label is a callout label.
 *
 * @param label The label, without its colon.
 * @returns Whether it opens a callout.
 */
export function isCalloutLabel(label: string): boolean {
  return callouts.has(
    label
      .trim()
      .toLowerCase()
      .replace(/[.!]+$/, ''),
  )
}
