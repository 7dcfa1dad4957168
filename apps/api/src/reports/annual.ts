/**
 * The annual report for the Defensoría del Pueblo (LOTAIP): every request received in a
 * year with its received and answered dates, the days it took, its state, whether the
 * deadline was extended, and refusals of reserved information with the index entry cited.
 *
 * Days taken are counted like the deadline: from the day after receipt to the day of the
 * answer, in America/Guayaquil. Both counts are given (calendar days, which is the default
 * deadline rule, and working days: Monday to Friday without Ecuador's public holidays and
 * the rule's extra holidays), because whether the law counts calendar or working days is
 * not verified; `onTime` follows the configured rule's deadline.
 */
import {
  isOverdue,
  isWorkingDay,
  localDate,
  type DeadlineRules,
  type RequestStatus,
} from '@minga/info-request/shared';
import type { StoredRequest } from '../storage/types.js';
import type { CsvCell } from './csv.js';

const TIME_ZONE = 'America/Guayaquil';
const DAY = 86_400_000;

/** Spanish names of the states, as the report shows them. */
export const STATUS_LABELS_ES: Record<RequestStatus, string> = {
  received: 'Recibida',
  in_progress: 'En trámite',
  extended: 'Prorrogada',
  answered: 'Respondida',
  partially_answered: 'Respondida parcialmente',
  not_held: 'Información inexistente',
  refused: 'Negada',
  withdrawn: 'Retirada',
};

/** The report's columns, in order. */
export const ANNUAL_COLUMNS = [
  'codigo',
  'fecha_recepcion',
  'fecha_respuesta',
  'dias_calendario',
  'dias_habiles',
  'fecha_limite',
  'prorroga',
  'respondida_a_tiempo',
  'estado',
  'negada_por_reserva',
  'referencia_indice_reservada',
] as const;

/** States in which the institution gave an answer (the request is closed by the institution). */
const ANSWERED: readonly RequestStatus[] = [
  'answered',
  'partially_answered',
  'not_held',
  'refused',
];

/** Civil dates (`YYYY-MM-DD`) after `from` up to and including `to`. */
function* daysBetween(from: string, to: string): Generator<string> {
  let day = Date.parse(`${from}T00:00:00Z`) + DAY;
  const end = Date.parse(`${to}T00:00:00Z`);
  for (; day <= end; day += DAY) yield new Date(day).toISOString().slice(0, 10);
}

/** Calendar and working days from the day after `receivedAt` to the day of `closedAt` (Guayaquil). */
export function daysTaken(
  receivedAt: string,
  closedAt: string,
  rules: Partial<DeadlineRules> = {},
): { calendar: number; working: number } {
  const zone = rules.timeZone ?? TIME_ZONE;
  const from = localDate(receivedAt, zone);
  const to = localDate(closedAt, zone);
  let calendar = 0;
  let working = 0;
  for (const day of daysBetween(from, to)) {
    calendar += 1;
    if (isWorkingDay(day, rules)) working += 1;
  }
  return { calendar, working };
}

/** Options of {@link annualReport}. */
export interface AnnualReportOptions {
  /** The deadline rule in force (holidays for the working-day count). */
  rules?: Partial<DeadlineRules>;
  /** "Now", for open requests: whether they are already late. */
  now?: Date;
}

/**
 * The rows (header first) of the annual report for `year`: the requests received that year
 * in America/Guayaquil, oldest first. Ready for {@link toCsv}.
 */
export function annualReport(
  requests: readonly StoredRequest[],
  year: number,
  options: AnnualReportOptions = {},
): CsvCell[][] {
  const rules = options.rules ?? {};
  const zone = rules.timeZone ?? TIME_ZONE;
  const now = options.now ?? new Date();
  const rows: CsvCell[][] = [[...ANNUAL_COLUMNS]];
  const ofYear = requests
    .filter((r) => localDate(r.receivedAt, zone).startsWith(`${year}-`))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id - b.id);
  for (const request of ofYear) {
    const answered = ANSWERED.includes(request.status) && request.closedAt !== null;
    const taken = answered ? daysTaken(request.receivedAt, request.closedAt!, rules) : null;
    const deadline = request.extended ? request.extendedDueAt : request.dueAt;
    let onTime: string;
    if (answered) onTime = Date.parse(request.closedAt!) <= Date.parse(deadline) ? 'sí' : 'no';
    else if (request.status === 'withdrawn') onTime = '';
    else onTime = isOverdue(request, now) ? 'no (vencida)' : 'pendiente';
    const reserved = request.status === 'refused' && Boolean(request.reservedIndexRef);
    rows.push([
      request.code,
      localDate(request.receivedAt, zone),
      answered ? localDate(request.closedAt!, zone) : '',
      taken ? taken.calendar : '',
      taken ? taken.working : '',
      localDate(deadline, zone),
      request.extended ? 'sí' : 'no',
      onTime,
      STATUS_LABELS_ES[request.status] ?? request.status,
      reserved ? 'sí' : 'no',
      reserved ? request.reservedIndexRef : '',
    ]);
  }
  return rows;
}
