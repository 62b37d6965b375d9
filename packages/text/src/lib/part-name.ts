/**
 * Names of a report's standard parts. Reports build their outline from a
 * small, stable set of top-level parts: front matter (summary, foreword,
 * introduction, background), the body of a study (method, results,
 * discussion, conclusions, recommendations) and back matter (outlook,
 * appendices, references, glossary, contact). Plain text keeps no type
 * size, so a heading that is nothing but such a name is the strongest sign
 * of a top-level section the words themselves carry. The lists hold the
 * common Dutch, English and German names of those parts (the IMRaD parts
 * and the front and back matter of reports and policy papers); a name
 * with a qualifier ("Results of the survey") is not matched, as such
 * headings name subsections as often as parts.
 */

/** Single-word part names, lower case (Dutch, English, German). */
const partWords = new Set(
  [
    // Dutch; "advies" and "adviezen" are Dutch for recommendations.
    'samenvatting managementsamenvatting voorwoord inleiding introductie achtergrond aanleiding',
    'methode methoden werkwijze aanpak onderzoeksopzet onderzoeksmethode resultaten bevindingen',
    'discussie conclusie conclusies aanbevelingen advies adviezen slotbeschouwing vooruitblik',
    'vervolgstappen bijlage bijlagen literatuur literatuurlijst bronnen bronvermelding',
    'begrippenlijst afkortingen afkortingenlijst dankwoord verantwoording colofon',
    // English.
    'summary abstract foreword preface introduction background method methods methodology',
    'approach results findings discussion conclusion conclusions recommendations outlook',
    'appendix appendices annex annexes references bibliography sources glossary abbreviations',
    'acknowledgements acknowledgments colophon',
    // German.
    'zusammenfassung kurzfassung vorwort einleitung einführung hintergrund ausgangslage methode',
    'methodik vorgehen vorgehensweise ergebnisse befunde diskussion fazit schlussfolgerungen',
    'empfehlungen ausblick anhang anlagen literatur literaturverzeichnis quellen vorbemerkung',
    'quellenverzeichnis glossar abkürzungen abkürzungsverzeichnis danksagung impressum',
    // The standard parts of a plan or policy paper (what it aims at, what
    // it costs, how it is followed up), in the three languages: a project
    // plan or business case sets out its goals, costs, timetable and
    // evaluation as chapters of their own. (Not its risks: they are as
    // often a section under the finances.) Insights are a user study's
    // findings ("Resultaten en inzichten").
    'doelen doelstellingen kosten financiën begroting planning monitoring evaluatie inzichten',
    'checklist',
    'goals objectives aims costs finance finances budget timetable timeline monitoring',
    'evaluation insights checklist',
    'ziele zielsetzung kosten finanzen zeitplan evaluation evaluierung erkenntnisse checkliste',
    // The fixed parts of a council proposal (the Dutch model raadsvoorstel,
    // the German Beschlussvorlage, an English committee report): what is
    // proposed, why, and at what cost.
    'onderwerp beslispunten argumenten kanttekeningen',
    'beschlussvorschlag beschlussempfehlung sachverhalt begründung',
  ]
    .join(' ')
    .split(' '),
)

/** Part names of several words, lower case. */
const partPhrases = new Set([
  'tot slot',
  'woord vooraf',
  'verklarende woordenlijst',
  'management summary',
  'executive summary',
  'further reading',
  'next steps',
  'closing remarks',
  'nächste schritte',
  // A study's method part named with its object: "Opzet onderzoek" is
  // Dutch report usage for the research design ("onderzoeksopzet").
  'opzet onderzoek',
  'opzet van het onderzoek',
  'research design',
  'study design',
  // A council proposal's fixed parts of several words (see the words above).
  'voorgesteld besluit',
  'beoogd effect',
  'financiële gevolgen',
  'purpose of the report',
  'purpose of this report',
  'financial implications',
  'finanzielle auswirkungen',
  // The outlook asked as a question, as reports close: "what next?".
  'hoe nu verder?',
  'hoe verder?',
  'what happens next?',
  'what next?',
  'wie geht es weiter?',
  // Back matter pointing further, as "further reading" does.
  'meer informatie',
  'more information',
  'further information',
  'weitere informationen',
])

/** Contact parts, also as compounds ("Contactgegevens", "Kontaktdaten"). */
const contactPart = /^(?:contact|kontakt)\p{Ll}*$/u

/** Words that label an appendix, lower case (Dutch, English, German). */
const appendixLabels = ['bijlage', 'annex', 'appendix', 'anhang', 'anlage']

/** An appendix with its letter or number, and any title: "Bijlage 2: …", "Annex A". */
const appendixPart = new RegExp(
  `^(${appendixLabels.join('|')})(?:\\s+[\\p{L}\\d]{1,4}\\b|:).*$`,
  'u',
)

/** A coordination of parts: "Conclusies en aanbevelingen", "Summary, method and results". */
const coordination = /\s+(?:en|and|und|&)\s+|,\s*/

/**
 * A heading's text as the part lists spell it: lower case, without the
 * full stop or colon a heading may end with.
 */
function partKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.:]+$/, '')
    .trim()
}

/**
 * Whether a heading is the name of a standard report part.
 *
 * @param text The heading's text, without a section number.
 * @returns Whether it is a part name, an appendix with its label, or a
 *   coordination of part names.
 */
export function isPartName(text: string): boolean {
  const name = partKey(text).replace(appendixPart, '$1')
  const part = (words: string): boolean =>
    partWords.has(words) || partPhrases.has(words) || contactPart.test(words)
  if (part(name) || signedForeword.test(name)) return true
  const members = name.split(coordination)
  return members.length > 1 && members.every(part)
}

/**
 * Words and phrases naming a study's design or method: a report has one
 * such part, so a second name of it inside the first ("Werkwijze" under
 * "Aanleiding en opzet van het onderzoek", "Methode" under "Opzet") is a
 * section of that part, not a part of its own.
 */
const methodNames = new Set([
  'opzet',
  'onderzoeksopzet',
  'opzet onderzoek',
  'opzet van het onderzoek',
  'methode',
  'methoden',
  'onderzoeksmethode',
  'werkwijze',
  'aanpak',
  'method',
  'methods',
  'methodology',
  'approach',
  'research design',
  'study design',
  'methodik',
  'vorgehen',
  'vorgehensweise',
  'untersuchungsdesign',
])

/**
 * Whether a heading names a study's design or method, alone or among
 * other parts ("Aanleiding en opzet van het onderzoek").
 *
 * @param text The heading's text, without a section number.
 */
export function isMethodName(text: string): boolean {
  return partKey(text)
    .split(coordination)
    .some((member) => methodNames.has(member))
}

/**
 * Parts that open a report and stand apart from its topics: the summary,
 * the foreword and the introduction say what the report is about, they do
 * not hold its findings. A run of parallel topics after one is the
 * introduction's sibling, not its subsections.
 */
const openingParts = new Set([
  'samenvatting',
  'managementsamenvatting',
  'voorwoord',
  'woord vooraf',
  'inleiding',
  'introductie',
  'summary',
  'executive summary',
  'management summary',
  'abstract',
  'foreword',
  'preface',
  'introduction',
  'zusammenfassung',
  'kurzfassung',
  'vorwort',
  'einleitung',
  'einführung',
])

/**
 * Whether a heading names a part that opens a report (summary, foreword,
 * introduction), which introduces the report rather than its topics.
 *
 * @param text The heading's text, without a section number.
 */
export function isOpeningPart(text: string): boolean {
  return openingParts.has(partKey(text))
}

/**
 * Forewords: a short piece in one voice (a minister, a chair, the authors)
 * before the report proper. A foreword has no subsections, so the heading
 * after its text is its sibling.
 */
const forewords = new Set([
  'voorwoord',
  'woord vooraf',
  'foreword',
  'preface',
  'vorwort',
  'geleitwort',
])

/**
 * A foreword named with its author: "Chair's introduction", "Foreword by
 * the minister", "Voorwoord van de wethouder", "Vorwort des
 * Oberbürgermeisters". A piece in one voice is signed; its heading says
 * whose it is. Only the words that name a foreword take an author; an
 * introduction does so only in the English possessive ("The director's
 * introduction"): "Introduction to the method" is no foreword.
 */
const signedForeword =
  /^(?:(?:the |our )?\p{L}+['’]s (?:foreword|preface|introduction|welcome)|(?:foreword|preface) (?:by|from) .+|(?:voorwoord|woord vooraf) (?:van|door) .+|(?:vorwort|geleitwort|grußwort) (?:des|der|von|vom) .+)$/u

/**
 * Whether a heading names a foreword, a part without subsections.
 *
 * @param text The heading's text, without a section number.
 */
export function isForeword(text: string): boolean {
  const key = partKey(text)
  return forewords.has(key) || signedForeword.test(key)
}

/**
 * Summaries and preliminary remarks: like a foreword, one piece of text
 * before the report proper, which sums up or introduces the whole and has
 * no subsections of its own.
 */
const summaries = new Set([
  'samenvatting',
  'managementsamenvatting',
  'summary',
  'executive summary',
  'management summary',
  'abstract',
  'zusammenfassung',
  'kurzfassung',
  'vorbemerkung',
])

/**
 * Whether a heading names a part without subsections: a foreword (see
 * `isForeword`), a summary or a preliminary remark.
 *
 * @param text The heading's text, without a section number.
 */
export function isUndividedPart(text: string): boolean {
  return isForeword(text) || summaries.has(partKey(text))
}

/**
 * Whether a heading label is the word for an appendix ("Bijlage", "Annex",
 * "Anhang"). Appendices are top-level parts of a report, after its last
 * chapter; numbered ("Bijlage 1", "Bijlage 2") they form a run at the top
 * level, not subsections of the chapter before the first of them.
 *
 * @param label A heading's label word, in any case.
 */
export function isAppendixLabel(label: string): boolean {
  return appendixLabels.includes(label.toLowerCase())
}
