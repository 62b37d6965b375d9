import { expect, test } from 'vitest'
import { isForeword, isPartName } from '../src/lib/part-name.js'

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
    'Risiken',
    'Weitere Informationen',
  ])
    expect(isPartName(name), name).toBe(true)
  for (const name of ['Kosten van de verbouwing', 'Finance committee', 'Opzet van de website'])
    expect(isPartName(name), name).toBe(false)
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
