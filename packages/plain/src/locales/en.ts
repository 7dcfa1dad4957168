import type { PlainMessages } from './es.js';

/** Messages of @minga/plain in English. The analysis itself is of Spanish text. */
export const en: PlainMessages = {
  'plain.finding.long-sentence':
    'Sentence of {words} words. Sentences over {max} words are hard; split it in two or three.',
  'plain.finding.long-paragraph':
    'Paragraph of about {lines} lines. Over {max} lines it reads worse; split it in two.',
  'plain.finding.passive':
    'Passive voice: it does not say who acts. Say who does it: "el concejo aprobó", not "fue aprobado".',
  'plain.finding.impersonal-se':
    'Impersonal "se": it hides who acts. Say who does it: "le enviamos", not "se remite".',
  'plain.finding.initial-gerund': 'The sentence starts with a gerund. Start with who does what.',
  'plain.finding.nominalization':
    'A chain of nouns. Use the verb: "verificar", not "la realización de la verificación".',
  'plain.finding.bureaucratic': 'Bureaucratic phrase. Write it plainer: "{plain}".',
  'plain.finding.bureaucratic-omit': 'Bureaucratic phrase that adds nothing: you can remove it.',
  'plain.finding.acronym':
    '"{acronym}" is not explained. The first time, write the full name with the acronym in brackets.',
  'plain.finding.double-negative':
    'Double negative. Say it in the positive: "es posible", not "no es imposible".',
  'plain.check.label': 'Text',
  'plain.check.score': 'Readability: {score}, {band}.',
  'plain.check.other-scores': 'Fernández-Huerta: {fh} ({fhBand}). µ: {mu} ({muBand}).',
  'plain.check.limits': 'The formulas measure the length of words and sentences, not clarity.',
  'plain.check.spanish-only': 'The analysis is for Spanish text only.',
  'plain.check.findings-title': 'What to check',
  'plain.check.none': 'Nothing to check.',
  'plain.check.count': {
    zero: 'Nothing to check.',
    one: '1 thing to check.',
    other: '{count} things to check.',
  },
  'plain.check.show': 'Show in the text',
  'plain.check.apply': 'Change to "{suggestion}"',
  'plain.check.remove': 'Remove',
  'plain.check.applied': 'Changed. {summary}',
  'plain.check.advice': 'This is advice: you decide what to change.',
  'plain.check.no-target': 'The text box "{id}" cannot be found.',
  'plain.band.very-hard': 'very hard',
  'plain.band.hard': 'hard',
  'plain.band.fairly-hard': 'fairly hard',
  'plain.band.somewhat-hard': 'somewhat hard',
  'plain.band.normal': 'normal',
  'plain.band.adequate': 'adequate',
  'plain.band.somewhat-easy': 'somewhat easy',
  'plain.band.fairly-easy': 'fairly easy',
  'plain.band.easy': 'easy',
  'plain.band.very-easy': 'very easy',
  'plain.band.none': 'too short to measure',
  'plain.score.inflesz': 'Readability (INFLESZ)',
  'plain.score.fernandezHuerta': 'Fernández-Huerta',
  'plain.score.mu': 'µ (Muñoz)',
};
