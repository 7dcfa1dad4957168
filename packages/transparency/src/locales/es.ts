import type { Message } from '@minga/core';

/** Messages of @minga/transparency in Spanish (the default): plain words, short sentences. */
export const es = {
  // Index validation: "{where}" is "2026-10, numeral 3" or "2026-10" or "El índice".
  'transparency.issue.not-object': 'El índice no es un objeto JSON con la lista de meses.',
  'transparency.issue.months-missing': 'Al índice le falta la lista de meses («months»).',
  'transparency.issue.institution-invalid': 'El nombre de la institución debe ser un texto.',
  'transparency.issue.deadline-day-invalid':
    'El día de plazo debe ser un número entero del 1 al 28; se usa el 10.',
  'transparency.issue.units-invalid':
    'Las unidades responsables («units») deben ser textos por número de numeral.',
  'transparency.issue.numeral-def-invalid':
    'La definición del numeral en la posición {position} no es válida (necesita «id» y «title.es»); se ignora.',
  'transparency.issue.month-not-object':
    'El mes en la posición {position} no es válido; se ignora.',
  'transparency.issue.month-month-missing': 'Al mes en la posición {position} le falta «month».',
  'transparency.issue.month-invalid':
    '«{value}» no es un mes válido: escríbalo como AAAA-MM (por ejemplo 2026-10).',
  'transparency.issue.month-future': '{where}: es un mes futuro; no se muestra.',
  'transparency.issue.month-duplicate':
    '{where}: el mes aparece más de una vez; se usa el primero.',
  'transparency.issue.month-entries-missing': '{where}: falta la lista de numerales («entries»).',
  'transparency.issue.entry-not-object': '{where}: la entrada {position} no es válida; se ignora.',
  'transparency.issue.entry-numeral-missing':
    '{where}: a la entrada {position} le falta el número de numeral.',
  'transparency.issue.numeral-invalid': '{where}: el numeral debe ser un número entero.',
  'transparency.issue.numeral-unknown':
    '{where}: no es un numeral de la lista del artículo 19; se ignora.',
  'transparency.issue.numeral-duplicate':
    '{where}: el numeral aparece más de una vez; se usa el primero.',
  'transparency.issue.entry-state-missing':
    '{where}: falta el estado (published, not-applicable o pending).',
  'transparency.issue.state-invalid':
    '{where}: el estado «{value}» no existe (use published, not-applicable o pending).',
  'transparency.issue.justification-missing': '{where}: «No aplica» necesita una justificación.',
  'transparency.issue.date-invalid': '{where}: la fecha «{value}» no es válida (use AAAA-MM-DD).',
  'transparency.issue.text-invalid': '{where}: «{field}» debe ser un texto.',
  'transparency.issue.files-invalid': '{where}: «files» debe ser una lista de archivos.',
  'transparency.issue.file-not-object': '{where}: el archivo {position} no es válido; se ignora.',
  'transparency.issue.file-url-missing': '{where}: falta la URL del archivo.',
  'transparency.issue.file-url-unsafe':
    '{where}: la dirección del archivo no es válida o no es segura («{value}»).',
  'transparency.issue.file-format-missing': '{where}: falta el formato del archivo.',
  'transparency.issue.file-format-invalid': '{where}: el formato «{value}» no es conocido.',
  'transparency.issue.file-size-invalid':
    '{where}: el tamaño del archivo debe ser un número de bytes.',
  'transparency.issue.published-without-files':
    '{where}: está marcado como publicado pero no tiene archivos válidos; se muestra como pendiente.',
  'transparency.issue.json': 'El índice no es un JSON válido.',
  'transparency.where.index': 'El índice',
  'transparency.where.numeral': '{month}, numeral {numeral}',

  // Element.
  'transparency.loading': 'Cargando la información de transparencia…',
  'transparency.error.title': 'No se pudo mostrar la información de transparencia',
  'transparency.error.retry': 'Intentar de nuevo',
  'transparency.issues.title': {
    one: 'Hay un problema en el índice de transparencia',
    other: 'Hay {count} problemas en el índice de transparencia',
  },
  'transparency.issues.rest': 'El resto de la información se muestra igual.',
  'transparency.issues.show': 'Ver los problemas',
  'transparency.label': 'Transparencia activa (LOTAIP, art. 19)',
  'transparency.year': 'Año',
  'transparency.month': 'Mes',
  'transparency.view': 'Vista',
  'transparency.view.month': 'Por mes',
  'transparency.view.year': 'Todo el año',
  'transparency.search': 'Buscar en numerales y archivos',
  'transparency.search.hint': 'Por ejemplo: remuneraciones, presupuesto, contratos.',
  'transparency.search.count': {
    zero: 'Ningún numeral coincide con «{query}».',
    one: 'Un numeral coincide con «{query}».',
    other: '{count} numerales coinciden con «{query}».',
  },
  'transparency.summary': {
    one: '{published} de {count} publicado',
    other: '{published} de {count} publicados',
  },
  'transparency.summary.not-applicable': {
    one: '1 no aplica',
    other: '{count} no aplican',
  },
  'transparency.deadline': 'Plazo para publicar la información de {month}: {date}.',
  'transparency.deadline.late': {
    one: 'Hay 1 numeral atrasado: {list}.',
    other: 'Hay {count} numerales atrasados: {list}.',
  },
  'transparency.deadline.none-late': 'Ningún numeral está atrasado.',
  'transparency.deadline.open': {
    one: 'Falta 1 numeral; todavía está a tiempo.',
    other: 'Faltan {count} numerales; todavía están a tiempo.',
  },
  'transparency.month.heading': 'Información de {month}',
  'transparency.month.none': 'No hay información publicada de {month}.',
  'transparency.month.future': '{month} todavía no termina: no hay información que publicar.',
  'transparency.year.heading': 'Resumen de {year}',
  'transparency.year.caption': 'Estado de cada numeral por mes en {year}',
  'transparency.year.numeral': 'Numeral',
  'transparency.year.empty': 'No hay información publicada de {year}.',
  'transparency.year.scroll':
    'Tabla de estados por mes; desplácela a los lados para ver todos los meses.',
  'transparency.year.no-data': 'Sin datos',
  'transparency.year.future': 'Mes futuro',
  'transparency.status.published': 'Publicado',
  'transparency.status.published-late': 'Publicado con atraso',
  'transparency.status.not-applicable': 'No aplica',
  'transparency.status.pending': 'Pendiente',
  'transparency.status.late': 'Atrasado',
  'transparency.status.label': 'Estado',
  'transparency.item.numeral': 'Numeral {numeral}',
  'transparency.item.files': 'Archivos',
  'transparency.item.no-files': 'Sin archivos.',
  'transparency.item.date': 'Fecha de publicación',
  'transparency.item.unit': 'Unidad responsable',
  'transparency.item.justification': 'Por qué no aplica',
  'transparency.item.note': 'Nota',
  'transparency.file.link': '{title}, {format}, {size}',
  'transparency.file.link-nosize': '{title}, {format}',
  'transparency.file.external': 'enlace externo',
  'transparency.file.preview': 'Ver la tabla: {title}',
  'transparency.preview.heading': 'Vista previa: {title}',
  'transparency.preview.close': 'Cerrar la vista previa',
  'transparency.institution': 'Institución: {name}',
  'transparency.generated': 'Índice actualizado el {date}.',
} as const;

/** The message keys of @minga/transparency. */
export type TransparencyMessages = { [K in keyof typeof es]: Message };
