import { fromText } from '@kopij/text'
import { expect, test } from 'vitest'
import { headings } from './helpers.js'

function outline(input: string): string[] {
  return fromText(input, { language: 'nl' }).children.map((node) =>
    node.type === 'heading' || node.type === 'paragraph'
      ? `${node.type === 'heading' ? `h${node.depth}` : 'p'}: ${node.children[0]?.type === 'text' ? node.children[0].value : ''}`
      : node.type,
  )
}

const findings = [
  'Resultaten van de test met bewoners',
  '1 Bevindingen',
  'Zoeken: Bewoners vinden de aanvraag snel via de zoekfunctie op',
  'de website van de gemeente, ook op hun telefoon.',
  'Invullen: De meeste bewoners vullen het formulier zonder hulp in,',
  'maar de vraag naar het inkomen roept twijfel op bij velen.',
  'Versturen: Na het versturen mist een bevestiging per e-mail, zodat',
  'bewoners niet weten of de aanvraag is aangekomen bij de gemeente.',
]

/** The run-in headings `findings` opens with: what must stay when more text follows. */
const findingLabels = ['h4: Zoeken', 'h4: Invullen', 'h4: Versturen']

/** The run-in headings of an outline. */
function runInHeadings(entries: string[]): string[] {
  return entries.filter((entry) => entry.startsWith('h4: '))
}

test('should split paragraphs opened by a label into run-in headings and text', () => {
  expect(outline(findings.join('\n'))).toEqual([
    'h1: Resultaten van de test met bewoners',
    'h2: 1 Bevindingen',
    'h4: Zoeken',
    'p: Bewoners vinden de aanvraag snel via de zoekfunctie op de website van de gemeente, ook op hun telefoon.',
    'h4: Invullen',
    'p: De meeste bewoners vullen het formulier zonder hulp in, maar de vraag naar het inkomen roept twijfel op bij velen.',
    'h4: Versturen',
    'p: Na het versturen mist een bevestiging per e-mail, zodat bewoners niet weten of de aanvraag is aangekomen bij de gemeente.',
  ])
})

test('should take two paragraphs opened by labels as run-in headings, but not one', () => {
  expect(runInHeadings(outline(findings.slice(0, 6).join('\n')))).toEqual(findingLabels.slice(0, 2))
  expect(runInHeadings(outline(findings.slice(0, 4).join('\n')))).toEqual([])
})

test('should leave paragraphs opened by a closing connective paragraphs ("Kortom: …")', () => {
  const input = [
    'Kortom: De gemeente kan de aanvraag eenvoudiger maken voor bewoners.',
    'Daarvoor is wel een nieuwe versie van het formulier nodig.',
    'Tot slot: Het college informeert de raad over de voortgang.',
  ].join('\n')
  expect(outline(input).every((entry) => entry.startsWith('p: '))).toBe(true)
})

test('should keep the subtitle of a run-in label after its own colon ("Casus: een kleine gemeente: …")', () => {
  const input = [
    'Casus: een kleine gemeente: In een dorp zonder loket helpt de bibliotheek',
    'bewoners met hun aanvraag, twee ochtenden per week.',
    'Wat bewoners zeggen: De meeste bewoners vinden de hulp prettig en snel.',
  ].join('\n')
  expect(outline(input)).toEqual([
    'h4: Casus: een kleine gemeente',
    'p: In een dorp zonder loket helpt de bibliotheek bewoners met hun aanvraag, twee ochtenden per week.',
    'h4: Wat bewoners zeggen',
    'p: De meeste bewoners vinden de hulp prettig en snel.',
  ])
})

test('should point a run-in heading and its text at their parts of the line', () => {
  const input = findings.join('\n')
  const tree = fromText(input, { language: 'nl' })
  const [heading, paragraph] = tree.children.slice(2, 4)
  expect(input.slice(heading?.position?.start.offset, heading?.position?.end.offset)).toBe('Zoeken')
  expect(input.slice(paragraph?.position?.start.offset).startsWith('Bewoners vinden')).toBe(true)
})

test('should leave a single sentence with a colon, or a label with a comma, a paragraph', () => {
  const input = [
    'Non-proliferatie, ontwapening en controle: Nederland heeft in 2022',
    'bijgedragen aan de uitvoering van het verdrag en de toetsing.',
    'Tot slot: Het kabinet zet deze inzet voort in het komende jaar.',
  ].join('\n')
  expect(outline(input).every((entry) => entry.startsWith('p: '))).toBe(true)
})

const review = [
  'Resultaten van de test met bewoners',
  'Bevinding: Bewoners vinden de knop om op te slaan niet op hun telefoon.',
  'Wat betekent dit?: Wie het formulier niet kan opslaan, begint telkens',
  'opnieuw en haakt af.',
  'Aanbeveling: Zet de knop bovenaan elke pagina.',
  'Navigatie:',
  '• Het menu verdwijnt na het opslaan van het formulier.',
  '• De knop terug brengt bewoners naar de startpagina.',
  'Bevinding: Bewoners missen een bevestiging na het versturen.',
]

test('should take a label that ends in a question mark, and a label alone before a list, as run-in headings', () => {
  expect(outline(review.join('\n'))).toEqual([
    'h1: Resultaten van de test met bewoners',
    'h4: Bevinding',
    'p: Bewoners vinden de knop om op te slaan niet op hun telefoon.',
    'h4: Wat betekent dit?',
    'p: Wie het formulier niet kan opslaan, begint telkens opnieuw en haakt af.',
    'h4: Aanbeveling',
    'p: Zet de knop bovenaan elke pagina.',
    'h4: Navigatie',
    'list',
    'h4: Bevinding',
    'p: Bewoners missen een bevestiging na het versturen.',
  ])
  const input = review.join('\n')
  const tree = fromText(input, { language: 'nl' })
  const alone = tree.children[7]
  expect(input.slice(alone?.position?.start.offset, alone?.position?.end.offset)).toBe('Navigatie')
})

test('should leave captions alone on their line paragraphs when they outnumber inline labels', () => {
  const input = [
    'Resultaten van de test met bewoners',
    'Zoeken: Bewoners vinden de aanvraag snel via de zoekfunctie.',
    'Invullen: De meeste bewoners vullen het formulier zonder hulp in.',
    'Versturen: Na het versturen mist een bevestiging per e-mail.',
    'Voordelen:',
    '• Het formulier is kort.',
    'Nadelen:',
    '• De knop is klein.',
    'Voordelen:',
    '• De taal is eenvoudig.',
    'Nadelen:',
    '• Er is geen hulp.',
  ].join('\n')
  const entries = outline(input)
  expect(entries).toContain('p: Voordelen:')
  expect(entries).toContain('p: Nadelen:')
  expect(runInHeadings(entries)).toEqual(findingLabels)
})

test('should keep a numbered step in a run-in label, also when the label wraps', () => {
  const input = [
    'Aanpak van het onderzoek',
    'Stap 1: Interviews voorbereiden en mensen',
    'kiezen: We schreven een lijst met vragen voor de gesprekken.',
    'Stap 2: Gesprekken voeren: We spraken met twaalf bewoners uit de wijk.',
    'Stap 3: Uitwerken: We zetten de antwoorden per vraag onder elkaar.',
  ].join('\n')
  const tree = fromText(input, { language: 'nl' })
  expect(outline(input)).toEqual([
    'h1: Aanpak van het onderzoek',
    'h4: Stap 1: Interviews voorbereiden en mensen kiezen',
    'p: We schreven een lijst met vragen voor de gesprekken.',
    'h4: Stap 2: Gesprekken voeren',
    'p: We spraken met twaalf bewoners uit de wijk.',
    'h4: Stap 3: Uitwerken',
    'p: We zetten de antwoorden per vraag onder elkaar.',
  ])
  const [heading, paragraph] = tree.children.slice(1, 3)
  expect(input.slice(heading?.position?.start.offset, heading?.position?.end.offset)).toBe(
    'Stap 1: Interviews voorbereiden en mensen\nkiezen',
  )
  expect(input.slice(paragraph?.position?.start.offset).startsWith('We schreven')).toBe(true)
})

test('should leave a long sentence alone on its line before a list a paragraph', () => {
  const input = [
    ...review.slice(0, 5),
    'De volgende mensen hebben het onderzoek uitgevoerd:',
    '• Een onderzoeker van de gemeente.',
    '• Twee studenten van de hogeschool.',
  ].join('\n')
  expect(outline(input)).toContain('p: De volgende mensen hebben het onderzoek uitgevoerd:')
})

test('should take a label with a comma as a run-in heading only where the document sets run-in headings', () => {
  const comma = 'Open voor contact, maar met hulp: Bewoners willen de nieuwe buren leren kennen.'
  expect(outline([...findings, comma].join('\n')).slice(-2)).toEqual([
    'h4: Open voor contact, maar met hulp',
    'p: Bewoners willen de nieuwe buren leren kennen.',
  ])
  expect(outline([findings[0], findings[1], comma].join('\n')).at(-1)).toBe(`p: ${comma}`)
})

test('should take numbered labels as run-in headings that keep their number', () => {
  const input = [
    ...findings,
    'Het formulier bevat de volgende onderdelen.',
    '1. Persoonlijke gegevens: Hier vult de bewoner naam, adres en',
    'geboortedatum in.',
    '2. Inkomen en (eventueel) vermogen: Hier staat wat de bewoner',
    'per maand verdient en wat hij heeft gespaard.',
    '3. Bijlagen: Hier voegt de bewoner zijn bewijsstukken toe.',
  ].join('\n')
  expect(outline(input).slice(-6)).toEqual([
    'h4: 1. Persoonlijke gegevens',
    'p: Hier vult de bewoner naam, adres en geboortedatum in.',
    'h4: 2. Inkomen en (eventueel) vermogen',
    'p: Hier staat wat de bewoner per maand verdient en wat hij heeft gespaard.',
    'h4: 3. Bijlagen',
    'p: Hier voegt de bewoner zijn bewijsstukken toe.',
  ])
  const tree = fromText(input, { language: 'nl' })
  const heading = tree.children.at(-6)
  expect(input.slice(heading?.position?.start.offset, heading?.position?.end.offset)).toBe(
    '1. Persoonlijke gegevens',
  )
})

test('should take a numbered question alone on its line, before a list, as a run-in heading', () => {
  const input = [
    ...findings,
    'Resultaten van de tweede ronde',
    '1. In welke mate helpen de aanpassingen bewoners bij het vinden van de',
    'aanvraag op de website?:',
    '• De zoekfunctie vindt de aanvraag nu altijd.',
    '• Het menu blijft lastig voor oudere bewoners.',
    '2. In welke mate begrijpen bewoners de uitleg bij het formulier?:',
    '• De uitleg is duidelijk.',
  ].join('\n')
  expect(headings(input).slice(-2)).toEqual([
    '#### 1. In welke mate helpen de aanpassingen bewoners bij het vinden van de aanvraag op de website?',
    '#### 2. In welke mate begrijpen bewoners de uitleg bij het formulier?',
  ])
})

test('should leave numbered items with labels a list when a lead-in announces them or most have none', () => {
  const announced = [
    ...findings,
    'Voor de test zijn drie werksessies gehouden. Dit waren:',
    '1. Verkenning: We bespraken met medewerkers wat de website moet kunnen.',
    '2. Ontwerp: We tekenden de eerste schetsen van de pagina’s.',
  ].join('\n')
  expect(headings(announced).filter((line) => /\d\./.test(line))).toEqual([])
  expect(fromText(announced, { language: 'nl' }).children.at(-1)?.type).toBe('list')
  const mostlyUnlabelled = [
    ...findings,
    'Zo hebben we de test voorbereid.',
    '1. Doel bepalen We legden vast wat de test moest opleveren.',
    '2. Vragen opstellen De vraag van het onderzoek was: Werkt het formulier?',
    '3. Casus kiezen We kozen per onderdeel een taak voor de deelnemers.',
  ].join('\n')
  expect(headings(mostlyUnlabelled).filter((line) => /\d\./.test(line))).toEqual([])
})

test('should split a short block taken for a heading at its run-in label, but keep a numbered label', () => {
  const input = [
    ...findings,
    'Belangrijkste uitgangspunten: Doelen en taken',
    '• Doelen staan boven taken.',
    'Stap 2: Gesprekken voeren',
    'We spraken met twaalf bewoners uit de wijk over hun ervaringen.',
    '',
    'De belangrijkste vraag voor dit onderzoek: Hoe ervaren bewoners het formulier?',
    '',
    'We spraken met twaalf bewoners uit de wijk over hun ervaringen.',
  ].join('\n')
  const entries = outline(input)
  expect(entries).toContain('h4: Belangrijkste uitgangspunten')
  expect(entries).toContain('p: Doelen en taken')
  expect(entries.filter((entry) => entry.includes('Stap 2'))).toEqual([
    expect.stringMatching(/^h\d: Stap 2: Gesprekken voeren$/),
  ])
  // A longer label is a sentence that introduces what follows.
  expect(entries).toContainEqual(
    expect.stringMatching(/^h\d: De belangrijkste vraag voor dit onderzoek: Hoe ervaren/),
  )
})

test('should take a long label that is a question as a run-in heading', () => {
  const input = [
    ...findings,
    'In hoeverre is het duidelijk waar de website voor dient?: Voor de meeste',
    'bewoners was dit eerst niet duidelijk.',
  ].join('\n')
  expect(outline(input).slice(-2)).toEqual([
    'h4: In hoeverre is het duidelijk waar de website voor dient?',
    'p: Voor de meeste bewoners was dit eerst niet duidelijk.',
  ])
})

test('should take a longer label alone in its block before the paragraph it runs into as a run-in heading', () => {
  const input = [
    ...findings,
    '',
    'Open voor contact met de buren, maar met hulp:',
    '',
    'Veel bewoners willen de nieuwe buren leren kennen, maar weten niet hoe.',
  ].join('\n')
  expect(outline(input).slice(-2)).toEqual([
    'h4: Open voor contact met de buren, maar met hulp',
    'p: Veel bewoners willen de nieuwe buren leren kennen, maar weten niet hoe.',
  ])
  const beforeList = [
    ...findings,
    '',
    'De bewoners noemden deze punten, maar met hulp:',
    '• Het menu verdwijnt na het opslaan.',
    '• De knop terug werkt niet.',
  ].join('\n')
  expect(outline(beforeList)).toContain('p: De bewoners noemden deze punten, maar met hulp:')
})

test('should leave a label before quoted words a paragraph: the colon introduces the quotation', () => {
  const input = [
    ...findings,
    'Casus voor bewoners: "Je woont in de wijk en wilt een vergunning aanvragen.',
    'Waar begin je?"',
    'Status: ‘Afgerond’ staat bij elke taak die de bewoner heeft gedaan.',
  ].join('\n')
  const entries = outline(input)
  expect(runInHeadings(entries)).toEqual(findingLabels)
})

test('should leave paragraphs opened by a callout label paragraphs', () => {
  const input = [
    ...findings,
    'Tip: Vraag bewoners om hardop te denken terwijl zij het formulier invullen.',
    'Let op: Het formulier werkt nog niet in elke browser op een telefoon.',
    'Hinweis: Das Formular speichert keine Eingaben zwischen.',
  ].join('\n')
  const entries = outline(input)
  expect(runInHeadings(entries)).toEqual(findingLabels)
  expect(entries).toContain(
    'p: Tip: Vraag bewoners om hardop te denken terwijl zij het formulier invullen.',
  )
})

test('should not count the step number of a label towards its length', () => {
  const input = [
    'Aanpak van het onderzoek',
    'Stap 1: Opzetten van interviews en kiezen van doelgroepen: We',
    'schreven een lijst met vragen voor de gesprekken.',
    'Stap 2: Werven van bewoners en voeren van gesprekken: We spraken',
    'met twaalf bewoners uit de wijk.',
    'Stap 3: Verwerken van resultaten en schrijven van advies: We',
    'zetten de antwoorden per vraag onder elkaar.',
  ].join('\n')
  expect(headings(input).slice(1)).toEqual([
    '#### Stap 1: Opzetten van interviews en kiezen van doelgroepen',
    '#### Stap 2: Werven van bewoners en voeren van gesprekken',
    '#### Stap 3: Verwerken van resultaten en schrijven van advies',
  ])
})

test('should keep the own colon of a numbered label alone on its line', () => {
  const input = [
    ...findings,
    'Als bewoner wil ik op de website . . .',
    '1. Mijn aanvraag vinden via de startpagina:',
    '• Waar staat de aanvraag?',
    '2. Samen met de gemeente werken door inzage in::',
    '• mijn gegevens;',
    '• mijn documenten.',
  ].join('\n')
  expect(headings(input).slice(-2)).toEqual([
    '#### 1. Mijn aanvraag vinden via de startpagina',
    '#### 2. Samen met de gemeente werken door inzage in:',
  ])
})

test('should leave a sentence led in by a copula before a colon a paragraph', () => {
  const input = [...findings, 'Het doel was: Bewoners vinden de aanvraag zonder hulp.'].join('\n')
  expect(outline(input).at(-1)).toBe('p: Het doel was: Bewoners vinden de aanvraag zonder hulp.')
})

test('should take distinct labels alone before their lists, one after the other, as run-in headings', () => {
  const input = [
    ...findings,
    'In de tweede versie zijn deze wijzigingen doorgevoerd.',
    'Maak de navigatie naar de aanvraag eenvoudiger:',
    '• Zet een directe link in het hoofdmenu.',
    'Maak duidelijker waar je bent en waar je heen gaat:',
    '• Toon op elke pagina een kruimelpad.',
    '• Noem bij elke knop waar hij heen leidt.',
    'Houd tekst kort, actiegericht en duidelijk:',
    '• Verkort de uitleg bij het uploaden.',
  ].join('\n')
  expect(headings(input).slice(-3)).toEqual([
    '#### Maak de navigatie naar de aanvraag eenvoudiger',
    '#### Maak duidelijker waar je bent en waar je heen gaat',
    '#### Houd tekst kort, actiegericht en duidelijk',
  ])
})

test('should leave a label that announces the list after it a paragraph', () => {
  const input = [
    ...findings,
    '',
    'Navigatie:',
    '• Bewoners vinden de knop naar het formulier niet op elke pagina.',
    '',
    'Bevestiging:',
    '• Na het versturen verschijnt geen melding op het scherm.',
    '',
    'Hulp:',
    '• Bewoners weten niet waar zij met een vraag terechtkunnen.',
    '',
    'Daarnaast zijn de volgende onderdelen van het loket bekeken:',
    '• De pagina met veelgestelde vragen.',
    '• Het overzicht van eerdere aanvragen.',
  ].join('\n')
  const entries = outline(input)
  expect(entries).toContain('h4: Navigatie')
  expect(entries).toContain('h4: Bevestiging')
  expect(entries).toContain('h4: Hulp')
  expect(entries).toContain('p: Daarnaast zijn de volgende onderdelen van het loket bekeken:')
})

test('should leave a paragraph of fields glued together without a run-in heading', () => {
  const input = [
    ...findings,
    '',
    'Namens de gemeente: Anna de Vries en Bram Jansen van het team Dienstverlening',
    'Bureau Noord: Chris Peters en Dana Smit Adviesbureau Oost: Eva de Wit',
    '',
    'Contact: Anna de Vries, a.devries@example.nl Bureau Noord: Chris Peters',
  ].join('\n')
  const entries = outline(input)
  expect(runInHeadings(entries)).toEqual(findingLabels)
  expect(entries.at(-2)).toBe(
    'p: Namens de gemeente: Anna de Vries en Bram Jansen van het team Dienstverlening Bureau Noord: Chris Peters en Dana Smit Adviesbureau Oost: Eva de Wit',
  )
  expect(entries.at(-1)).toBe(
    'p: Contact: Anna de Vries, a.devries@example.nl Bureau Noord: Chris Peters',
  )
})

test('should keep a run-in label over a paragraph that opens with a field', () => {
  const input = [
    ...findings,
    'Downloaden: Positief: Bewoners vinden de knop om het besluit op te slaan snel',
    'Negatief: De naam van het bestand zegt niet wat erin staat.',
  ].join('\n')
  const entries = outline(input)
  expect(entries).toContain('h4: Downloaden')
  expect(entries).toContain(
    'p: Positief: Bewoners vinden de knop om het besluit op te slaan snel Negatief: De naam van het bestand zegt niet wat erin staat.',
  )
})

test('should leave a sentence that opens with a connective adverb and a colon a paragraph', () => {
  const input = [
    ...findings,
    'Toch is niet alles even duidelijk voor bewoners: De knop voor hulp staat',
    'onderaan de pagina, waar bijna niemand hem ziet.',
  ].join('\n')
  const entries = outline(input)
  expect(runInHeadings(entries)).toEqual(findingLabels)
  expect(entries.at(-1)).toBe(
    'p: Toch is niet alles even duidelijk voor bewoners: De knop voor hulp staat onderaan de pagina, waar bijna niemand hem ziet.',
  )
})

/**
 * A narrow column of findings with run-in headings; the last label is too
 * long for its line, so its colon stands on the next one, right after a
 * list item that ends a sentence.
 */
const wrappedLabel = [
  'Verslag van de gesprekken met bewoners',
  'Wachttijd: Veel bewoners wachten te lang op',
  'een antwoord van het loket van de gemeente.',
  'Bereikbaarheid: Het loket is alleen open op',
  'werkdagen tussen negen en twaalf uur.',
  'Formulieren: De formulieren zijn lang en de',
  'vragen zijn niet altijd duidelijk.',
  '• Bewoners vragen vaak hulp van buren.',
  'Zorgen over de kosten van een nieuwe aan-',
  'vraag: Bewoners weten niet wat een aanvraag',
  'kost en stellen hem daarom uit.',
]

test('should take a run-in label whose colon wrapped onto the next line, after a list item', () => {
  expect(outline(wrappedLabel.join('\n')).slice(-3)).toEqual([
    'list',
    'h4: Zorgen over de kosten van een nieuwe aanvraag',
    'p: Bewoners weten niet wat een aanvraag kost en stellen hem daarom uit.',
  ])
})
