import { expect, test } from 'vitest'
import { isForeword, isMethodName, isPartName, isUndividedPart } from '../src/lib/part-name.js'

test('should know the standard parts of a report in Dutch, English and German', () => {
  for (const name of ['Samenvatting', 'Inleiding', 'Conclusies', 'Bijlagen', 'Tot slot'])
    expect(isPartName(name), name).toBe(true)
  for (const name of ['Executive summary', 'Introduction', 'Findings', 'References'])
    expect(isPartName(name), name).toBe(true)
  for (const name of ['Zusammenfassung', 'Einleitung', 'Fazit', 'Anhang', 'Ausblick'])
    expect(isPartName(name), name).toBe(true)
})

test('should take an appendix with its label and title, contact compounds and coordinated parts', () => {
  for (const name of [
    'Bijlage 2: Vragenlijst',
    'Annex A',
    'Anhang: Glossar',
    'Contactgegevens',
    'Kontaktdaten',
    'Conclusies en aanbevelingen',
    'Summary, method and results',
    'Methode:',
  ])
    expect(isPartName(name), name).toBe(true)
})

test('should know the standard parts of a plan or policy paper, and a study design named with its object', () => {
  for (const name of [
    'Doelen',
    'Kosten',
    'Monitoring en evaluatie',
    'Resultaten en inzichten',
    'Opzet onderzoek',
    'Goals',
    'Finance',
    'Research design',
    'More information',
    'Zeitplan',
    'Weitere Informationen',
  ])
    expect(isPartName(name), name).toBe(true)
  for (const name of ['Kosten van de verbouwing', 'Finance committee', 'Opzet van de website'])
    expect(isPartName(name), name).toBe(false)
})

test('should know the fixed parts of a council proposal, but not take risks as a part', () => {
  for (const name of [
    'Voorgesteld besluit',
    'Beoogd effect',
    'Kanttekeningen',
    'Beschlussvorschlag',
    'Sachverhalt',
    'Financial implications',
  ])
    expect(isPartName(name), name).toBe(true)
  // Risks are as often a section under the finances as a chapter.
  for (const name of ['Risico’s', 'Risks', 'Risiken']) expect(isPartName(name), name).toBe(false)
})

test('should take the outlook asked as a question as a part', () => {
  for (const name of ['Wie geht es weiter?', 'Hoe nu verder?', 'What happens next?'])
    expect(isPartName(name), name).toBe(true)
  for (const name of ['Wie geht es den Vereinen?', 'What happens to the data?'])
    expect(isPartName(name), name).toBe(false)
})

test('should take summaries and preliminary remarks, like forewords, as parts without subsections', () => {
  for (const name of [
    'Samenvatting',
    'Executive summary',
    'Kurzfassung',
    'Vorbemerkung',
    'Voorwoord',
  ])
    expect(isUndividedPart(name), name).toBe(true)
  for (const name of ['Inleiding', 'Introduction', 'Ausgangslage'])
    expect(isUndividedPart(name), name).toBe(false)
})

test('should tell the names of a study design or method, also among other parts', () => {
  for (const name of ['Opzet', 'Werkwijze', 'Aanleiding en opzet van het onderzoek', 'Methodik'])
    expect(isMethodName(name), name).toBe(true)
  for (const name of ['Aanleiding', 'Opzet van de website', 'Resultaten'])
    expect(isMethodName(name), name).toBe(false)
})

test('should not take a part name with a qualifier, or another heading, as a part', () => {
  for (const name of [
    'Resultaten van de enquête',
    'Conclusions of the first round',
    'Verkeer',
    'Inleiding en verkeer',
    'Contact met bewoners',
    'Wat we zagen',
  ])
    expect(isPartName(name), name).toBe(false)
})

test('should take a foreword named with its author as a foreword, but not an introduction to a topic', () => {
  for (const name of [
    'Voorwoord',
    "Chair's introduction",
    'The director’s foreword',
    'Foreword by the Minister',
    'Voorwoord van de wethouder',
    'Vorwort des Oberbürgermeisters',
    'Geleitwort der Ministerin',
  ])
    expect(isForeword(name), name).toBe(true)
  for (const name of ['Introduction to the method', 'Inleiding', "The project's approach"])
    expect(isForeword(name), name).toBe(false)
})
