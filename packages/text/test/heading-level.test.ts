import { fromText } from '@kopij/text'
import { expect, test } from 'vitest'
import { headings } from './helpers.js'

test('should give numbered headings the depth of their number under the title', () => {
  const input = [
    'Evaluatie van het programma',
    '1 Inleiding',
    'Dit is de inleiding van de evaluatie.',
    '1.1 Aanpak',
    'Dit is de aanpak van de evaluatie.',
    '1.1.1 Interviews',
    'Er zijn twaalf mensen geïnterviewd.',
    '2 Resultaten',
    'Dit zijn de resultaten.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Evaluatie van het programma',
    '## 1 Inleiding',
    '### 1.1 Aanpak',
    '#### 1.1.1 Interviews',
    '## 2 Resultaten',
  ])
})

test('should keep a foreword with its own text beside the numbered chapters after it', () => {
  const input = [
    'Evaluatie van het programma',
    'Voorwoord',
    'Dit verslag is geschreven voor de raad en de inwoners van de gemeente.',
    '1 Inleiding',
    'Dit is de inleiding van de evaluatie.',
    '1.1 Aanpak',
    'Dit is de aanpak van de evaluatie.',
    '2 Resultaten',
    'Dit zijn de resultaten.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Evaluatie van het programma',
    '## Voorwoord',
    '## 1 Inleiding',
    '### 1.1 Aanpak',
    '## 2 Resultaten',
  ])
})

test('should put an unnumbered heading inside a numbered section one level below it', () => {
  const input = [
    'Evaluatie van het programma',
    '1 Inleiding',
    'Dit is de inleiding van de evaluatie.',
    '1.1 Aanpak',
    'Dit is de aanpak van de evaluatie.',
    'Ervaringen van bewoners',
    'Bewoners vertelden over hun ervaringen met de aanpak.',
    '2 Resultaten',
    'Dit zijn de resultaten.',
    'Ervaringen van ondernemers',
    'Ondernemers vertelden over hun ervaringen met de resultaten.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Evaluatie van het programma',
    '## 1 Inleiding',
    '### 1.1 Aanpak',
    '#### Ervaringen van bewoners',
    '## 2 Resultaten',
    '### Ervaringen van ondernemers',
  ])
})

test('should put an unnumbered heading that introduces numbered ones a level above them', () => {
  const input = [
    'Dit is het einde van een alinea uit het vorige deel.',
    'Veiligheid',
    'Een korte inleiding op dit deel van het verslag.',
    '1. Voorkomen',
    'Tekst over voorkomen.',
    '2. Verdedigen',
    'Tekst over verdedigen.',
  ].join('\n')
  expect(headings(input)).toEqual(['## Veiligheid', '### 1. Voorkomen', '### 2. Verdedigen'])
})

test('should keep a run of numbered lines without text between them as a list', () => {
  const input = [
    'De avond eindigde met een aantal afspraken tussen de bewoners',
    'en de gemeente over de volgende stappen.',
    'Afspraken',
    '1. De gemeente maakt schetsen',
    '2. Bewoners kiezen er een',
    '3. De aannemer begint met bouwen',
  ].join('\n')
  const tree = fromText(input, { language: 'nl' })
  expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'heading', 'list'])
})

test('should make unnumbered headings with subsections level 2 and the others level 3', () => {
  const input = [
    'Handleiding voor bijdragers',
    'Waarom bijdragen?',
    'Verbeter de software',
    'Je lost een fout op die je zelf tegenkwam in het programma.',
    'Leer nieuwe dingen',
    'Je leert werken met anderen aan een groot project samen.',
    'Tot slot',
    'De gemeente komt in het voorjaar terug met een voorstel voor de wijk.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Handleiding voor bijdragers',
    '## Waarom bijdragen?',
    '### Verbeter de software',
    '### Leer nieuwe dingen',
    '## Tot slot',
  ])
})

/** A report of a neighbourhood evening, closed by a section called `closing`. */
function neighbourhoodEvening(closing: string): string {
  return [
    'Verslag van de wijkavond',
    'Inleiding',
    'Op de avond kwamen veertig bewoners naar het buurthuis om mee te praten.',
    'Resultaten',
    'Verkeer',
    'De meeste bewoners vinden dat er te hard wordt gereden in de straat.',
    'Groen',
    'Bewoners willen meer bomen op het plein voor de school.',
    closing,
    'De gemeente komt in het voorjaar terug met een voorstel voor de wijk.',
  ].join('\n')
}

test('should make the first heading after the title a top-level section', () => {
  expect(headings(neighbourhoodEvening('Tot slot'))).toEqual([
    '# Verslag van de wijkavond',
    '## Inleiding',
    '## Resultaten',
    '### Verkeer',
    '### Groen',
    '## Tot slot',
  ])
})

test('should not take the first heading of an excerpt without a title as top-level', () => {
  const input = [
    'en daarmee sloot het vorige hoofdstuk van dit verslag over de wijk af.',
    'Verkeer',
    'De meeste bewoners vinden dat er te hard wordt gereden in de straat.',
    'Resultaten',
    'Groen',
    'Bewoners willen meer bomen op het plein voor de school.',
  ].join('\n')
  expect(headings(input)).toEqual(['## Verkeer', '## Resultaten', '### Groen'])
})

test('should take a numbered title ending in a question mark as the title, its sections one deeper', () => {
  const input = [
    '1. Hoe begin je met onderzoek?',
    'Een korte inleiding op deze handleiding voor beginners.',
    'Praktische tips',
    'Een deel zonder nummer tussen de genummerde delen in.',
    '1.1 Kies een partner',
    'Werk samen met een collega die het onderwerp kent.',
    '1.1.1 Een goede klik',
    'Kies iemand met wie je prettig samenwerkt.',
    '1.2 Stel een vraag',
    'Begin met een heldere onderzoeksvraag.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# 1. Hoe begin je met onderzoek?',
    '## Praktische tips',
    '## 1.1 Kies een partner',
    '### 1.1.1 Een goede klik',
    '## 1.2 Stel een vraag',
  ])
})

test('should read a text that opens with section 1, whose sibling 2 follows, as having no title: its sections are level 1', () => {
  const input = [
    '1. Doel van deze handreiking',
    'Deze handreiking legt uit hoe overheden gegevens met elkaar kunnen delen.',
    '1.1 Doelgroep',
    'Deze tekst is bedoeld voor functionarissen gegevensbescherming en voor projectleiders.',
    '2. Voordat u deelt',
    'Elke afspraak begint met een duidelijk doel.',
    '2.1 Het doel vastleggen',
    'Schrijf op wat het delen moet opleveren.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# 1. Doel van deze handreiking',
    '## 1.1 Doelgroep',
    '# 2. Voordat u deelt',
    '## 2.1 Het doel vastleggen',
  ])
  expect(fromText(input, { language: 'nl' }).data?.metadata?.title).toBeUndefined()
})

test('should put a run of single-numbered headings one below the heading before the run', () => {
  const input = [
    'Verslag van de bewonersavond',
    'Resultaten',
    'Wat bewoners vragen',
    '1. Meer groen in de straat',
    'Bewoners willen bomen en minder stenen voor hun deur.',
    '2. Veilig oversteken bij de school',
    'Ouders vragen om een zebrapad bij de ingang van de school.',
    'Vervolg',
    'De gemeente komt in het voorjaar terug met een voorstel.',
    'Tot slot',
    'De gemeente komt in het voorjaar terug met een voorstel voor de wijk.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Verslag van de bewonersavond',
    '## Resultaten',
    '### Wat bewoners vragen',
    '#### 1. Meer groen in de straat',
    '#### 2. Veilig oversteken bij de school',
    // Reports mix numbered and unnumbered siblings, so a heading after a
    // numbered run does not close it unless something else says so.
    '#### Vervolg',
    '## Tot slot',
  ])
})

test('should put a run of numbered appendices at the top level, not under the last chapter', () => {
  const input = [
    'Voortgang van het programma Schone Lucht',
    'Met deze brief informeer ik uw Kamer over de voortgang van het programma in het afgelopen jaar.',
    '1. Aanleiding',
    'Het programma loopt sinds enkele jaren en wordt door provincies uitgevoerd.',
    '2. Stand van zaken',
    'De meeste provincies hebben hun plannen inmiddels vastgesteld.',
    'Metingen in de steden',
    'In de grote steden is de lucht schoner geworden dan vijf jaar geleden.',
    'Metingen op het platteland',
    'Op het platteland is weinig veranderd sinds de vorige meting.',
    '3. Vervolg',
    'Volgend jaar stuur ik uw Kamer de eindevaluatie van het programma.',
    'Bijlage 1: Overzicht van de metingen per provincie',
    'De metingen zijn gedaan op vaste punten in elke provincie van het land.',
    'Bijlage 2: Gesprekken met gemeenten',
    'Voor deze brief zijn gesprekken gevoerd met twintig gemeenten en provincies.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Voortgang van het programma Schone Lucht',
    '## 1. Aanleiding',
    '## 2. Stand van zaken',
    '### Metingen in de steden',
    '### Metingen op het platteland',
    '## 3. Vervolg',
    '## Bijlage 1: Overzicht van de metingen per provincie',
    '## Bijlage 2: Gesprekken met gemeenten',
  ])
})

test('should keep headings numbered with letters or roman numbers at one level', () => {
  const input = [
    'Jaarplan van de dienst',
    'A. Beleid',
    'Het beleid voor het komende jaar staat hieronder beschreven.',
    'B. Uitvoering',
    'De uitvoering volgt het beleid van het vorige jaar op.',
    'C. Financiën',
    'De begroting sluit met een klein overschot af.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Jaarplan van de dienst',
    '## A. Beleid',
    '## B. Uitvoering',
    '## C. Financiën',
  ])
})

test('should split a section number and title off the paragraph it opens', () => {
  const input = [
    '1 Inleiding',
    'Dit verslag beschrijft de evaluatie van het programma voor',
    'de wijk en de mensen die er wonen.',
    '1.1 Aanpak van de evaluatie onder de bewoners in de wijk',
    'Er zijn twaalf mensen geïnterviewd over hun ervaringen met',
    'de wijk en het groen.',
    '1.2 Resultaten van de gesprekken met alle bewoners hier',
    'Bewoners zijn tevreden over het groen maar missen plekken',
    'om te spelen.',
  ].join('\n')
  const tree = fromText(input, { language: 'nl' })
  expect(headings(input)).toEqual([
    '# 1 Inleiding',
    '## 1.1 Aanpak van de evaluatie onder de bewoners in de wijk',
    '## 1.2 Resultaten van de gesprekken met alle bewoners hier',
  ])
  expect(tree.children.map((node) => node.type)).toEqual([
    'heading',
    'paragraph',
    'heading',
    'paragraph',
    'heading',
    'paragraph',
  ])
})

test('should not take a piece of a sentence with a lone bracket, or a line with an address, as a heading', () => {
  const input = [
    'Verslag van de avond',
    '',
    'Wie een vraag heeft, kan die stellen in het formulier (of aan de',
    '',
    'Balie van het stadhuis)',
    '',
    'Neem contact op via info@example.org',
    '',
    'Meer lezen (in het Engels)',
    '',
    'De gemeente publiceert alle stukken op haar website.',
  ].join('\n')
  expect(headings(input)).toEqual(['# Verslag van de avond', '## Meer lezen (in het Engels)'])
})

test('should not take a quotation with its attribution as a heading', () => {
  const input = [
    'Verslag van de avond',
    '',
    'Bewoners vertelden wat zij van het plan vonden.',
    '',
    '“Ik vind het fijn dat alles op één plek staat.” — Bewoner 4',
    '',
    '"Hoe kan ik dit aanpassen?"',
    '',
    'Wat er nu gebeurt',
    '',
    'De gemeente verwerkt de reacties in een nieuw ontwerp.',
  ].join('\n')
  expect(headings(input)).toEqual(['# Verslag van de avond', '## Wat er nu gebeurt'])
})

/**
 * A report with a title and `count` sections of one paragraph, each under
 * its own heading, and a closing section; with `opened`, a heading directly
 * above the second section's opens the sections after the first.
 */
function report(count: number, runIns = 0, opened = false): string {
  const topics = ['Verkeer', 'Groen', 'Water', 'Wonen', 'Werk', 'Zorg', 'Onderwijs', 'Cultuur']
  const lines = ['Verslag van de wijkavonden']
  for (let section = 1; section <= count; section++) {
    if (opened && section === 2) lines.push('Resultaten per wijk')
    lines.push(`${topics[section % topics.length]} in wijk ${section}`)
    lines.push(`Bewoners van wijk ${section} spraken op de avond over hun straat, over het verkeer`)
    lines.push('en over de plannen die de gemeente voor hun buurt heeft.')
  }
  for (let label = 1; label <= runIns; label++) {
    lines.push(`Afspraak ${label}: De gemeente komt in het voorjaar terug met een voorstel`)
    lines.push('voor de straat en het plein.')
  }
  lines.push('Tot slot', 'De gemeente komt in het voorjaar terug met een voorstel voor de wijk.')
  return lines.join('\n')
}

test('should give a report with more headings than a flat outline holds a second level', () => {
  const levels = headings(report(14)).map((heading) => heading.split(' ')[0])
  expect(levels).toEqual(['#', '##', ...Array<string>(13).fill('###'), '##'])
})

test('should keep a report with nine headings or fewer flat', () => {
  const levels = headings(report(8)).map((heading) => heading.split(' ')[0])
  expect(levels).toEqual(['#', ...Array<string>(9).fill('##')])
})

test('should give a report of eleven headings two levels: reports have nine top-level sections at most', () => {
  const levels = headings(report(10)).map((heading) => heading.split(' ')[0])
  expect(levels).toEqual(['#', '##', ...Array<string>(9).fill('###'), '##'])
})

test('should keep the sections after one whose level is a guess at its level, not a level deeper each', () => {
  // Only the first section's heading is known to be top-level; the second
  // is a guess one level below it, and the others are its siblings.
  const levels = headings(report(45)).map((heading) => heading.split(' ')[0])
  expect(levels).toEqual(['#', '##', ...Array<string>(44).fill('###'), '##'])
})

test('should open a third level in a long report under a heading directly over another', () => {
  const long = headings(report(45, 0, true)).map((heading) => heading.split(' ')[0])
  expect(long).toEqual(['#', '##', '###', ...Array<string>(44).fill('####'), '##'])
  // Forty headings or fewer make two levels: the opener is top-level.
  const short = headings(report(20, 0, true)).map((heading) => heading.split(' ')[0])
  expect(short).toEqual(['#', '##', '##', ...Array<string>(19).fill('###'), '##'])
})

test('should keep the headings on their own lines above a level of run-in headings', () => {
  const found = headings(report(45, 6))
  expect(found.filter((heading) => heading.startsWith('#### '))).toHaveLength(6)
  expect(found.filter((heading) => heading.startsWith('### '))).toHaveLength(44)
})

test('should not deepen the outline for a run of three short headings', () => {
  const input = [
    'Handleiding voor de start',
    'Inleiding',
    'Deze handleiding helpt bij het opzetten van een nieuw project in de wijk.',
    'Checklist',
    'Teksten',
    'Mensen',
    'Zorg dat iemand de teksten leest voordat het project van start gaat.',
    'Afronding',
    'Daarna kan het project beginnen en komen de eerste bewoners langs.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Handleiding voor de start',
    '## Inleiding',
    '## Checklist',
    '### Teksten',
    '#### Mensen',
    '## Afronding',
  ])
})

test('should keep a run of numbered headings within the outline after a run of headings too long to nest', () => {
  const input = [
    'Verslag van de bewonersavond',
    'Inleiding',
    'Op de avond kwamen veertig bewoners naar het buurthuis om mee te praten.',
    'Resultaten',
    'Verkeer',
    'Let op',
    'Wat bewoners vragen',
    '1. Meer drempels in de straat',
    'Bewoners willen drempels bij de school en bij het speelveld.',
    '2. Minder auto’s op het plein',
    'Ouders vragen om een autovrij plein voor de ingang van de school.',
  ].join('\n')
  // Four headings in a row do not show four levels (see the test above),
  // so the outline has two: the numbered run sits at its lowest level.
  expect(headings(input)).toEqual([
    '# Verslag van de bewonersavond',
    '## Inleiding',
    '## Resultaten',
    '### Verkeer',
    '#### Let op',
    '##### Wat bewoners vragen',
    '### 1. Meer drempels in de straat',
    '### 2. Minder auto’s op het plein',
  ])
})

test('should keep level 1 for the title: a document without one starts its headings at level 2', () => {
  const input = [
    'en daarmee sloot het vorige hoofdstuk van dit verslag over de wijk af.',
    'Bijlagen',
    'Verslag van de gesprekken',
    'Eerste gesprek',
    'Antwoorden',
    'De vragen en antwoorden van de avond staan hieronder in volgorde.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '## Bijlagen',
    '### Verslag van de gesprekken',
    '#### Eerste gesprek',
    '##### Antwoorden',
  ])
})

test('should put a wrapped heading set larger than the body above the lowest of three levels', () => {
  const lines = report(45, 0, true).split('\n')
  // Before the closing section: a heading that wraps at two thirds of the
  // measure, so its type is larger than the body's, and its paragraph.
  lines.splice(
    lines.length - 2,
    0,
    'Wat de bewoners vinden van de plannen voor',
    'het nieuwe plein',
    'Bewoners zijn blij met de plannen, maar willen meer bomen en minder auto’s.',
  )
  const found = headings(lines.join('\n'))
  expect(found).toContain('### Wat de bewoners vinden van de plannen voor het nieuwe plein')
  expect(found.filter((heading) => heading.startsWith('#### '))).toHaveLength(44)
})

test('should take headings with a label and a number as one run of siblings', () => {
  const input = [
    'Handleiding voor onderzoek',
    'Inleiding',
    'Deze handleiding helpt bij het opzetten van een onderzoek in de wijk.',
    'Aanpak',
    'Het onderzoek gaat in twee stappen, die hieronder staan beschreven.',
    'Stap 1: Gesprekken',
    'We spreken twaalf bewoners over hun ervaringen met de buurt.',
    'Stap 2: Analyse',
    'We zoeken in de gesprekken naar wat vaak terugkomt.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Handleiding voor onderzoek',
    '## Inleiding',
    '## Aanpak',
    '### Stap 1: Gesprekken',
    '### Stap 2: Analyse',
  ])
})

test('should put a numbered run whose members have subsections two levels below its opener', () => {
  const input = [
    'Verslag van de bewonersavond',
    'Inleiding',
    'Op de avond kwamen veertig bewoners naar het buurthuis om mee te praten.',
    'Resultaten',
    'De bewoners spraken over twee onderwerpen, die hieronder volgen.',
    '1. Verkeer',
    'Het verkeer in de wijk kwam het eerst aan bod.',
    'Drempels',
    'Bewoners willen drempels bij de school en bij het speelveld.',
    'Snelheid',
    'Er wordt volgens velen te hard gereden op de doorgaande weg.',
    '2. Groen',
    'Daarna ging het over het groen in de straten en op de pleinen.',
    'Bomen',
    'Bewoners willen meer bomen op het plein voor de school.',
    'Tot slot',
    'De gemeente komt in het voorjaar terug met een voorstel voor de wijk.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Verslag van de bewonersavond',
    '## Inleiding',
    '## Resultaten',
    '### 1. Verkeer',
    '#### Drempels',
    '#### Snelheid',
    '### 2. Groen',
    '#### Bomen',
    '## Tot slot',
  ])
})

test('should put the opener of a numbered run whose members have subsections two levels above them, also when it directly precedes the run', () => {
  const input = [
    'Plan voor de dienstverlening',
    'Inleiding',
    'Dit plan beschrijft hoe de gemeente haar loketten de komende jaren inricht.',
    'Aanpak',
    'Stap 1: Gesprekken met bewoners',
    'We spreken twaalf bewoners over hun ervaringen met het loket.',
    'Werving',
    'Bewoners melden zich aan via de wijkkrant of bij het buurthuis.',
    'Stap 2: Een nieuw ontwerp',
    'Met wat we horen maken we een nieuw ontwerp voor het loket.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Plan voor de dienstverlening',
    '## Inleiding',
    '## Aanpak',
    '### Stap 1: Gesprekken met bewoners',
    '#### Werving',
    '### Stap 2: Een nieuw ontwerp',
  ])
})

test('should leave a numbered run whose members are mostly undivided for the members level, not for a subsection of the last', () => {
  // Only "Fase 2" has subsections: the heading after "Fase 3" and its text
  // is the next part beside the phases, and the one after it its sibling.
  const input = [
    'Plan voor de bibliotheek',
    'Werkwijze',
    'Dit plan beschrijft hoe de gemeente de bibliotheek de komende jaren vernieuwt.',
    'Fase 1: Verkenning',
    'We verkennen drie plekken in de binnenstad voor het nieuwe gebouw.',
    'Fase 2: Ontwerp',
    'Met de gekozen plek maken we een ontwerp voor het gebouw.',
    'Leeszalen',
    'Bezoekers vragen om meer plekken om te studeren.',
    'Schoolbezoek',
    'Scholen vragen om een zaal voor groepen leerlingen.',
    'Fase 3: Bouw',
    'De bouw begint in het voorjaar en duurt twee jaar.',
    'Rollen',
    'De gemeente is opdrachtgever, de bibliotheek gebruiker.',
    'Overleg met de buurt',
    'Tijdens de bouw overleggen we elke maand met de buurt.',
    'Tot slot',
    'Zo krijgt de stad een bibliotheek waar iedereen welkom is.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Plan voor de bibliotheek',
    '## Werkwijze',
    '### Fase 1: Verkenning',
    '### Fase 2: Ontwerp',
    '#### Leeszalen',
    '#### Schoolbezoek',
    '### Fase 3: Bouw',
    '### Rollen',
    '### Overleg met de buurt',
    '## Tot slot',
  ])
})

test('should take a heading that names a standard part of a plan as a top-level section', () => {
  // "Kosten" follows guessed subsections of "Werkwijze" (which opens them,
  // directly above the first): only its name makes it a top-level part
  // (goals, costs, planning are a plan's chapters).
  const input = [
    'Plan voor de bibliotheek',
    'Werkwijze',
    'Verkenning',
    'We verkennen drie plekken in de binnenstad voor het nieuwe gebouw.',
    'Ontwerp',
    'Met de gekozen plek maken we een ontwerp voor het gebouw.',
    'Kosten',
    'Het nieuwe gebouw kost naar schatting twaalf miljoen euro.',
    'Onderhoud',
    'Het onderhoud kost elk jaar ongeveer een ton.',
    'Bijdragen van de provincie',
    'De provincie betaalt een derde van de bouwkosten.',
    'Overleg met de buurt',
    'Tijdens de bouw overleggen we elke maand met de buurt.',
    'Tot slot',
    'Zo krijgt de stad een bibliotheek waar iedereen welkom is.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Plan voor de bibliotheek',
    '## Werkwijze',
    '### Verkenning',
    '### Ontwerp',
    '## Kosten',
    '### Onderhoud',
    '### Bijdragen van de provincie',
    '### Overleg met de buurt',
    '## Tot slot',
  ])
})

test('should take the first name of the study design as its part and a later method name as its section', () => {
  // A report has one method part: "Methode" inside "Opzet" is a section of
  // it, and "Opzet", which names the design, is the part.
  const input = [
    'Onderzoek naar het digitale loket',
    'Inleiding',
    'Dit rapport beschrijft hoe bewoners het nieuwe digitale loket gebruiken.',
    'Resultaten',
    'Bewoners vinden het loket snel en vullen het formulier zonder hulp in.',
    'Wat beter kan',
    'De knop om een aanvraag op te slaan is voor veel bewoners niet te vinden.',
    'Opzet',
    'Onderzoeksvraag',
    'De vraag was of bewoners het loket zonder hulp kunnen gebruiken.',
    'Methode',
    'We hebben twaalf bewoners gevraagd drie taken uit te voeren.',
    'Deelnemers',
    'De deelnemers woonden in vier verschillende wijken van de stad.',
    'Contact',
    'Vragen over dit onderzoek kunt u stellen aan het team dienstverlening.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Onderzoek naar het digitale loket',
    '## Inleiding',
    '## Resultaten',
    '### Wat beter kan',
    '## Opzet',
    '### Onderzoeksvraag',
    '### Methode',
    '### Deelnemers',
    '## Contact',
  ])
})

/** A results section with two subsections, and a closing section: the end of the next two tests' reports. */
const resultsAndClosing = [
  'Resultaten',
  'Verkeer',
  'Bewoners willen minder auto’s in de straat en meer ruimte voor fietsers.',
  'Groen',
  'Bewoners willen meer bomen en een park waar kinderen kunnen spelen.',
  'Tot slot',
  'De gemeente komt in het voorjaar terug met een voorstel voor de wijk.',
]

test('should make the heading after a summary a top-level section: a summary has no subsections', () => {
  const input = [
    'Verslag van de wijkavonden',
    'Samenvatting',
    'Bewoners willen minder verkeer, meer groen en betere plekken om te spelen.',
    'Het verloop van de avonden',
    'Op elke avond kwamen zo’n veertig bewoners naar het buurthuis in de wijk.',
    ...resultsAndClosing,
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Verslag van de wijkavonden',
    '## Samenvatting',
    '## Het verloop van de avonden',
    '## Resultaten',
    '### Verkeer',
    '### Groen',
    '## Tot slot',
  ])
})

test('should follow the first subsection, directly under its parent, with its siblings, not its subsections', () => {
  // The numbered run with subsections makes the outline three levels deep;
  // "Groen" after "Verkeer" (directly under "Resultaten") is its sibling.
  const input = [
    'Plan voor de wijken',
    'Werkwijze',
    'Dit plan beschrijft hoe de gemeente de wijken de komende jaren vernieuwt.',
    'Stap 1: Gesprekken',
    'We spreken in elke wijk met bewoners over hun straat en hun buurt.',
    'Werving',
    'Bewoners melden zich aan via de wijkkrant of bij het buurthuis.',
    'Stap 2: Ontwerp',
    'Met wat we horen maken we een ontwerp voor elke wijk van de stad.',
    'Tekeningen',
    'De tekeningen hangen een maand in het buurthuis voor iedereen.',
    ...resultsAndClosing,
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Plan voor de wijken',
    '## Werkwijze',
    '### Stap 1: Gesprekken',
    '#### Werving',
    '### Stap 2: Ontwerp',
    '#### Tekeningen',
    '## Resultaten',
    '### Verkeer',
    '### Groen',
    '## Tot slot',
  ])
})

test('should close a report with a top-level section: its last heading followed by text', () => {
  // Not a standard part's name ("Tot slot" would be one): only its place as
  // the report's last heading makes it top-level.
  expect(headings(neighbourhoodEvening('Wat de gemeente nu doet'))).toEqual([
    '# Verslag van de wijkavond',
    '## Inleiding',
    '## Resultaten',
    '### Verkeer',
    '### Groen',
    '## Wat de gemeente nu doet',
  ])
})

test('should make a heading that names a standard part of a report a top-level section', () => {
  const input = [
    'Evaluatie van de proef met deelfietsen',
    'Wat we wilden weten',
    'De gemeente wilde weten of deelfietsen het autoverkeer in de binnenstad verminderen.',
    'Wat we zagen',
    'Hoe vaak de fietsen rijden',
    'Elke fiets wordt gemiddeld vier keer per dag gehuurd, vooral in de ochtend.',
    'Wie de fietsen gebruiken',
    'De meeste gebruikers zijn forensen die met de trein naar de stad komen.',
    'Conclusies',
    'De proef is geslaagd: de fietsen worden veel gebruikt en weinig beschadigd.',
    'De proef in cijfers',
    'In een jaar zijn bijna vijftigduizend ritten gemaakt met tweehonderd fietsen.',
    'Tot slot',
    'De gemeente zet de proef voort en breidt haar uit naar twee nieuwe wijken.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Evaluatie van de proef met deelfietsen',
    '## Wat we wilden weten',
    '## Wat we zagen',
    '### Hoe vaak de fietsen rijden',
    '### Wie de fietsen gebruiken',
    '## Conclusies',
    '### De proef in cijfers',
    '## Tot slot',
  ])
})

test('should put the topic before a block of repeated labels one level above them', () => {
  const input = [
    'Onderzoek naar het digitale loket',
    'Inleiding',
    'Twaalf inwoners probeerden het nieuwe loket uit terwijl wij meekeken.',
    'Inloggen',
    'Het inloggen is de eerste stap die iedere inwoner moet zetten.',
    'Wat we zagen',
    'De meeste inwoners vonden de knop om in te loggen niet meteen.',
    'Wat we adviseren',
    'Zet de knop bovenaan de pagina en maak hem groter dan nu.',
    'Betalen',
    'Na het invullen van het formulier betaalt de inwoner de kosten.',
    'Wat we zagen',
    'Bijna iedereen betaalde zonder problemen met de eigen bank.',
    'Wat we adviseren',
    'Laat de betaling zoals hij is en toon daarna een duidelijke bevestiging.',
    'Tot slot',
    'Wij testen het loket na de aanpassingen opnieuw met een nieuwe groep.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Onderzoek naar het digitale loket',
    '## Inleiding',
    '## Inloggen',
    '### Wat we zagen',
    '### Wat we adviseren',
    '## Betalen',
    '### Wat we zagen',
    '### Wat we adviseren',
    '## Tot slot',
  ])
})

test('should not take a part name that recurs as a label under several topics as a top-level section', () => {
  const input = [
    'Proeven met afvalscheiding in de wijken',
    'Inleiding',
    'In twee wijken probeerde de gemeente een nieuwe manier om afval te scheiden.',
    'Proef in Noord',
    'In Noord kregen bewoners een extra container voor plastic en blik.',
    'Aanpak',
    'Elke week telden wij hoeveel zakken er in de containers lagen.',
    'Conclusie',
    'De bewoners scheidden meer plastic dan voor de proef.',
    'Proef in Zuid',
    'In Zuid haalde de gemeente het afval vaker op dan voorheen.',
    'Aanpak',
    'Ook hier telden wij elke week de zakken in de containers.',
    'Conclusie',
    'Vaker ophalen maakte weinig verschil voor de hoeveelheid restafval.',
    'Tot slot',
    'De gemeente kiest voor de extra container en voert die volgend jaar overal in.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Proeven met afvalscheiding in de wijken',
    '## Inleiding',
    '## Proef in Noord',
    '### Aanpak',
    '### Conclusie',
    '## Proef in Zuid',
    '### Aanpak',
    '### Conclusie',
    '## Tot slot',
  ])
})

test('should count a numbered run under the title as the top level of the outline', () => {
  // "Stap 1", "Stap 2" follow the title: they are the top-level sections,
  // and the headings inside them one level below, not two.
  const input = [
    'Onderzoek doen met bewoners',
    'Stap 1: De voorbereiding',
    'Gesprekken plannen',
    'Plan de gesprekken ruim van tevoren en stuur iedereen een herinnering.',
    'Een ruimte regelen',
    'Zoek een rustige ruimte waar bewoners zich op hun gemak voelen.',
    'Stap 2: Het onderzoek',
    'Gesprekken voeren',
    'Laat bewoners hardop denken terwijl zij het formulier invullen.',
    'Stap 3: Het verslag',
    'Schrijf de belangrijkste inzichten op zolang ze nog vers zijn.',
  ].join('\n')
  expect(headings(input)).toEqual([
    '# Onderzoek doen met bewoners',
    '## Stap 1: De voorbereiding',
    '### Gesprekken plannen',
    '### Een ruimte regelen',
    '## Stap 2: Het onderzoek',
    '### Gesprekken voeren',
    '## Stap 3: Het verslag',
  ])
})

/**
 * A report whose findings treat three topics alike, each under the same
 * labels; blank lines between the blocks, so that only the levels are
 * tested.
 */
function themedReport(
  opening: string,
  topics = 3,
  between: string[] = [],
  extra: string[] = [],
  runIn = false,
): string {
  const topic = (name: string, text: string, seen: string, advice: string): string[] => [
    name,
    text,
    ...(runIn ? [`Wat we zagen: ${seen}`] : ['Wat we zagen', seen]),
    ...(name === 'Invullen' ? extra : []),
    ...(runIn ? [`Wat we adviseren: ${advice}`] : ['Wat we adviseren', advice]),
    ...(name === 'Inloggen' ? between : []),
  ]
  return [
    'Onderzoek naar het digitale loket',
    opening,
    'Wij volgden de inwoners bij drie stappen die iedereen moet zetten.',
    ...[
      topic(
        'Inloggen',
        'Het inloggen is de eerste stap die iedere inwoner moet zetten.',
        'De meeste inwoners vonden de knop om in te loggen niet meteen.',
        'Zet de knop bovenaan de pagina en maak hem groter dan nu.',
      ),
      topic(
        'Invullen',
        'Daarna vult de inwoner het formulier in met zijn eigen gegevens.',
        'Veel inwoners wisten niet welke velden zij moesten invullen.',
        'Markeer de verplichte velden en leg bij elk veld kort uit wat er moet.',
      ),
      topic(
        'Betalen',
        'Na het invullen van het formulier betaalt de inwoner de kosten.',
        'Bijna iedereen betaalde zonder problemen met de eigen bank.',
        'Laat de betaling zoals hij is en toon daarna een duidelijke bevestiging.',
      ),
    ]
      .slice(0, topics)
      .flat(),
    'Kosten van het loket',
    'Het loket kost de gemeente elk jaar ruim twee ton aan licenties.',
    'Verdeling over de jaren',
    'De meeste kosten vallen in het eerste jaar, bij de aanschaf.',
    'Tot slot',
    'Wij testen het loket na de aanpassingen opnieuw met een nieuwe groep.',
  ].join('\n\n')
}

test('should put parallel topics over the same labels under the section before the first of them', () => {
  // Three topics, each over "Wat we zagen" and "Wat we adviseren", are
  // siblings under "Bevindingen per stap"; "Kosten van het loket" opens no
  // labels, so it leaves the topics for their parent's level, and the heading after it
  // may open below it.
  expect(headings(themedReport('Bevindingen per stap'))).toEqual([
    '# Onderzoek naar het digitale loket',
    '## Bevindingen per stap',
    '### Inloggen',
    '#### Wat we zagen',
    '#### Wat we adviseren',
    '### Invullen',
    '#### Wat we zagen',
    '#### Wat we adviseren',
    '### Betalen',
    '#### Wat we zagen',
    '#### Wat we adviseren',
    '## Kosten van het loket',
    '### Verdeling over de jaren',
    '## Tot slot',
  ])
})

test('should keep parallel topics after an introduction beside it, not under it', () => {
  // An introduction introduces the report, not the topics after it.
  expect(headings(themedReport('Inleiding'))).toEqual([
    '# Onderzoek naar het digitale loket',
    '## Inleiding',
    '## Inloggen',
    '### Wat we zagen',
    '### Wat we adviseren',
    '## Invullen',
    '### Wat we zagen',
    '### Wat we adviseren',
    '## Betalen',
    '### Wat we zagen',
    '### Wat we adviseren',
    '## Kosten van het loket',
    '### Verdeling over de jaren',
    '## Tot slot',
  ])
})

test('should group parallel topics whose labels are run in', () => {
  // LaTeX runs in its fourth level: "Wat we zagen: …" opens the paragraph.
  expect(headings(themedReport('Bevindingen per stap', 3, [], [], true))).toEqual([
    '# Onderzoek naar het digitale loket',
    '## Bevindingen per stap',
    '### Inloggen',
    '#### Wat we zagen',
    '#### Wat we adviseren',
    '### Invullen',
    '#### Wat we zagen',
    '#### Wat we adviseren',
    '### Betalen',
    '#### Wat we zagen',
    '#### Wat we adviseren',
    '## Kosten van het loket',
    '### Verdeling over de jaren',
    '## Tot slot',
  ])
})

test('should not group two topics that share labels: they may share them by chance', () => {
  // Two sections can both show "Home" or "Wat we zagen"; three alike are a
  // pattern. The two stay each a level above its labels, with no parent.
  expect(headings(themedReport('Bevindingen per stap', 2)).slice(1, 5)).toEqual([
    '## Bevindingen per stap',
    '## Inloggen',
    '### Wat we zagen',
    '### Wat we adviseren',
  ])
})

test('should not group topics that other sections stand between', () => {
  // Siblings follow one another: a topic after another section is in
  // another part of the report, so two topics remain, and no group.
  const between = ['Inloggen met een app', 'Sommige inwoners gebruiken de app om in te loggen.']
  expect(headings(themedReport('Bevindingen per stap', 3, between)).slice(1, 4)).toEqual([
    '## Bevindingen per stap',
    '## Inloggen',
    '### Wat we zagen',
  ])
})

test('should count a heading between two labels as one of them', () => {
  // "Wat opviel bij ouderen" stands once, between two labels: it belongs
  // to the labels, so the topics stay one group and the group ends after it.
  const extra = ['Wat opviel bij ouderen', 'Ouderen vroegen vaker om hulp bij het invullen.']
  expect(headings(themedReport('Bevindingen per stap', 3, [], extra)).slice(1, 10)).toEqual([
    '## Bevindingen per stap',
    '### Inloggen',
    '#### Wat we zagen',
    '#### Wat we adviseren',
    '### Invullen',
    '#### Wat we zagen',
    '#### Wat opviel bij ouderen',
    '#### Wat we adviseren',
    '### Betalen',
  ])
})

/**
 * The heading marks of a guide with a foreword, three chapters of three
 * sections each and a closing section.
 */
function quarterGuideLevels(foreword: string): Array<string | undefined> {
  const chapters = ['Gute Zusammenarbeit', 'Planung im Quartier', 'Umsetzung vor Ort']
  const text = 'Die Arbeit im Quartier gelingt nur mit vielen Partnern gemeinsam.'
  const input = ['Leitfaden für die Arbeit im Quartier', foreword, text]
  for (const chapter of chapters) {
    input.push(chapter, text)
    for (const step of ['Früh anfangen', 'Offen bleiben', 'Ergebnisse zeigen'])
      input.push(`${step} bei der ${chapter}`, text)
  }
  input.push('Ausblick', text)
  return headings(input.join('\n'), { language: 'de' }).map((heading) => heading.split(' ')[0])
}

test('should make the heading after a foreword its sibling, and open subsections below that one', () => {
  const levels = quarterGuideLevels('Vorwort')
  // Fourteen headings make two levels. The first chapter is the foreword's
  // sibling, not its subsection, and its level is known, so its sections
  // open below it. (The later chapters look like sections: nothing in the
  // text tells them apart.)
  expect(levels.slice(0, 6)).toEqual(['#', '##', '##', '###', '###', '###'])
})

test('should make the heading after a foreword named with its author top-level', () => {
  const levels = quarterGuideLevels('Vorwort des Oberbürgermeisters')
  // A signed foreword is a foreword: the first chapter is its sibling.
  expect(levels.slice(0, 6)).toEqual(['#', '##', '##', '###', '###', '###'])
})
