import type { DataMessages } from './es.js';

/** Messages of @minga/data in English. */
export const en: DataMessages = {
  'data.column': 'Column {n}',
  'data.error.network':
    'The data could not be downloaded. Check your internet connection and try again.',
  'data.error.cors':
    'The other server does not let this page read its data (possibly blocked by CORS). Download the file and open it from your computer.',
  'data.error.http':
    'The server answered with an error ({status}). The data is not available right now.',
  'data.error.http-404': 'There is no data file at that address (error 404).',
  'data.error.not-csv': 'The file is not a data table: it looks like a web page.',
  'data.error.not-json': 'The file is not valid JSON.',
  'data.error.not-table': 'The file does not contain a data table.',
  'data.error.empty': 'The file is empty.',
  'data.error.too-large': 'The file is too large: it is over the {limit} limit.',
  'data.error.too-many-rows': 'The table is too large to download in full ({count} rows).',
  'data.error.ckan': 'The data portal answered with an error: {message}',
  'data.error.no-datastore': 'This dataset has no table that can be queried.',
  'data.error.aborted': 'Loading the data was cancelled.',
  'data.error.encoding': 'The text could not be read with the “{encoding}” encoding.',
  'data.error.not-sdg':
    'The file is not in the SDG indicator format: the “Year” and “Value” columns are missing.',
  'data.error.unsupported': 'This kind of data source cannot be read.',
  'data.error.parse': 'The file could not be read.',
  'data.warning.skipped-lines': {
    one: '{count} title or note line before the column names was left out.',
    other: '{count} title or note lines before the column names were left out.',
  },
  'data.warning.extra-values': {
    one: '{count} row with extra columns: the extra values are in new columns.',
    other: '{count} rows with extra columns: the extra values are in new columns.',
  },
  'data.warning.short-rows': {
    one: '{count} row with missing columns: it was completed with empty cells.',
    other: '{count} rows with missing columns: they were completed with empty cells.',
  },
  'data.warning.unclosed-quote': {
    one: 'Line {lines}: a quote opens and never closes; it was read as text.',
    other: 'Lines {lines}: {count} quotes open and never close; they were read as text.',
  },
  'data.warning.multiline-cells': {
    one: 'Line {lines}: a quoted cell spans several lines. Check that no rows are missing.',
    other:
      'Lines {lines}: {count} quoted cells span several lines. Check that no rows are missing.',
  },
  'data.warning.invalid-values': {
    one: '{count} value in the “{column}” column could not be read as {type}: it is shown as it came.',
    other:
      '{count} values in the “{column}” column could not be read as {type}: they are shown as they came.',
  },
  'data.warning.renamed-columns': {
    one: '{count} column had a repeated name: a number was added to it.',
    other: '{count} columns had a repeated name: a number was added to them.',
  },
  'data.warning.encoding-errors': 'Some characters could not be read and were replaced with “�”.',
  'data.warning.encoding-fallback':
    'The file is not UTF-8: it was read as Windows-1252 (Excel on Windows).',
  'data.type.text': 'text',
  'data.type.integer': 'a whole number',
  'data.type.number': 'a number',
  'data.type.currency': 'an amount in dollars',
  'data.type.percent': 'a percentage',
  'data.type.date': 'a date',
  'data.type.datetime': 'a date and time',
  'data.type.boolean': 'yes or no',
  'data.type.url': 'a link',
  'data.type.email': 'an email address',
};
