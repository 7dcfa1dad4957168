import type { Message } from '@minga/core';

/** Messages of @minga/data in Spanish (the default): plain words, short sentences. */
export const es = {
  'data.column': 'Columna {n}',
  'data.error.network':
    'No se pudo descargar los datos. Revise su conexión a internet e intente de nuevo.',
  'data.error.cors':
    'El otro servidor no permite que esta página lea sus datos (posible bloqueo CORS). Descargue el archivo y ábralo desde su equipo.',
  'data.error.http':
    'El servidor respondió con un error ({status}). Los datos no están disponibles ahora.',
  'data.error.http-404': 'No encontramos el archivo de datos en esa dirección (error 404).',
  'data.error.not-csv': 'El archivo no es una tabla de datos: parece una página web.',
  'data.error.not-json': 'El archivo no es un JSON válido.',
  'data.error.not-table': 'El archivo no contiene una tabla de datos.',
  'data.error.empty': 'El archivo está vacío.',
  'data.error.too-large': 'El archivo es demasiado grande: pasa del límite de {limit}.',
  'data.error.too-many-rows':
    'La tabla es demasiado grande para descargarla completa ({count} filas).',
  'data.error.ckan': 'El portal de datos respondió con un error: {message}',
  'data.error.no-datastore': 'Este conjunto de datos no tiene una tabla que se pueda consultar.',
  'data.error.aborted': 'Se canceló la carga de los datos.',
  'data.error.encoding': 'No se pudo leer el texto con la codificación «{encoding}».',
  'data.error.not-sdg':
    'El archivo no tiene el formato de un indicador ODS: faltan las columnas «Year» y «Value».',
  'data.error.unsupported': 'No se puede leer este tipo de fuente de datos.',
  'data.error.parse': 'No se pudo leer el archivo.',
  'data.warning.skipped-lines': {
    one: 'Se omitió {count} línea de título o notas antes de los nombres de las columnas.',
    other: 'Se omitieron {count} líneas de título o notas antes de los nombres de las columnas.',
  },
  'data.warning.extra-values': {
    one: '{count} fila con columnas de más: los valores de más están en columnas nuevas.',
    other: '{count} filas con columnas de más: los valores de más están en columnas nuevas.',
  },
  'data.warning.short-rows': {
    one: '{count} fila con columnas de menos: se completó con celdas vacías.',
    other: '{count} filas con columnas de menos: se completaron con celdas vacías.',
  },
  'data.warning.unclosed-quote': {
    one: 'Línea {lines}: una comilla se abre y no se cierra; se leyó como texto.',
    other: 'Líneas {lines}: {count} comillas se abren y no se cierran; se leyeron como texto.',
  },
  'data.warning.multiline-cells': {
    one: 'Línea {lines}: una celda entre comillas ocupa varias líneas. Revise que no falten filas.',
    other:
      'Líneas {lines}: {count} celdas entre comillas ocupan varias líneas. Revise que no falten filas.',
  },
  'data.warning.invalid-values': {
    one: '{count} valor de la columna «{column}» no se pudo leer como {type}: se muestra tal como viene.',
    other:
      '{count} valores de la columna «{column}» no se pudieron leer como {type}: se muestran tal como vienen.',
  },
  'data.warning.renamed-columns': {
    one: '{count} columna tenía un nombre repetido: se le añadió un número.',
    other: '{count} columnas tenían un nombre repetido: se les añadió un número.',
  },
  'data.warning.encoding-errors':
    'Algunos caracteres no se pudieron leer y se reemplazaron por «�».',
  'data.warning.encoding-fallback':
    'El archivo no está en UTF-8: se leyó como Windows-1252 (Excel en Windows).',
  'data.type.text': 'texto',
  'data.type.integer': 'número entero',
  'data.type.number': 'número',
  'data.type.currency': 'valor en dólares',
  'data.type.percent': 'porcentaje',
  'data.type.date': 'fecha',
  'data.type.datetime': 'fecha y hora',
  'data.type.boolean': 'sí o no',
  'data.type.url': 'enlace',
  'data.type.email': 'correo electrónico',
} as const;

/** The message keys of @minga/data, for typed catalogs. */
export type DataMessages = { [K in keyof typeof es]: Message };
