/**
 * The command-line tool's messages, Spanish (default) and English. Node only.
 */
const es = {
  usage: `Uso:
  minga-plain check <archivo.html|.md|.txt>… [--level normal] [--json]
      [--max-sentence-words 30] [--phrases frases.json]

Revisa la legibilidad de textos en español (lenguaje claro): la puntuación INFLESZ con su
nivel, y frases largas, voz pasiva, expresiones administrativas, siglas sin explicar…
Termina con el código 1 si algún archivo queda por debajo del nivel pedido con --level
(muy-dificil, algo-dificil, normal, bastante-facil, muy-facil; por defecto algo-dificil),
y con 2 si no puede leer un archivo.

Opciones comunes: --lang es|en, --help.`,
  unknownCommand: 'Orden desconocida: «{command}».',
  badOption: 'Opción no válida: {message}',
  badLevel:
    'El nivel «{level}» no existe. Use muy-dificil, algo-dificil, normal, bastante-facil o muy-facil.',
  noFiles: 'Indique al menos un archivo .html, .md o .txt.',
  noFile: 'No se puede leer el archivo «{path}».',
  badPhrases: 'El archivo de frases «{path}» debe ser una lista JSON de { "phrase", "plain" }.',
  fileScore: '{path}: legibilidad {score} ({band}), {words} palabras, {count} avisos.',
  fileShort: '{path}: texto muy corto para medir, {count} avisos.',
  finding: '  {line}:{column} {text} — {explanation}',
  belowLevel: '{path}: por debajo del nivel «{level}».',
  summary: '{files} archivos revisados; {below} por debajo del nivel «{level}».',
  limits: 'Las fórmulas miden la longitud de palabras y frases, no la claridad.',
};

const en: typeof es = {
  usage: `Usage:
  minga-plain check <file.html|.md|.txt>… [--level normal] [--json]
      [--max-sentence-words 30] [--phrases phrases.json]

Checks how readable Spanish texts are (plain language): the INFLESZ score with its band, and
long sentences, passive voice, bureaucratic phrases, unexplained acronyms…
Exits with 1 when a file is below the level given with --level (muy-dificil, algo-dificil,
normal, bastante-facil, muy-facil; default algo-dificil), and with 2 when a file cannot be read.

Common options: --lang es|en, --help.`,
  unknownCommand: 'Unknown command: "{command}".',
  badOption: 'Invalid option: {message}',
  badLevel:
    'The level "{level}" does not exist. Use muy-dificil, algo-dificil, normal, bastante-facil or muy-facil.',
  noFiles: 'Give at least one .html, .md or .txt file.',
  noFile: 'Cannot read the file "{path}".',
  badPhrases: 'The phrases file "{path}" must be a JSON list of { "phrase", "plain" }.',
  fileScore: '{path}: readability {score} ({band}), {words} words, {count} findings.',
  fileShort: '{path}: too short to measure, {count} findings.',
  finding: '  {line}:{column} {text} — {explanation}',
  belowLevel: '{path}: below the level "{level}".',
  summary: '{files} files checked; {below} below the level "{level}".',
  limits: 'The formulas measure the length of words and sentences, not clarity.',
};

export type CliKey = keyof typeof es;

/** A CLI message in `lang`. */
export function t(lang: string, key: CliKey, params: Record<string, string | number> = {}): string {
  const text = (lang.startsWith('en') ? en : es)[key];
  return text.replace(/\{(\w+)\}/g, (all, name: string) =>
    params[name] === undefined ? all : String(params[name]),
  );
}
