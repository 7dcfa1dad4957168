import type { TransparencyMessages } from './es.js';

/** Messages of @minga/transparency in English. */
export const en: TransparencyMessages = {
  'transparency.issue.not-object': 'The index is not a JSON object with the list of months.',
  'transparency.issue.months-missing': 'The index has no list of months ("months").',
  'transparency.issue.institution-invalid': 'The institution name must be text.',
  'transparency.issue.deadline-day-invalid':
    'The deadline day must be a whole number from 1 to 28; the 10th is used.',
  'transparency.issue.units-invalid':
    'The responsible units ("units") must be texts keyed by numeral number.',
  'transparency.issue.numeral-def-invalid':
    'The numeral definition at position {position} is not valid (it needs "id" and "title.es"); it is ignored.',
  'transparency.issue.month-not-object':
    'The month at position {position} is not valid; it is ignored.',
  'transparency.issue.month-month-missing': 'The month at position {position} has no "month".',
  'transparency.issue.month-invalid':
    '"{value}" is not a valid month: write it as YYYY-MM (for example 2026-10).',
  'transparency.issue.month-future': '{where}: this month is in the future; it is not shown.',
  'transparency.issue.month-duplicate':
    '{where}: the month appears more than once; the first is used.',
  'transparency.issue.month-entries-missing':
    '{where}: the list of numerals ("entries") is missing.',
  'transparency.issue.entry-not-object': '{where}: entry {position} is not valid; it is ignored.',
  'transparency.issue.entry-numeral-missing': '{where}: entry {position} has no numeral number.',
  'transparency.issue.numeral-invalid': '{where}: the numeral must be a whole number.',
  'transparency.issue.numeral-unknown':
    '{where}: not a numeral of the article 19 list; it is ignored.',
  'transparency.issue.numeral-duplicate':
    '{where}: the numeral appears more than once; the first is used.',
  'transparency.issue.entry-state-missing':
    '{where}: the state is missing (published, not-applicable or pending).',
  'transparency.issue.state-invalid':
    '{where}: there is no state "{value}" (use published, not-applicable or pending).',
  'transparency.issue.justification-missing': '{where}: "Not applicable" needs a justification.',
  'transparency.issue.date-invalid': '{where}: the date "{value}" is not valid (use YYYY-MM-DD).',
  'transparency.issue.text-invalid': '{where}: "{field}" must be text.',
  'transparency.issue.files-invalid': '{where}: "files" must be a list of files.',
  'transparency.issue.file-not-object': '{where}: file {position} is not valid; it is ignored.',
  'transparency.issue.file-url-missing': '{where}: the file URL is missing.',
  'transparency.issue.file-url-unsafe':
    '{where}: the file address is not valid or not safe ("{value}").',
  'transparency.issue.file-format-missing': '{where}: the file format is missing.',
  'transparency.issue.file-format-invalid': '{where}: the format "{value}" is not known.',
  'transparency.issue.file-size-invalid': '{where}: the file size must be a number of bytes.',
  'transparency.issue.published-without-files':
    '{where}: marked as published but has no valid files; shown as pending.',
  'transparency.issue.json': 'The index is not valid JSON.',
  'transparency.where.index': 'The index',
  'transparency.where.numeral': '{month}, numeral {numeral}',

  'transparency.loading': 'Loading the transparency information…',
  'transparency.error.title': 'The transparency information could not be shown',
  'transparency.error.retry': 'Try again',
  'transparency.issues.title': {
    one: 'There is a problem in the transparency index',
    other: 'There are {count} problems in the transparency index',
  },
  'transparency.issues.rest': 'The rest of the information is shown anyway.',
  'transparency.issues.show': 'See the problems',
  'transparency.label': 'Active transparency (LOTAIP, art. 19)',
  'transparency.year': 'Year',
  'transparency.month': 'Month',
  'transparency.view': 'View',
  'transparency.view.month': 'By month',
  'transparency.view.year': 'Whole year',
  'transparency.search': 'Search numerals and files',
  'transparency.search.hint': 'For example: pay, budget, contracts.',
  'transparency.search.count': {
    zero: 'No numeral matches "{query}".',
    one: 'One numeral matches "{query}".',
    other: '{count} numerals match "{query}".',
  },
  'transparency.summary': {
    one: '{published} of {count} published',
    other: '{published} of {count} published',
  },
  'transparency.summary.not-applicable': {
    one: '1 not applicable',
    other: '{count} not applicable',
  },
  'transparency.deadline': 'Deadline to publish the information of {month}: {date}.',
  'transparency.deadline.late': {
    one: '1 numeral is late: {list}.',
    other: '{count} numerals are late: {list}.',
  },
  'transparency.deadline.none-late': 'No numeral is late.',
  'transparency.deadline.open': {
    one: '1 numeral is missing; there is still time.',
    other: '{count} numerals are missing; there is still time.',
  },
  'transparency.month.heading': 'Information of {month}',
  'transparency.month.none': 'There is no published information for {month}.',
  'transparency.month.future': '{month} has not ended yet: there is nothing to publish.',
  'transparency.year.heading': 'Summary of {year}',
  'transparency.year.caption': 'State of each numeral by month in {year}',
  'transparency.year.numeral': 'Numeral',
  'transparency.year.empty': 'There is no published information for {year}.',
  'transparency.year.scroll': 'Table of states by month; scroll sideways to see every month.',
  'transparency.year.no-data': 'No data',
  'transparency.year.future': 'Future month',
  'transparency.status.published': 'Published',
  'transparency.status.published-late': 'Published late',
  'transparency.status.not-applicable': 'Not applicable',
  'transparency.status.pending': 'Pending',
  'transparency.status.late': 'Late',
  'transparency.status.label': 'State',
  'transparency.item.numeral': 'Numeral {numeral}',
  'transparency.item.files': 'Files',
  'transparency.item.no-files': 'No files.',
  'transparency.item.date': 'Publication date',
  'transparency.item.unit': 'Responsible unit',
  'transparency.item.justification': 'Why it does not apply',
  'transparency.item.note': 'Note',
  'transparency.file.link': '{title}, {format}, {size}',
  'transparency.file.link-nosize': '{title}, {format}',
  'transparency.file.external': 'external link',
  'transparency.file.preview': 'See the table: {title}',
  'transparency.preview.heading': 'Preview: {title}',
  'transparency.preview.close': 'Close the preview',
  'transparency.institution': 'Institution: {name}',
  'transparency.generated': 'Index updated on {date}.',
};
