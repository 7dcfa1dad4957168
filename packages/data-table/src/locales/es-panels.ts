/**
 * Spanish messages used only by the filter and column panels: they come with the panels'
 * chunk (src/panels.ts registers them), so a page that never opens a panel does not load them.
 */
export const esPanels = {
  'table.filters.remove': 'Quitar filtro: {filter}',
  'table.filter.contains': 'Contiene',
  'table.filter.equals': 'Igual a',
  'table.filter.min': 'Desde',
  'table.filter.max': 'Hasta',
  'table.filter.from': 'Desde',
  'table.filter.to': 'Hasta',
  'table.filter.blank': '(vacío)',
  'table.filter.range': '{column}: {min} a {max}',
  'table.filter.min-only': '{column}: desde {min}',
  'table.filter.max-only': '{column}: hasta {max}',
  'table.filter.text': '{column}: contiene «{text}»',
  'table.filter.values': '{column}: {values}',
  'table.columns.legend': 'Columnas visibles',
  'table.column.hidden': 'Columna «{column}» oculta',
  'table.column.shown': 'Columna «{column}» visible',
} as const;
