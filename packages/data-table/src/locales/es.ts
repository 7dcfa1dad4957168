import type { Message } from '@minga/core';
import type { esPanels } from './es-panels.js';

/** Messages of <minga-data-table> in Spanish (the default): plain words, short sentences. */
export const es = {
  'table.search.label': 'Buscar en la tabla',
  'table.search.placeholder': 'Escriba para buscar',
  'table.results': {
    zero: 'Ningún resultado',
    one: '{count} resultado',
    other: '{count} resultados',
  },
  'table.rows-total': { one: '{count} fila', other: '{count} filas' },
  'table.showing': 'Mostrando {from}–{to} de {total}',
  'table.sorted': 'Ordenado por {columns}',
  'table.sorted.asc': '{column}, de menor a mayor',
  'table.sorted.desc': '{column}, de mayor a menor',
  'table.sort.hint': 'Mayúsculas + clic para ordenar por varias columnas',
  'table.sort.by': 'Ordenar por',
  'table.sort.none': 'Orden original',
  'table.filters.count': { zero: 'Filtros', one: 'Filtros (1)', other: 'Filtros ({count})' },
  'table.filters.active': 'Filtros activos',
  'table.filters.clear': 'Borrar filtros',
  'table.columns': 'Columnas',
  'table.download.csv': 'Descargar CSV',
  'table.download.json': 'Descargar JSON',
  'table.download.hint': 'Descarga lo que ve: filtros, orden y columnas visibles.',
  'table.page.size': 'Filas por página',
  'table.page.first': 'Primera página',
  'table.page.previous': 'Anterior',
  'table.page.next': 'Siguiente',
  'table.page.last': 'Última página',
  'table.page.of': 'Página {page} de {pages}',
  'table.pagination': 'Paginación',
  'table.pagination.named': 'Paginación de {caption}',
  'table.scroll.hint': 'Deslice para ver más columnas',
  'table.region': 'Tabla: {caption}',
  'table.region.default': 'Tabla de datos',
  'table.loading': 'Cargando datos…',
  'table.loading.progress': 'Cargando datos… {rows} filas',
  'table.loading.bytes': 'Cargando datos… {rows} filas ({loaded} de {total})',
  'table.empty': 'Esta tabla no tiene datos.',
  'table.no-results': 'Ninguna fila coincide con su búsqueda o sus filtros.',
  'table.error.title': 'No se pudieron cargar los datos',
  'table.part.error':
    'No se pudo cargar esta función. Revise su conexión a internet e inténtelo de nuevo.',
  'table.retry': 'Intentar de nuevo',
  'table.yes': 'Sí',
  'table.no': 'No',
  'table.cell.more': 'Mostrar todo',
  'table.cell.less': 'Mostrar menos',
  'table.warnings': 'Avisos sobre los datos',
} as const;

/** The message keys of <minga-data-table> (those of its panels included). */
export type DataTableMessages = {
  [K in keyof typeof es | keyof typeof esPanels]: Message;
};
