/**
 * Embed snippets: for each Minga element, the attributes a webmaster sets (with a short label
 * in Spanish and English, a type and an example value), and `snippetFor()`, which writes the
 * HTML to paste into a CMS: the one `<script>` that loads `minga.js`, then the element.
 *
 * Pure: no DOM, no Lit. The demo site's embed builder, the end-to-end tests and the README use
 * this module, so the snippets a webmaster copies are the ones that are tested.
 *
 * The example values point at the demo site's sample data (fictional data, clearly marked as
 * such on the demo): replace them with your municipality's files.
 */

/** A label in the languages Minga ships. */
export interface SnippetLabel {
  es: string;
  en: string;
}

/** How the embed builder asks for an attribute's value. */
export type SnippetAttributeType = 'text' | 'url' | 'number' | 'boolean' | 'select';

/** A value of an attribute: booleans are present or absent; the rest are written as text. */
export type SnippetValue = string | number | boolean;

/** One choice of a `select` attribute. */
export interface SnippetOption {
  value: string;
  label: SnippetLabel;
}

/** An attribute a webmaster sets on an element. */
export interface SnippetAttribute {
  /** The attribute's name, as written in HTML (`page-size`). */
  name: string;
  /** A short label for a form field. */
  label: SnippetLabel;
  type: SnippetAttributeType;
  /** The choices, for `select`. An empty `value` means "not set" (the element's default). */
  options?: readonly SnippetOption[];
  /** The element's own default (shown as a hint; not written into the snippet). */
  default?: SnippetValue;
  /** The value of the canonical example; absent when the example leaves it unset. */
  example?: SnippetValue;
  /** The element does nothing useful without it. */
  required?: boolean;
  /** Smallest and largest value, for `number`. */
  min?: number;
  max?: number;
}

/** The canonical embed example of one element. */
export interface ElementSnippet {
  tag: string;
  /** The element's name for people ("Tabla de datos abiertos"). */
  label: SnippetLabel;
  /** One sentence: what it shows or does. */
  description: SnippetLabel;
  attributes: readonly SnippetAttribute[];
}

/** Where the snippets load `minga.js` from unless told otherwise (a public CDN). */
export const DEFAULT_SCRIPT_SRC = 'https://cdn.jsdelivr.net/npm/@minga/elements/dist/minga.js';

const l = (es: string, en: string): SnippetLabel => ({ es, en });
const opt = (value: string, es: string, en: string): SnippetOption => ({ value, label: l(es, en) });

const PROGRESS_STATUS_OPTIONS: readonly SnippetOption[] = [
  opt('', 'Sin estado', 'No status'),
  opt('target_achieved', 'Meta alcanzada', 'Target achieved'),
  opt('substantial_progress', 'Progreso sustancial', 'Substantial progress'),
  opt('moderate_progress', 'Progreso moderado', 'Moderate progress'),
  opt('limited_progress', 'Progreso limitado', 'Limited progress'),
  opt('deterioration', 'Retroceso', 'Deterioration'),
  opt('not_available', 'Sin datos suficientes', 'Not enough data'),
];

const DIRECTION_OPTIONS: readonly SnippetOption[] = [
  opt('higher', 'Más es mejor', 'Higher is better'),
  opt('lower', 'Menos es mejor', 'Lower is better'),
];

/** Every element's canonical embed example, in the order the embed builder lists them. */
export const elementSnippets: readonly ElementSnippet[] = [
  {
    tag: 'minga-data-table',
    label: l('Tabla de datos abiertos', 'Open data table'),
    description: l(
      'Una tabla que se puede buscar, ordenar, filtrar y descargar, desde un archivo CSV o JSON o un portal CKAN.',
      'A table people can search, sort, filter and download, from a CSV or JSON file or a CKAN portal.',
    ),
    attributes: [
      {
        name: 'src',
        label: l('Dirección del archivo CSV o JSON', 'Address of the CSV or JSON file'),
        type: 'url',
        example: '/datos/obras-publicas-2026.csv',
      },
      {
        name: 'caption',
        label: l('Título de la tabla', 'Table title'),
        type: 'text',
        required: true,
        example: 'Obras públicas 2026 (datos ficticios)',
      },
      {
        name: 'ckan-url',
        label: l('Portal CKAN (en lugar del archivo)', 'CKAN portal (instead of the file)'),
        type: 'url',
      },
      {
        name: 'resource-id',
        label: l('Identificador del recurso en CKAN', 'CKAN resource id'),
        type: 'text',
      },
      {
        name: 'page-size',
        label: l('Filas por página', 'Rows per page'),
        type: 'select',
        options: [
          opt('10', '10', '10'),
          opt('25', '25', '25'),
          opt('50', '50', '50'),
          opt('100', '100', '100'),
        ],
        default: '25',
      },
      {
        name: 'density',
        label: l('Espaciado de las filas', 'Row spacing'),
        type: 'select',
        options: [
          opt('comfortable', 'Cómodo', 'Comfortable'),
          opt('compact', 'Compacto', 'Compact'),
        ],
        default: 'comfortable',
      },
      {
        name: 'virtual',
        label: l(
          'Desplazamiento continuo (tablas muy grandes)',
          'Continuous scrolling (very large tables)',
        ),
        type: 'boolean',
        default: false,
      },
      {
        name: 'sync-url',
        label: l(
          'Guardar la vista en la dirección de la página',
          'Keep the view in the page address',
        ),
        type: 'boolean',
        default: false,
      },
      {
        name: 'download-name',
        label: l('Nombre de los archivos descargados', 'Name of downloaded files'),
        type: 'text',
      },
    ],
  },
  {
    tag: 'minga-sdg-grid',
    label: l('Los 17 ODS', 'The 17 SDGs'),
    description: l(
      'Los 17 Objetivos de Desarrollo Sostenible con cuántos indicadores avanzan, desde un índice JSON.',
      'The 17 Sustainable Development Goals with how many indicators are on track, from a JSON index.',
    ),
    attributes: [
      {
        name: 'src',
        label: l('Dirección del índice JSON', 'Address of the JSON index'),
        type: 'url',
        required: true,
        example: '/ods/indice.json',
      },
      {
        name: 'filter',
        label: l('Mostrar', 'Show'),
        type: 'select',
        options: [
          opt('all', 'Todos', 'All'),
          opt('on-track', 'En camino', 'On track'),
          opt('limited', 'Progreso limitado', 'Limited progress'),
          opt('deterioration', 'Retroceso', 'Deterioration'),
          opt('no-data', 'Sin datos', 'No data'),
        ],
        default: 'all',
      },
      {
        name: 'label',
        label: l('Nombre de la lista (lectores de pantalla)', 'List name (screen readers)'),
        type: 'text',
      },
    ],
  },
  {
    tag: 'minga-sdg-indicator',
    label: l('Indicador ODS', 'SDG indicator'),
    description: l(
      'Un indicador con gráfico, tabla, meta, estado de avance y descargas, desde un CSV de Open SDG.',
      'An indicator with chart, table, target, progress status and downloads, from an Open SDG CSV.',
    ),
    attributes: [
      {
        name: 'src',
        label: l('Dirección del CSV del indicador', 'Address of the indicator CSV'),
        type: 'url',
        required: true,
        example: '/ods/datos/indicator_6-1-1.csv',
      },
      {
        name: 'meta',
        label: l(
          'Dirección de los metadatos (JSON o YAML)',
          'Address of the metadata (JSON or YAML)',
        ),
        type: 'url',
        example: '/ods/meta/6-1-1.json',
      },
      {
        name: 'label',
        label: l('Nombre del indicador', 'Indicator name'),
        type: 'text',
        example: '6.1.1 Población que usa agua potable gestionada de forma segura',
      },
      { name: 'target', label: l('Meta', 'Target'), type: 'number', example: 95 },
      {
        name: 'target-year',
        label: l('Año de la meta', 'Target year'),
        type: 'number',
        default: 2030,
        example: 2030,
        min: 2000,
        max: 2100,
      },
      {
        name: 'direction',
        label: l('Sentido', 'Direction'),
        type: 'select',
        options: DIRECTION_OPTIONS,
        default: 'lower',
        example: 'higher',
      },
      { name: 'unit', label: l('Unidad', 'Unit'), type: 'text', example: '%' },
      {
        name: 'chart',
        label: l('Tipo de gráfico', 'Chart type'),
        type: 'select',
        options: [
          opt('', 'Automático', 'Automatic'),
          opt('line', 'Líneas', 'Lines'),
          opt('bar', 'Barras', 'Bars'),
        ],
      },
      {
        name: 'view',
        label: l('Vista inicial', 'First view'),
        type: 'select',
        options: [opt('chart', 'Gráfico', 'Chart'), opt('table', 'Tabla', 'Table')],
        default: 'chart',
      },
    ],
  },
  {
    tag: 'minga-sdg-goal',
    label: l('Tarjeta de un ODS', 'SDG card'),
    description: l(
      'Un Objetivo de Desarrollo Sostenible con su color, su estado y una cifra; puede enlazar a su página.',
      'One Sustainable Development Goal with its colour, status and a figure; it can link to its page.',
    ),
    attributes: [
      {
        name: 'goal',
        label: l('Número del objetivo (1 a 17)', 'Goal number (1 to 17)'),
        type: 'number',
        required: true,
        example: 6,
        min: 1,
        max: 17,
      },
      {
        name: 'size',
        label: l('Tamaño', 'Size'),
        type: 'select',
        options: [opt('card', 'Tarjeta', 'Card'), opt('tile', 'Mosaico', 'Tile')],
        default: 'card',
      },
      {
        name: 'status',
        label: l('Estado de avance', 'Progress status'),
        type: 'select',
        options: PROGRESS_STATUS_OPTIONS,
        example: 'moderate_progress',
      },
      {
        name: 'figure',
        label: l('Cifra destacada', 'Headline figure'),
        type: 'text',
        example: '82,6 %',
      },
      {
        name: 'figure-label',
        label: l('Qué mide la cifra', 'What the figure measures'),
        type: 'text',
        example: 'Población con agua potable segura, 2025',
      },
      {
        name: 'href',
        label: l('Enlace a la página del objetivo', 'Link to the goal page'),
        type: 'url',
        example: '/ods.html?indicator=6-1-1',
      },
      { name: 'summary', label: l('Línea de resumen', 'Summary line'), type: 'text' },
    ],
  },
  {
    tag: 'minga-sdg-progress',
    label: l('Avance hacia una meta', 'Progress towards a target'),
    description: l(
      'Un valor frente a su meta, en palabras y con una barra.',
      'One value against its target, in words and as a bar.',
    ),
    attributes: [
      {
        name: 'label',
        label: l('Qué se mide', 'What is measured'),
        type: 'text',
        required: true,
        example: 'Población con agua potable segura',
      },
      {
        name: 'value',
        label: l('Valor actual', 'Current value'),
        type: 'number',
        required: true,
        example: 82.6,
      },
      {
        name: 'baseline',
        label: l('Valor inicial', 'Starting value'),
        type: 'number',
        default: 0,
        example: 72.7,
      },
      { name: 'target', label: l('Meta', 'Target'), type: 'number', required: true, example: 95 },
      { name: 'unit', label: l('Unidad', 'Unit'), type: 'text', example: '%' },
      {
        name: 'direction',
        label: l('Sentido', 'Direction'),
        type: 'select',
        options: DIRECTION_OPTIONS,
        default: 'higher',
      },
    ],
  },
  {
    tag: 'minga-info-request',
    label: l('Solicitud de acceso a la información', 'Access-to-information request'),
    description: l(
      'El formulario para pedir información pública (LOTAIP), con acuse de recibo y plazos.',
      'The form to ask for public information (LOTAIP), with a receipt and deadlines.',
    ),
    attributes: [
      {
        name: 'endpoint',
        label: l('Dirección del servicio de solicitudes', 'Address of the request service'),
        type: 'url',
        required: true,
        example: '/api/requests',
      },
      {
        name: 'institution',
        label: l('Nombre de la institución', 'Name of the institution'),
        type: 'text',
        required: true,
        example: 'GAD Municipal de San Isidro del Valle (ficticio)',
      },
      {
        name: 'status-url',
        label: l('Página para consultar el estado', 'Page to check the status'),
        type: 'url',
        example: '/acceso-a-la-informacion.html',
      },
      {
        name: 'id-optional',
        label: l('La cédula es opcional', 'The ID number is optional'),
        type: 'boolean',
        default: false,
      },
      {
        name: 'no-draft',
        label: l(
          'No guardar borrador (computadoras compartidas)',
          'Keep no draft (shared computers)',
        ),
        type: 'boolean',
        default: false,
      },
      {
        name: 'preview',
        label: l('Vista previa: no envía nada', 'Preview: sends nothing'),
        type: 'boolean',
        default: false,
      },
      {
        name: 'response-days',
        label: l('Días para responder', 'Days to answer'),
        type: 'number',
        default: 10,
        min: 1,
      },
    ],
  },
  {
    tag: 'minga-request-status',
    label: l('Estado de una solicitud', 'Request status'),
    description: l(
      'Busca una solicitud de información por su código y muestra su estado y su respuesta.',
      'Looks up an information request by its code and shows its status and answer.',
    ),
    attributes: [
      {
        name: 'endpoint',
        label: l('Dirección del servicio de solicitudes', 'Address of the request service'),
        type: 'url',
        required: true,
        example: '/api/requests',
      },
      { name: 'code', label: l('Código de la solicitud', 'Request code'), type: 'text' },
    ],
  },
  {
    tag: 'minga-transparency',
    label: l('Transparencia activa (LOTAIP)', 'Active transparency (LOTAIP)'),
    description: l(
      'La información que la institución publica cada mes según el artículo 19 de la LOTAIP.',
      'The information the institution publishes every month under article 19 of the LOTAIP.',
    ),
    attributes: [
      {
        name: 'src',
        label: l(
          'Dirección del índice de transparencia (JSON)',
          'Address of the transparency index (JSON)',
        ),
        type: 'url',
        required: true,
        example: '/datos/transparencia/index.json',
      },
      {
        name: 'view',
        label: l('Vista inicial', 'First view'),
        type: 'select',
        options: [opt('month', 'Un mes', 'One month'), opt('year', 'Todo el año', 'Whole year')],
        default: 'month',
      },
      {
        name: 'month',
        label: l(
          'Mes que se muestra (AAAA-MM; por defecto, el último)',
          'Month shown (YYYY-MM; default: the latest)',
        ),
        type: 'text',
      },
      {
        name: 'deadline-day',
        label: l(
          'Día del mes siguiente en que vence la publicación',
          'Day of the next month publication is due',
        ),
        type: 'number',
        default: 10,
        min: 1,
        max: 28,
      },
      {
        name: 'sync-url',
        label: l(
          'Guardar el mes en la dirección de la página',
          'Keep the month in the page address',
        ),
        type: 'boolean',
        default: false,
      },
    ],
  },
];

/** The canonical example of `tag`; throws for a tag Minga does not have. */
export function snippetInfo(tag: string): ElementSnippet {
  const found = elementSnippets.find((s) => s.tag === tag);
  if (found === undefined) throw new RangeError(`Unknown Minga element: <${tag}>`);
  return found;
}

/** The attribute values of `tag`'s canonical example. */
export function exampleValues(tag: string): Record<string, SnippetValue> {
  const values: Record<string, SnippetValue> = {};
  for (const attribute of snippetInfo(tag).attributes)
    if (attribute.example !== undefined) values[attribute.name] = attribute.example;
  return values;
}

/** Escapes text for a double-quoted HTML attribute value (and for element text). */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Options of `snippetFor()`. */
export interface SnippetOptions {
  /** Where `minga.js` is: your own copy, or a CDN (default {@link DEFAULT_SCRIPT_SRC}). */
  scriptSrc?: string;
  /** Write the `<script>` line (default `true`; one per page is enough). */
  script?: boolean;
}

/** Longest line kept on one line; longer elements get one attribute per line. */
const LINE_WIDTH = 100;

/** The `<script>` line that loads `minga.js`. */
export function scriptTag(scriptSrc: string = DEFAULT_SCRIPT_SRC): string {
  return `<script type="module" src="${escapeAttribute(scriptSrc)}"></script>`;
}

/**
 * The HTML of one element with the given attribute values. Empty strings, `false`,
 * `undefined` and `NaN` leave an attribute out; `true` writes a boolean attribute. Attributes
 * follow the order of the element's snippet; unknown names throw (a typo would otherwise be
 * silently ignored by the browser).
 */
export function elementHtml(
  tag: string,
  values: Readonly<Record<string, SnippetValue | null | undefined>> = exampleValues(tag),
): string {
  const info = snippetInfo(tag);
  const known = new Set(info.attributes.map((a) => a.name));
  for (const name of Object.keys(values))
    if (!known.has(name)) throw new RangeError(`<${tag}> has no attribute "${name}"`);
  const parts: string[] = [];
  for (const attribute of info.attributes) {
    const value = values[attribute.name];
    if (value === undefined || value === null || value === false || value === '') continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    if (value === true) parts.push(attribute.name);
    else parts.push(`${attribute.name}="${escapeAttribute(String(value))}"`);
  }
  const oneLine = `<${tag}${parts.map((p) => ` ${p}`).join('')}></${tag}>`;
  if (oneLine.length <= LINE_WIDTH) return oneLine;
  return `<${tag}\n${parts.map((p) => `  ${p}\n`).join('')}></${tag}>`;
}

/**
 * The snippet a webmaster pastes into a page: the `<script>` that loads `minga.js`, then the
 * element with its attributes (values escaped for HTML attributes).
 *
 * @example snippetFor('minga-sdg-goal', { goal: 6 }, { scriptSrc: '/minga/minga.js' })
 */
export function snippetFor(
  tag: string,
  values: Readonly<Record<string, SnippetValue | null | undefined>> = exampleValues(tag),
  options: SnippetOptions = {},
): string {
  const element = elementHtml(tag, values);
  return options.script === false ? element : `${scriptTag(options.scriptSrc)}\n${element}`;
}
