/**
 * Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) to column
 * types: when a publisher describes its columns, the loader uses that instead of guessing.
 */
import type { ColumnSpec } from './infer.js';
import type { ColumnType, DecimalSeparator, TableSchemaField } from './types.js';

/** Our column type for a Table Schema field. */
export function typeFromSchema(field: TableSchemaField): ColumnType {
  switch (field.type) {
    case 'integer':
    case 'year':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'string':
      return field.format === 'email' ? 'email' : field.format === 'uri' ? 'url' : 'text';
    default:
      return 'text';
  }
}

/** How to read a Table Schema field's cells. */
export function specFromSchema(field: TableSchemaField, decimal: DecimalSeparator): ColumnSpec {
  const type = typeFromSchema(field);
  const spec: ColumnSpec = { type, lenient: true };
  if (type === 'number' || type === 'integer')
    spec.decimal = field.decimalChar === ',' ? ',' : field.decimalChar === '.' ? '.' : decimal;
  if (type === 'date' || type === 'datetime') {
    const format = field.format ?? 'default';
    spec.dateOrder = /%m.%d/.test(format) ? 'mdy' : 'dmy';
  }
  if (type === 'boolean') {
    spec.trueValues = (field.trueValues ?? ['true', 'True', 'TRUE', '1']).map((v) =>
      v.toLowerCase(),
    );
    spec.falseValues = (field.falseValues ?? ['false', 'False', 'FALSE', '0']).map((v) =>
      v.toLowerCase(),
    );
  }
  return spec;
}
