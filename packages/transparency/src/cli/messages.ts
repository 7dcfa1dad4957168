/**
 * The command-line tool's messages, Spanish (default) and English. Node only.
 */
const es = {
  usage: `Uso:
  minga-transparency build <carpeta> [--out index.json] [--institution "Nombre"]
  minga-transparency missing <carpeta|index.json> [--month AAAA-MM]
  minga-transparency check-links <index.json> [--timeout ms] [--concurrency n]
  minga-transparency check-text <carpeta|index.json> [--level algo-dificil]

Opciones comunes: --lang es|en, --help.
La carpeta sigue la convención <año>/<mes>/<NN>-<nombre>.<ext> (por ejemplo 2026/10/03-remuneraciones.csv).`,
  unknownCommand: 'Orden desconocida: «{command}».',
  badOption: 'Opción no válida: {message}',
  noFolder: 'No existe la carpeta «{path}».',
  noFile: 'No existe el archivo «{path}».',
  badJson: 'El archivo «{path}» no es un JSON válido.',
  badMonth: 'El mes «{month}» no es válido: escríbalo como AAAA-MM.',
  badConfig: 'transparencia.json no es un JSON válido; se ignora.',
  ignoredName: '{path}: el nombre no sigue la convención NN-nombre.ext; se ignora.',
  ignoredFormat: '{path}: el formato «{ext}» no es conocido; se ignora.',
  unknownNumeral: '{path}: el numeral {numeral} no está en la lista del artículo 19; se ignora.',
  emptyJustification: '{path}: el archivo «no aplica» está vacío; escriba allí por qué no aplica.',
  emptyLink: '{path}: el archivo de enlace no tiene una dirección http(s); se ignora.',
  issue: 'Aviso: {message}',
  written: 'Índice escrito en {path}: {months} meses, {files} archivos.',
  missingTitle: 'Falta publicar en {month} (plazo: {deadline}):',
  missingLine: '  {numeral}. {title} — {status}',
  statusLate: 'atrasado',
  statusPending: 'pendiente, aún a tiempo',
  complete: '{month} está completo. Publicados: {published}. No aplican: {na}.',
  missingCount: '{count} de {total} numerales sin publicar.',
  noMonth: 'El índice no tiene el mes {month}: falta todo.',
  linkBroken: '{where}: {url} — {reason}',
  linkSummary: '{checked} enlaces revisados, {broken} rotos.',
  reasonMissingFile: 'el archivo no existe',
  reasonStatus: 'responde con error {status}',
  reasonTimeout: 'no responde (se agotó el tiempo)',
  reasonNetwork: 'no se pudo conectar',
  textHard: '{where}: difícil de leer, {score} ({band}): «{text}»',
  textFindings: '{where}: {score} ({band}): «{text}»',
  textFinding: '    «{text}»: {explanation}',
  textSummary: '{checked} textos revisados; {below} por debajo del nivel «{level}».',
  badLevel:
    'El nivel «{level}» no existe. Use muy-dificil, algo-dificil, normal, bastante-facil o muy-facil.',
};

const en: typeof es = {
  usage: `Usage:
  minga-transparency build <folder> [--out index.json] [--institution "Name"]
  minga-transparency missing <folder|index.json> [--month YYYY-MM]
  minga-transparency check-links <index.json> [--timeout ms] [--concurrency n]
  minga-transparency check-text <folder|index.json> [--level algo-dificil]

Common options: --lang es|en, --help.
The folder follows <year>/<month>/<NN>-<name>.<ext> (for example 2026/10/03-remuneraciones.csv).`,
  unknownCommand: 'Unknown command: "{command}".',
  badOption: 'Invalid option: {message}',
  noFolder: 'The folder "{path}" does not exist.',
  noFile: 'The file "{path}" does not exist.',
  badJson: 'The file "{path}" is not valid JSON.',
  badMonth: 'The month "{month}" is not valid: write it as YYYY-MM.',
  badConfig: 'transparencia.json is not valid JSON; it is ignored.',
  ignoredName: '{path}: the name does not follow NN-name.ext; it is ignored.',
  ignoredFormat: '{path}: the format "{ext}" is not known; it is ignored.',
  unknownNumeral: '{path}: numeral {numeral} is not in the article 19 list; it is ignored.',
  emptyJustification:
    '{path}: the "not applicable" file is empty; write in it why it does not apply.',
  emptyLink: '{path}: the link file has no http(s) address; it is ignored.',
  issue: 'Warning: {message}',
  written: 'Index written to {path}: {months} months, {files} files.',
  missingTitle: 'Still to publish for {month} (deadline: {deadline}):',
  missingLine: '  {numeral}. {title} — {status}',
  statusLate: 'late',
  statusPending: 'pending, still on time',
  complete: '{month} is complete. Published: {published}. Not applicable: {na}.',
  missingCount: '{count} of {total} numerals not published.',
  noMonth: 'The index has no month {month}: everything is missing.',
  linkBroken: '{where}: {url} — {reason}',
  linkSummary: '{checked} links checked, {broken} broken.',
  reasonMissingFile: 'the file does not exist',
  reasonStatus: 'answers with error {status}',
  reasonTimeout: 'does not answer (timed out)',
  reasonNetwork: 'could not connect',
  textHard: '{where}: hard to read, {score} ({band}): "{text}"',
  textFindings: '{where}: {score} ({band}): "{text}"',
  textFinding: '    "{text}": {explanation}',
  textSummary: '{checked} texts checked; {below} below the level "{level}".',
  badLevel:
    'The level "{level}" does not exist. Use muy-dificil, algo-dificil, normal, bastante-facil or muy-facil.',
};

export type CliKey = keyof typeof es;

/** A CLI message in `lang`. */
export function t(lang: string, key: CliKey, params: Record<string, string | number> = {}): string {
  const text = (lang.startsWith('en') ? en : es)[key];
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    params[name] === undefined ? all : String(params[name]),
  );
}

/** "octubre de 2026" / "October 2026". */
export function monthName(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang.startsWith('en') ? 'en' : 'es-EC', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/** "10 de noviembre de 2026" / "10 November 2026". */
export function dayName(day: string, lang: string): string {
  return new Intl.DateTimeFormat(lang.startsWith('en') ? 'en-GB' : 'es-EC', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}
