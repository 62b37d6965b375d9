/**
 * Date lines: a line that is nothing but a date ("Maart 2026", "12 maart
 * 2026", "March 12, 2026", "12. März 2026", "12-03-2026") dates a letter, a
 * cover or a signature. It names no section, so it is no heading.
 */

/** Month names of Dutch, English and German, lowercase, with the usual abbreviations. */
const months = [
  // Dutch
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  // English (april, september, november, december as in Dutch)
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  // German (april, mai, juni, juli, august, september, november as above)
  'januar',
  'jänner',
  'februar',
  'märz',
  'oktober',
  'dezember',
  'mai',
  // Abbreviations
  'jan',
  'feb',
  'febr',
  'mrt',
  'mar',
  'mär',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'oct',
  'nov',
  'dec',
  'dez',
].join('|')

/**
 * A date alone: an optional place ("Den Haag, ") or weekday ("dinsdag",
 * "Tuesday", "Dienstag", "Mittwoch"), a day number, a month name and a
 * year, in the orders the three languages write them; or a numeric date.
 */
const dateLine = new RegExp(
  `^(?:[\\p{L}' -]{2,40}, |\\p{L}+(?:dag|day|tag),? |mittwoch,? )?(?:\\d{1,2}\\.? )?(?:${months})\\.?(?: \\d{1,2},?)? \\d{4}$|^\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}$|^\\d{4}-\\d{2}-\\d{2}$`,
  'iu',
)

/**
 * Check whether a text is a date and nothing else.
 *
 * @param text The text of a block.
 * @returns Whether it is a date line.
 */
export function isDateLine(text: string): boolean {
  return dateLine.test(text.trim())
}
