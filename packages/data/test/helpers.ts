/** Shared helpers for @minga/data tests. */
export const fixture = (name: string): string =>
  new URL(`./fixtures/${name}`, import.meta.url).href;

/** A calendar date at UTC midnight. */
export const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** An instant given in UTC. */
export const utc = (y: number, m: number, d: number, h = 0, mi = 0, s = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h, mi, s));

/** Fixtures every path must read the same way. */
export const CSV_FIXTURES = [
  'contratos-utf8-bom.csv',
  'contratos-utf8.csv',
  'remuneraciones-windows-1252.csv',
  'presupuesto-utf16le.txt',
  'proveedores-pipe.csv',
  'presupuesto-decimal-coma.csv',
  'fechas.csv',
  'titulo-y-notas.csv',
  'encabezados-duplicados.csv',
  'filas-irregulares.csv',
  'comillas-saltos.csv',
  'lineas-vacias-finales.csv',
  'celdas-hostiles.csv',
  'indicador_5-5-1.csv',
  'contratos.json',
  'contratos-data.json',
  'ckan-datastore.json',
];
