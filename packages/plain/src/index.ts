export { analyze, atLeast, type AnalyzeOptions, type Analysis, type Measured } from './analyze.js';
export {
  FINDING_TYPES,
  DEFAULT_KNOWN_ACRONYMS,
  DEFAULT_MAX_PARAGRAPH_LINES,
  DEFAULT_MAX_SENTENCE_WORDS,
  type Finding,
  type FindingOptions,
  type FindingType,
} from './findings.js';
export { BUREAUCRATIC_PHRASES, type PlainPhrase } from './phrases.js';
export {
  FERNANDEZ_HUERTA_BANDS,
  INFLESZ_BANDS,
  MU_BANDS,
  fernandezHuerta,
  fernandezHuertaBand,
  infleszBand,
  mu,
  muBand,
  scores,
  szigrisztPazos,
  type Counts,
  type FernandezHuertaBand,
  type InfleszBand,
  type MuBand,
  type Score,
  type Scores,
} from './readability.js';
export { countSyllables, numberToWords, readNumber } from './syllables.js';
export {
  paragraphsIn,
  sentencesIn,
  wordsIn,
  type Paragraph,
  type Sentence,
  type Word,
} from './text.js';
export { explain, findingKey, message, type PlainKey } from './messages.js';
export type { PlainMessages } from './locales/es.js';
export { MingaPlainCheck } from './plain-check.js';
export { MingaPlainAnalyzeEvent } from './events.js';
