/**
 * Lead-ins: the words before a colon that make a sentence go on after it
 * ("De vraag van dit onderzoek is: Hoe …", "The aim was: …"). They end in a
 * finite form of "to be" (or Dutch "luiden", German "lauten", which say what
 * a text reads): the colon introduces the complement, so what stands before
 * it is no label and no heading.
 */

/**
 * Finite forms of the copula and of "luiden"/"lauten" in Dutch, English and
 * German. Forms that are also infinitives are left out: a heading may end
 * in one ("Updates moeten eerlijk zijn", "Was bleiben muss, wird lauten").
 */
const copulas = new Set([
  // Dutch
  'is',
  'was',
  'waren',
  'luidt',
  'luidde',
  'luidden',
  // English
  'are',
  'were',
  // German
  'ist',
  'war',
  'sind',
  'lautet',
  'lautete',
  'lauteten',
])

/**
 * Check whether the words before a colon are a lead-in.
 *
 * @param label The words before the colon.
 * @returns Whether they end in a copula.
 */
export function isLeadIn(label: string): boolean {
  return copulas.has(label.trim().split(' ').at(-1)?.toLowerCase() ?? '')
}
