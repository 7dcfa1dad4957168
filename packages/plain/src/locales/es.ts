import type { Message } from '@minga/core';

/** Messages of @minga/plain in Spanish (the default). */
export const es = {
  // Findings: what is wrong, in one or two plain sentences.
  'plain.finding.long-sentence':
    'Frase de {words} palabras. Las frases de más de {max} palabras cuestan; divídala en dos o tres.',
  'plain.finding.long-paragraph':
    'Párrafo de unas {lines} líneas. Con más de {max} líneas se lee peor; sepárelo en dos.',
  'plain.finding.passive':
    'Voz pasiva: no dice quién actúa. Escriba quién lo hace: «el concejo aprobó» y no «fue aprobado».',
  'plain.finding.impersonal-se':
    '«Se» impersonal: esconde quién actúa. Diga quién lo hace: «le enviamos» y no «se remite».',
  'plain.finding.initial-gerund': 'Frase que empieza con un gerundio. Empiece por quién hace qué.',
  'plain.finding.nominalization':
    'Sustantivos en cadena. Use el verbo: «verificar» y no «la realización de la verificación».',
  'plain.finding.bureaucratic': 'Expresión administrativa. Escriba más sencillo: «{plain}».',
  'plain.finding.bureaucratic-omit': 'Expresión administrativa que no aporta nada: puede quitarla.',
  'plain.finding.acronym':
    '«{acronym}» aparece sin explicar. La primera vez, escriba el nombre completo y la sigla entre paréntesis.',
  'plain.finding.double-negative':
    'Doble negación. Dígalo en positivo: «es posible» y no «no es imposible».',
  // <minga-plain-check>.
  'plain.check.label': 'Texto',
  'plain.check.score': 'Legibilidad: {score}, {band}.',
  'plain.check.other-scores': 'Fernández-Huerta: {fh} ({fhBand}). µ: {mu} ({muBand}).',
  'plain.check.limits': 'Las fórmulas miden la longitud de palabras y frases, no la claridad.',
  'plain.check.spanish-only': 'El análisis es solo para textos en español.',
  'plain.check.findings-title': 'Qué revisar',
  'plain.check.none': 'No hay nada que revisar.',
  'plain.check.count': {
    zero: 'Nada que revisar.',
    one: '1 cosa que revisar.',
    other: '{count} cosas que revisar.',
  },
  'plain.check.show': 'Mostrar en el texto',
  'plain.check.apply': 'Cambiar por «{suggestion}»',
  'plain.check.remove': 'Quitar',
  'plain.check.applied': 'Cambiado. {summary}',
  'plain.check.advice': 'Son consejos: usted decide qué cambiar.',
  'plain.check.no-target': 'No se encuentra el cuadro de texto «{id}».',
  // Bands.
  'plain.band.very-hard': 'muy difícil',
  'plain.band.hard': 'difícil',
  'plain.band.fairly-hard': 'bastante difícil',
  'plain.band.somewhat-hard': 'algo difícil',
  'plain.band.normal': 'normal',
  'plain.band.adequate': 'adecuado',
  'plain.band.somewhat-easy': 'un poco fácil',
  'plain.band.fairly-easy': 'bastante fácil',
  'plain.band.easy': 'fácil',
  'plain.band.very-easy': 'muy fácil',
  'plain.band.none': 'texto muy corto para medir',
  'plain.score.inflesz': 'Legibilidad (INFLESZ)',
  'plain.score.fernandezHuerta': 'Fernández-Huerta',
  'plain.score.mu': 'µ (Muñoz)',
} satisfies Record<string, Message>;

/** The keys of @minga/plain's messages. */
export type PlainMessages = { [K in keyof typeof es]: Message };
