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
 * Connective adverbs that tie a sentence to the one before it ("Toch",
 * "However", "Jedoch"), lowercase. A label names a topic; words that open
 * with one of these carry on the argument, so they are a sentence. Words
 * that also open a label of their own ("Verder lezen", "Zo werkt het",
 * "Ook belangrijk") are left out.
 */
const connectives = new Set([
  // Dutch
  'toch',
  'echter',
  'daarom',
  'dus',
  'bovendien',
  'daardoor',
  'hierdoor',
  'tevens',
  // English
  'however',
  'therefore',
  'moreover',
  'furthermore',
  'thus',
  'hence',
  'nevertheless',
  // German
  'jedoch',
  'doch',
  'daher',
  'deshalb',
  'deswegen',
  'trotzdem',
  'außerdem',
  'zudem',
])

/**
 * Connectives that sum up or close an argument and stand alone before a
 * colon ("Kortom: …", "Tot slot: …", "In short: …"), lowercase. They say
 * how a sentence relates to what went before, so they name no section;
 * words that may name one ("Conclusie", "Fazit", "Summary") are left out.
 */
const closingConnectives = new Set([
  // Dutch
  'kortom',
  'tot slot',
  'ten slotte',
  'samengevat',
  'kort gezegd',
  'met andere woorden',
  // English
  'in short',
  'in brief',
  'in other words',
  'in sum',
  'to sum up',
  // German
  'kurzum',
  'kurz gesagt',
  'zusammengefasst',
  'mit anderen worten',
  'schließlich',
])

/**
 * Check whether the words before a colon are a lead-in: they end in a
 * copula, open with a connective adverb ("Toch is niet alles duidelijk:
 * …" goes on with the sentence before it) or are a closing connective
 * ("Kortom: …").
 *
 * @param label The words before the colon.
 * @returns Whether they lead into what follows.
 */
export function isLeadIn(label: string): boolean {
  const trimmed = label.trim()
  const words = trimmed.split(' ')
  return (
    copulas.has(words.at(-1)?.toLowerCase() ?? '') ||
    (words.length > 1 && connectives.has(words[0]?.toLowerCase() ?? '')) ||
    closingConnectives.has(trimmed.toLowerCase())
  )
}

/**
 * Check whether list items complete the sentence before them: the first
 * opens in lowercase and the items end in semicolons ("Toepassing" then
 * "• homepage;" "• de pagina Mijn zaken."), the way a Dutch, English or
 * German enumeration runs on from its lead-in. What stands before such a
 * list is the start of that sentence, a lead-in whose colon was left out,
 * not a heading: a heading is never continued by what follows it.
 *
 * @param items The texts of the list's items, markers removed.
 * @returns Whether they continue a sentence.
 */
export function continuesSentence(items: readonly string[]): boolean {
  const [first] = items
  if (first === undefined || !/^\p{Ll}/u.test(first)) return false
  return items.some((item) => /;$/.test(item))
}

/**
 * Words that point ahead to what follows ("de volgende", "the following",
 * "die folgenden", "onderstaande", "below"), lowercase.
 */
const cataphoric = new Set([
  // Dutch
  'volgende',
  'onderstaande',
  'hieronder',
  'hierna',
  // English
  'following',
  'below',
  // German
  'folgende',
  'folgenden',
  'nachstehende',
  'nachstehenden',
  'untenstehende',
  'untenstehenden',
])

/**
 * Check whether the words before a colon announce what follows them inside
 * a sentence ("De volgende onderdelen zijn bekeken:", "Feedback gaven zij
 * op onderstaande:"): a lead-in to a list, not a label naming a section.
 * The pointing word must not open the label: "Volgende stappen" (next
 * steps) names a section; after other words it points ahead.
 *
 * @param label The words before the colon.
 * @returns Whether a word after the first points ahead.
 */
export function announcesList(label: string): boolean {
  return label
    .trim()
    .split(' ')
    .slice(1)
    .some((word) => cataphoric.has(word.toLowerCase()))
}
