/**
 * The small state machine staff move a request through, and what each move requires.
 * Final states (answered, partially answered, not held, refused, withdrawn) are final: a
 * mistake is corrected by a lawyer in the database, never by rewriting the history.
 */
import { isFinalStatus, type RequestStatus } from '@minga/info-request/shared';

const CLOSING: RequestStatus[] = [
  'answered',
  'partially_answered',
  'not_held',
  'refused',
  'withdrawn',
];

/** Allowed next states from each state. */
export const TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  received: ['in_progress', 'extended', ...CLOSING],
  in_progress: ['extended', ...CLOSING],
  extended: CLOSING,
  answered: [],
  partially_answered: [],
  not_held: [],
  refused: [],
  withdrawn: [],
};

/** The states a request in `status` can move to (none when extended twice is the only way). */
export function nextStatuses(status: RequestStatus, extended: boolean): RequestStatus[] {
  if (isFinalStatus(status)) return [];
  return TRANSITIONS[status].filter((s) => !(s === 'extended' && extended));
}

/** One problem with a requested change, by field. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** What staff sent to change a state (the file, when any, is checked elsewhere). */
export interface ChangeInput {
  status: string;
  note?: string | null;
  answerUrl?: string | null;
  reservedIndexRef?: string | null;
  hasFile: boolean;
}

export const MAX_NOTE = 5000;

/** An http(s) URL, or null. */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The problems with moving a request from `from` (extended or not) with `input`; empty when fine. */
export function checkChange(
  from: RequestStatus,
  extended: boolean,
  input: ChangeInput,
): FieldError[] {
  const errors: FieldError[] = [];
  const to = input.status as RequestStatus;
  if (!TRANSITIONS[from] || !(TRANSITIONS[from] as readonly string[]).concat(from).length) {
    errors.push({ field: 'status', code: 'unknown', message: 'Unknown state.' });
    return errors;
  }
  if (!nextStatuses(from, extended).includes(to)) {
    const code = to === 'extended' && extended ? 'already_extended' : 'transition';
    errors.push({
      field: 'status',
      code,
      message:
        code === 'already_extended'
          ? 'The deadline can be extended only once.'
          : `A request that is ${from} cannot become ${String(input.status)}.`,
    });
    return errors;
  }
  const note = input.note?.trim() ?? '';
  if (note.length > MAX_NOTE)
    errors.push({ field: 'note', code: 'too_long', message: `At most ${MAX_NOTE} characters.` });
  if (to === 'extended' && note.length < 10)
    errors.push({
      field: 'note',
      code: 'reason_required',
      message: 'An extension needs the reason (at least 10 characters); the requester sees it.',
    });
  if (to === 'refused' && note.length < 10)
    errors.push({
      field: 'note',
      code: 'legal_reason_required',
      message: 'A refusal needs its legal reason (at least 10 characters).',
    });
  if (to === 'answered' || to === 'partially_answered') {
    const url = input.answerUrl?.trim() ?? '';
    if (url !== '' && !httpUrl(url))
      errors.push({
        field: 'answerUrl',
        code: 'url',
        message: 'The link must start with https:// or http://.',
      });
    else if (url === '' && !input.hasFile)
      errors.push({
        field: 'answerUrl',
        code: 'answer_required',
        message: 'An answer needs a link or a file.',
      });
  }
  if ((input.reservedIndexRef?.trim().length ?? 0) > 200)
    errors.push({
      field: 'reservedIndexRef',
      code: 'too_long',
      message: 'At most 200 characters.',
    });
  return errors;
}
