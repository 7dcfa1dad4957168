/**
 * JSON and already-parsed objects to a typed table: an array of objects (or of arrays, the
 * first being the header), `{ data | records | items: [...] }`, and CKAN's
 * `{ success, result: { records, fields } }`. Strings are typed like CSV cells; numbers,
 * booleans and `Date`s are kept. DOM-free.
 */
import { EngineError } from './csv.js';
import type { RawWarning } from './csv.js';
import { INVALID, converterFor, inferColumn, MONEY_NAME } from './infer.js';
import type { ColumnSpec } from './infer.js';
import { specFromSchema } from './schema.js';
import { isPlaceholder } from './values.js';
import type {
  Cell,
  Column,
  ColumnOverride,
  ColumnType,
  DecimalSeparator,
  Row,
  TableSchema,
} from './types.js';

/** A CKAN DataStore field. */
export interface CkanField {
  id: string;
  type: string;
  info?: { label?: string; notes?: string; type_override?: string };
}

/** Our column type for a CKAN DataStore type (text, numeric, int4, int8, float8, timestamp, date, bool…). */
export function typeFromCkan(type: string): ColumnType {
  switch (type.toLowerCase()) {
    case 'int':
    case 'int2':
    case 'int4':
    case 'int8':
    case 'integer':
    case 'bigint':
    case 'smallint':
      return 'integer';
    case 'numeric':
    case 'float4':
    case 'float8':
    case 'double precision':
    case 'real':
    case 'number':
      return 'number';
    case 'timestamp':
    case 'timestamptz':
    case 'datetime':
      return 'datetime';
    case 'date':
      return 'date';
    case 'bool':
    case 'boolean':
      return 'boolean';
    default:
      return 'text';
  }
}

/** CKAN's internal columns, never shown. */
export const CKAN_HIDDEN = new Set(['_id', '_full_text']);

export interface JsonTableOptions {
  decimal?: DecimalSeparator;
  columns?: Record<string, ColumnOverride>;
  schema?: TableSchema;
  columnLabel?: string;
  infer?: boolean;
}

export interface JsonTable {
  columns: Column[];
  rows: Row[];
  warnings: RawWarning[];
  fields?: CkanField[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Finds the records (and CKAN fields) in a parsed JSON value. */
export function findRecords(value: unknown): { records: unknown[]; fields?: CkanField[] } {
  if (Array.isArray(value)) return { records: value };
  if (isRecord(value)) {
    const result = value.result;
    if ('success' in value && value.success === false) {
      const error = isRecord(value.error) ? value.error : {};
      throw new EngineError('ckan', { message: ckanErrorText(error), type: error.__type });
    }
    if (isRecord(result) && Array.isArray(result.records))
      return {
        records: result.records,
        fields: Array.isArray(result.fields) ? (result.fields as CkanField[]) : undefined,
      };
    for (const key of ['data', 'records', 'items', 'rows', 'results', 'features'])
      if (Array.isArray(value[key])) return { records: value[key] as unknown[] };
  }
  throw new EngineError('not-table');
}

/** The message of a CKAN error object (validation errors have none: their fields are listed). */
export function ckanErrorText(error: Record<string, unknown>): string {
  if (typeof error.message === 'string' && error.message) return error.message;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(error)) {
    if (key === '__type') continue;
    parts.push(`${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  }
  return parts.join('; ') || (typeof error.__type === 'string' ? error.__type : '');
}

function sampleText(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' || isPlaceholder(t) ? undefined : t;
  }
  return undefined;
}

function jsonSpec(values: unknown[], header: string, decimal: DecimalSeparator): ColumnSpec {
  let numbers = 0;
  let fraction = 0;
  let booleans = 0;
  let dates = 0;
  let dateTimes = 0;
  let strings = 0;
  let others = 0;
  const texts: string[] = [];
  for (const v of values) {
    if (v === null || v === undefined || v === '') continue;
    if (typeof v === 'number') {
      numbers++;
      if (!Number.isInteger(v)) fraction++;
    } else if (typeof v === 'boolean') booleans++;
    else if (v instanceof Date) {
      dates++;
      const t = v.getTime();
      if (t % 86400000 !== 0) dateTimes++;
    } else if (typeof v === 'string') {
      strings++;
      const t = sampleText(v);
      if (t !== undefined) texts.push(t);
    } else others++;
  }
  if (others > 0) return { type: 'text' };
  if (strings === 0) {
    if (numbers > 0 && booleans === 0 && dates === 0)
      return {
        type: fraction > 0 ? (MONEY_NAME.test(header) ? 'currency' : 'number') : 'integer',
      };
    if (booleans > 0 && numbers === 0 && dates === 0) return { type: 'boolean' };
    if (dates > 0 && numbers === 0 && booleans === 0)
      return { type: dateTimes > 0 ? 'datetime' : 'date' };
    return { type: 'text' };
  }
  if (numbers > 0 || booleans > 0 || dates > 0) {
    // Mixed: read the numbers as their text too.
    for (const v of values) if (typeof v === 'number') texts.push(String(v));
  }
  return inferColumn(texts, header, decimal);
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Builds a typed table from records (objects, or arrays with a header first). */
export function tableFromRecords(
  input: unknown[],
  options: JsonTableOptions = {},
  fields?: CkanField[],
): JsonTable {
  let records = input;
  let keys: string[] = [];
  if (records.length > 0 && Array.isArray(records[0])) {
    const header = (records[0] as unknown[]).map((h) => stringify(h ?? ''));
    keys = header;
    records = records.slice(1).map((r) => {
      const o: Record<string, unknown> = {};
      (r as unknown[]).forEach((v, i) => (o[keys[i] ?? `column_${i + 1}`] = v));
      return o;
    });
  }
  const seen = new Set(keys);
  if (fields) {
    for (const f of fields)
      if (!seen.has(f.id)) {
        seen.add(f.id);
        keys.push(f.id);
      }
  }
  for (const r of records) {
    if (!isRecord(r)) throw new EngineError('not-table');
    for (const k in r)
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
  }
  keys = keys.filter((k) => !(fields && CKAN_HIDDEN.has(k)));
  const fieldMap = new Map((fields ?? []).map((f) => [f.id, f]));
  const schemaFields = new Map((options.schema?.fields ?? []).map((f) => [f.name, f] as const));
  const decimal = options.decimal ?? '.';
  const label = options.columnLabel ?? 'Columna {n}';
  const columns: Column[] = [];
  const converters: ((v: unknown) => Cell | typeof INVALID)[] = [];
  const sample = records.slice(0, 1000) as Record<string, unknown>[];
  keys.forEach((key, index) => {
    const override =
      options.columns?.[key] ??
      options.columns?.[String(index)] ??
      Object.entries(options.columns ?? {}).find(
        ([name]) => name.trim().toLowerCase() === key.toLowerCase(),
      )?.[1];
    const field = fieldMap.get(key);
    const schemaField = schemaFields.get(key);
    let spec: ColumnSpec;
    let columnLabel = key.trim() === '' ? label.replace('{n}', String(index + 1)) : key;
    let description: string | undefined;
    if (schemaField) {
      spec = specFromSchema(schemaField, decimal);
      if (schemaField.title) columnLabel = schemaField.title;
      description = schemaField.description;
    } else if (field) {
      spec = {
        type: typeFromCkan(field.info?.type_override || field.type),
        lenient: true,
        decimal: '.',
      };
      if (field.info?.label) columnLabel = field.info.label;
      if (field.info?.notes) description = field.info.notes;
    } else if (options.infer === false) spec = { type: 'text' };
    else
      spec = jsonSpec(
        sample.map((r) => r[key]),
        key,
        decimal,
      );
    if (override?.type) spec = { ...spec, type: override.type, lenient: true };
    if (override?.label) columnLabel = override.label;
    if (override?.description) description = override.description;
    const column: Column = { key, label: columnLabel, type: spec.type, index };
    if (spec.dateOrder && (spec.type === 'date' || spec.type === 'datetime'))
      column.dateOrder = spec.dateOrder;
    if (description) column.description = description;
    columns.push(column);
    const fromText = converterFor(spec);
    const type = spec.type;
    converters.push((v) => {
      if (v === null || v === undefined || v === '') return null;
      if (typeof v === 'number') {
        if (type === 'integer' || type === 'number' || type === 'currency') return v;
        if (type === 'percent') return v;
        if (type === 'boolean' && (v === 0 || v === 1)) return v === 1;
        if (type === 'text') return String(v);
        return fromText(String(v));
      }
      if (typeof v === 'boolean')
        return type === 'boolean' ? v : type === 'text' ? String(v) : INVALID;
      if (v instanceof Date) {
        if (type === 'date' || type === 'datetime') return v;
        return type === 'text' ? v.toISOString() : INVALID;
      }
      if (typeof v === 'string') return fromText(v);
      return type === 'text' ? stringify(v) : INVALID;
    });
  });
  const rows: Row[] = new Array(records.length);
  const invalid = columns.map(() => ({ count: 0, rows: [] as number[] }));
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as Record<string, unknown>;
    const row: Cell[] = [];
    for (let c = 0; c < keys.length; c++) {
      const raw = record[keys[c]!];
      const value = converters[c]!(raw);
      if (value !== INVALID) {
        row.push(value);
        continue;
      }
      const text = stringify(raw).trim();
      if (text === '') row.push(null);
      else {
        if (!isPlaceholder(text)) {
          invalid[c]!.count++;
          if (invalid[c]!.rows.length < 20) invalid[c]!.rows.push(r);
        }
        row.push(text);
      }
    }
    rows[r] = row;
  }
  const warnings: RawWarning[] = [];
  columns.forEach((column, c) => {
    const problem = invalid[c]!;
    if (problem.count > 0) {
      column.invalid = problem.count;
      warnings.push({
        code: 'invalid-values',
        count: problem.count,
        rows: problem.rows,
        column: column.key,
        params: { column: column.label, type: column.type },
      });
    }
  });
  return { columns, rows, warnings, fields };
}

/** Parses JSON text into a typed table. Throws `EngineError('not-json')` for invalid JSON. */
export function tableFromJsonText(text: string, options: JsonTableOptions = {}): JsonTable {
  const trimmed = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (trimmed.trim() === '') throw new EngineError('empty');
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    throw new EngineError('not-json');
  }
  const { records, fields } = findRecords(value);
  return tableFromRecords(records, options, fields);
}
