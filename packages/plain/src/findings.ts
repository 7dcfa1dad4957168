/**
 * What makes a Spanish text harder than it needs to be, each with its character range and,
 * where one exists, a plainer alternative. Heuristics, not grammar: they point at places to
 * reread, and the writer decides. DOM-free.
 */
import { BUREAUCRATIC_PHRASES, type PlainPhrase } from './phrases.js';
import type { Paragraph, Sentence } from './text.js';

/** The kinds of finding, in the order they are explained. */
export const FINDING_TYPES = [
  'long-sentence',
  'long-paragraph',
  'passive',
  'impersonal-se',
  'initial-gerund',
  'nominalization',
  'bureaucratic',
  'acronym',
  'double-negative',
] as const;

export type FindingType = (typeof FINDING_TYPES)[number];

/** One place to reread. */
export interface Finding {
  type: FindingType;
  /** Character range in the analysed text: `text.slice(start, end)`. */
  start: number;
  end: number;
  /** The text found. */
  text: string;
  /** What to write instead, when there is one ("" = leave it out). */
  suggestion?: string;
  /** Values for the explanation (`words`, `max`, `lines`, `plain`…). */
  params: Record<string, string | number>;
}

/** Options of the finders. */
export interface FindingOptions {
  /** Longest sentence, in words, before it is reported (default 30; guides say 20 to 30). */
  maxSentenceWords?: number;
  /** Longest paragraph, in lines, before it is reported (default 5). */
  maxParagraphLines?: number;
  /** More phrases to flag, added to the built-in list (a site's own jargon). */
  phrases?: readonly PlainPhrase[];
  /** Acronyms everyone knows, never reported (default: a few such as PDF, ONU). */
  knownAcronyms?: readonly string[];
  /** Finding types not to report. */
  ignore?: readonly FindingType[];
}

export const DEFAULT_MAX_SENTENCE_WORDS = 30;
export const DEFAULT_MAX_PARAGRAPH_LINES = 5;
export const DEFAULT_KNOWN_ACRONYMS: readonly string[] = [
  'PDF',
  'CSV',
  'URL',
  'HTML',
  'ONU',
  'COVID',
  'IVA',
  'WEB',
  'OK',
  'TV',
  'DNI',
  'USB',
  'WIFI',
];

const FOLD: Record<string, string> = {
  á: 'a',
  é: 'e',
  í: 'i',
  ó: 'o',
  ú: 'u',
  ü: 'u',
  à: 'a',
  è: 'e',
  ì: 'i',
  ò: 'o',
  ù: 'u',
};

/** Lower case without accents, one character for one (ranges stay valid). */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const one = lower.length === 1 ? lower : c;
    out += FOLD[one] ?? (one.length === c.length ? one : c);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const L = '\\p{L}\\p{N}';

/** Keeps a capital at the start of a replacement when the original had one. */
function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = original.charAt(0);
  return first !== first.toLowerCase()
    ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
    : replacement;
}

const phraseCache = new WeakMap<
  readonly PlainPhrase[],
  { re: RegExp; byKey: Map<string, PlainPhrase> }
>();

function phraseMatcher(extra: readonly PlainPhrase[]) {
  const all = extra.length ? [...extra, ...BUREAUCRATIC_PHRASES] : BUREAUCRATIC_PHRASES;
  const cached = phraseCache.get(extra.length ? extra : BUREAUCRATIC_PHRASES);
  if (cached) return cached;
  const byKey = new Map<string, PlainPhrase>();
  for (const p of all) {
    const key = fold(p.phrase.trim()).replace(/\s+/g, ' ');
    if (key && !byKey.has(key)) byKey.set(key, p);
  }
  const alternatives = [...byKey.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k).replace(/ /g, '\\s+'));
  const re = new RegExp(`(?<![${L}])(?:${alternatives.join('|')})(?![${L}])`, 'gu');
  const built = { re, byKey };
  phraseCache.set(extra.length ? extra : BUREAUCRATIC_PHRASES, built);
  return built;
}

function bureaucratic(text: string, folded: string, extra: readonly PlainPhrase[], out: Finding[]) {
  const { re, byKey } = phraseMatcher(extra);
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const entry = byKey.get(m[0].replace(/\s+/g, ' '));
    if (!entry) continue;
    const original = text.slice(m.index, m.index + m[0].length);
    out.push({
      type: 'bureaucratic',
      start: m.index,
      end: m.index + m[0].length,
      text: original,
      suggestion: matchCase(original, entry.plain),
      params: { plain: entry.plain },
    });
  }
  proceedTo(text, folded, out);
}

// "proceder a" + infinitive: write the verb. Conjugated for the regular forms it can be sure of.
const PROCEED =
  /(?<![\p{L}])(procede|proceden|procedemos|procedio|procedieron|procedera|procederan|procederemos|proceder|procediendo)\s+(?:a|al)\s+(\p{L}+?)(ar|er|ir)(?![\p{L}])/gu;
const IRREGULAR = new Set([
  'hac',
  'dec',
  'pon',
  'ten',
  'sal',
  'ven',
  'pod',
  'sab',
  'quer',
  'hab',
  'val',
  'cab',
  'ir',
  'ser',
  'est',
  'd',
  'v',
  'o',
]);
/** -ar verbs whose stem changes (cierra, aprueba): left to the writer. */
const STEM_CHANGING =
  /(?:cerr|comenz|empez|mostr|prob|record|cont|encontr|acord|pens|neg|renov|sent|gobern|recomend|manifest|despert|volc|sold|acost|forz)$/;

/**
 * The verb in the form "proceder" had, when it is sure: every tense for the infinitive, the
 * future of regular verbs, the present and preterite of regular -ar verbs.
 */
function conjugate(form: string, stem: string, ending: string): string | undefined {
  const inf = stem + ending;
  if (form === 'proceder') return inf;
  if (IRREGULAR.has(stem.toLowerCase())) return undefined;
  if (form === 'procedera') return `${inf}á`;
  if (form === 'procederan') return `${inf}án`;
  if (form === 'procederemos') return `${inf}emos`;
  if (ending !== 'ar' || STEM_CHANGING.test(stem.toLowerCase())) return undefined;
  const forms: Record<string, string> = {
    procede: 'a',
    proceden: 'an',
    procedemos: 'amos',
    procedio: 'ó',
    procedieron: 'aron',
    procediendo: 'ando',
  };
  return forms[form] === undefined ? undefined : stem + forms[form];
}

function proceedTo(text: string, folded: string, out: Finding[]) {
  PROCEED.lastIndex = 0;
  for (let m = PROCEED.exec(folded); m; m = PROCEED.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const original = text.slice(start, end);
    const verbStart = end - m[2]!.length - m[3]!.length;
    const verb = text.slice(verbStart, end);
    const conjugated = conjugate(m[1]!, text.slice(verbStart, end - 2), m[3]!);
    out.push({
      type: 'bureaucratic',
      start,
      end,
      text: original,
      ...(conjugated ? { suggestion: matchCase(original, conjugated) } : {}),
      params: { plain: conjugated ?? verb },
    });
  }
}

// ser + participle: "fue aprobado", "serán notificadas", "ha sido resuelta".
const PASSIVE =
  /(?<![\p{L}])(?:fue|fueron|sera|seran|sido|es|son|era|eran|sea|sean|seria|serian|fuera|fueran|siendo)\s+(?:(?:\p{L}+mente|ya|no|debidamente|oportunamente|previamente)\s+)?(\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas)|hech[oa]s?|dich[oa]s?|escrit[oa]s?|puest[oa]s?|resuelt[oa]s?|vist[oa]s?|abiert[oa]s?|cubiert[oa]s?|devuelt[oa]s?|impres[oa]s?|provist[oa]s?|suscrit[oa]s?|emitid[oa]s?)(?![\p{L}])/gu;
/** Words ending like participles that are adjectives or nouns after "es"/"son". */
const NOT_PARTICIPLE = new Set([
  'todo',
  'toda',
  'todos',
  'todas',
  'nado',
  'lado',
  'estado',
  'estados',
  'pasado',
  'pasada',
  'cuidado',
  'resultado',
  'resultados',
  'mercado',
  'sentido',
  'partido',
  'contenido',
  'vida',
  'medida',
  'medidas',
  'salida',
  'comida',
  'seguida',
  'nada',
  'cada',
  'entrada',
  'llegada',
  'jornada',
  'tejado',
  'dado',
  'grado',
  'cuñado',
  'abogado',
  'abogada',
  'empleado',
  'empleada',
  'delegado',
  'delegada',
  'diputado',
  'diputada',
  'ciudad',
  'unido',
  'unida',
  'querido',
  'querida',
  'necesitado',
  'adecuado',
  'adecuada',
  'privado',
  'privada',
  'sagrado',
  'ocupado',
  'ocupada',
  'encargado',
  'encargada',
  'responsable',
  'conocido',
  'conocida',
  'obligado',
  'obligada',
  'exigido',
  'mitad',
  'helado',
  'pescado',
  'soldado',
  'prado',
  'senado',
  'feriado',
  'afiliado',
  'afiliada',
]);

function passives(text: string, folded: string, out: Finding[]) {
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(folded); m; m = PASSIVE.exec(folded)) {
    if (NOT_PARTICIPLE.has(m[1]!)) continue;
    const end = m.index + m[0].length;
    out.push({ type: 'passive', start: m.index, end, text: text.slice(m.index, end), params: {} });
  }
}

// "se" + an administrative verb in the third person: who acts is hidden.
const IMPERSONAL_SE = new RegExp(
  `(?<![\\p{L}])se\\s+(?:(?:le|les)\\s+)?(?:${[
    'proced',
    'solicit',
    'inform',
    'comunic',
    'remit',
    'notific',
    'dispon',
    'dispus',
    'resuelv',
    'resolv',
    'adjunt',
    'requier',
    'requir',
    'establec',
    'realiz',
    'consider',
    'recomiend',
    'recomend',
    'indic',
    'señal',
    'senal',
    'determin',
    'autoriz',
    'aprob',
    'aprueb',
    'emit',
    'entreg',
    'tramit',
    'deneg',
    'denieg',
    'conced',
    'archiv',
    'acept',
    'registr',
    'recib',
    'envi',
    'public',
    'atiend',
    'atend',
    'verific',
    'ejecut',
    'efectu',
    'sancion',
    'prohib',
    'design',
  ].join('|')})\\p{L}*(?![\\p{L}])`,
  'gu',
);

function impersonalSe(text: string, folded: string, out: Finding[]) {
  IMPERSONAL_SE.lastIndex = 0;
  for (let m = IMPERSONAL_SE.exec(folded); m; m = IMPERSONAL_SE.exec(folded)) {
    const end = m.index + m[0].length;
    out.push({
      type: 'impersonal-se',
      start: m.index,
      end,
      text: text.slice(m.index, end),
      params: {},
    });
  }
}

const NOT_GERUND = new Set([
  'cuando',
  'mando',
  'bando',
  'blando',
  'comando',
  'fernando',
  'orlando',
  'rolando',
  'armando',
  'hernando',
  'nefando',
  'segundo',
  'mundo',
  'fondo',
  'redondo',
  'profundo',
  'rotundo',
]);

function initialGerunds(folded: string, sentences: Sentence[], out: Finding[]) {
  for (const s of sentences) {
    const first = s.words[0];
    if (!first) continue;
    const w = folded.slice(first.start, first.end);
    if (w.length >= 5 && /(?:ando|iendo|yendo)$/.test(w) && !NOT_GERUND.has(w))
      out.push({
        type: 'initial-gerund',
        start: first.start,
        end: first.end,
        text: first.text,
        params: {},
      });
  }
}

// Two or more nouns made from verbs, chained with "de": "la realización de la verificación".
const NOMINAL = '\\p{L}{3,}(?:cion|ciones|sion|siones|miento|mientos)';
const NOMINALIZATION = new RegExp(
  `(?<![\\p{L}])${NOMINAL}(?:\\s+(?:de|del)\\s+(?:(?:la|las|el|los|un|una|su|sus)\\s+)?${NOMINAL})+(?![\\p{L}])`,
  'gu',
);

function nominalizations(text: string, folded: string, out: Finding[]) {
  NOMINALIZATION.lastIndex = 0;
  for (let m = NOMINALIZATION.exec(folded); m; m = NOMINALIZATION.exec(folded)) {
    const end = m.index + m[0].length;
    out.push({
      type: 'nominalization',
      start: m.index,
      end,
      text: text.slice(m.index, end),
      params: {},
    });
  }
}

const ACRONYM = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\d]{1,9})(?![\p{L}\p{N}])/gu;

function acronyms(text: string, known: readonly string[], out: Finding[]) {
  const seen = new Set(known.map((k) => k.toUpperCase()));
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    const word = m[1]!;
    if (seen.has(word)) continue;
    seen.add(word);
    if (/^[IVXLCDM]+$/.test(word)) continue; // Roman numerals: "siglo XXI", "capítulo IV"
    if (!/\p{Lu}.*\p{Lu}/u.test(word)) continue; // one capital and digits: "A1"
    const start = m.index;
    const end = start + word.length;
    // A text in capitals (a heading, a shout) is not full of acronyms.
    const around = text.slice(Math.max(0, start - 20), end + 20);
    if ((around.match(/\p{Lu}{2,}/gu) ?? []).length > 2) continue;
    // Explained: "Ley Orgánica… (LOTAIP)" or "LOTAIP (Ley Orgánica…)".
    const after = text.slice(end, end + 3);
    const before = text.slice(Math.max(0, start - 2), start);
    if (/^\s?\(\s*\p{L}/u.test(after) && !/^\s?\(\s*\p{Lu}{2,}/u.test(after)) continue;
    if (
      /\(\s?$/.test(before) &&
      /\p{L}{3,}\s*\(\s?$/u.test(text.slice(Math.max(0, start - 40), start))
    )
      continue;
    out.push({ type: 'acronym', start, end, text: word, params: { acronym: word } });
  }
}

// Stacked negations: "no es imposible", "no deja de", "no carece de", "no … sin".
const NEGATIVE_ADJECTIVE =
  /^(?:im(?:posible|procedente|probable|prescindible|pertinente|portante_no)|in(?:necesari[oa]s?|frecuente|valid[oa]|correct[oa]|adecuad[oa]|usual|exact[oa]|oportun[oa]|suficiente|complet[oa]|existente|admisible|aceptable|competente|comun|conveniente|habitual|justificad[oa]|justo|justa)|i(?:legal|legitim[oa]|rrelevante|rregular|nfundad[oa])|des(?:conocid[oa]|favorable|cartable|acertad[oa]|preciable|proporcionad[oa]))$/;
const DOUBLE_NEGATIVE =
  /(?<![\p{L}])no\s+(?:(es|son|era|eran|sera|seran|resulta|resultan|parece|parecen|esta|estan|fue|fueron)\s+(\p{L}+)|(?:deja|dejan|dejo|dejara|dejaran|carece|carecen)\s+de|(?:\p{L}+\s+){1,3}sin)(?![\p{L}])/gu;

function positiveOf(adjective: string): string {
  if (/^(?:irr)/.test(adjective)) return adjective.slice(2);
  if (/^(?:il)/.test(adjective)) return adjective.slice(1);
  if (/^des/.test(adjective)) return adjective.slice(3);
  return adjective.slice(2);
}

function doubleNegatives(text: string, folded: string, out: Finding[]) {
  DOUBLE_NEGATIVE.lastIndex = 0;
  for (let m = DOUBLE_NEGATIVE.exec(folded); m; m = DOUBLE_NEGATIVE.exec(folded)) {
    const start = m.index;
    const end = start + m[0].length;
    const original = text.slice(start, end);
    if (m[1] !== undefined) {
      if (!NEGATIVE_ADJECTIVE.test(m[2]!)) {
        // Not a negative adjective: look again from the verb (it may start "no … sin").
        DOUBLE_NEGATIVE.lastIndex = start + 2;
        continue;
      }
      const verb = text.slice(start + 3, start + 3 + m[1].length);
      const adjective = text.slice(end - m[2]!.length, end);
      out.push({
        type: 'double-negative',
        start,
        end,
        text: original,
        suggestion: matchCase(original, `${verb} ${positiveOf(adjective)}`),
        params: {},
      });
      continue;
    }
    out.push({ type: 'double-negative', start, end, text: original, params: {} });
  }
}

/** All findings of a text already split into paragraphs, in text order. */
export function findFindings(
  text: string,
  paragraphs: Paragraph[],
  options: FindingOptions = {},
): Finding[] {
  const out: Finding[] = [];
  const folded = fold(text);
  const maxWords = options.maxSentenceWords ?? DEFAULT_MAX_SENTENCE_WORDS;
  const maxLines = options.maxParagraphLines ?? DEFAULT_MAX_PARAGRAPH_LINES;
  const sentences = paragraphs.flatMap((p) => p.sentences);
  for (const p of paragraphs)
    if (p.lines > maxLines)
      out.push({
        type: 'long-paragraph',
        start: p.start,
        end: p.end,
        text: text.slice(p.start, p.end),
        params: { lines: p.lines, max: maxLines },
      });
  for (const s of sentences)
    if (s.words.length > maxWords)
      out.push({
        type: 'long-sentence',
        start: s.start,
        end: s.end,
        text: text.slice(s.start, s.end),
        params: { words: s.words.length, max: maxWords },
      });
  passives(text, folded, out);
  impersonalSe(text, folded, out);
  initialGerunds(folded, sentences, out);
  nominalizations(text, folded, out);
  bureaucratic(text, folded, options.phrases ?? [], out);
  acronyms(text, options.knownAcronyms ?? DEFAULT_KNOWN_ACRONYMS, out);
  doubleNegatives(text, folded, out);
  const ignore = new Set(options.ignore ?? []);
  return out.filter((f) => !ignore.has(f.type)).sort((a, b) => a.start - b.start || b.end - a.end);
}
