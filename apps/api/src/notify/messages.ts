/**
 * The texts of the notification emails, in Spanish (default) and English. Plain language;
 * no personal data beyond what the requester gave (their own name, the code, the status).
 */
import type { RequestStatus } from '@minga/info-request/shared';

export type MailLang = 'es' | 'en';

export const STATUS_NAMES: Record<MailLang, Record<RequestStatus, string>> = {
  es: {
    received: 'recibida',
    in_progress: 'en trámite',
    extended: 'con plazo ampliado',
    answered: 'respondida',
    partially_answered: 'respondida en parte',
    not_held: 'la institución no tiene esa información',
    refused: 'negada',
    withdrawn: 'retirada',
  },
  en: {
    received: 'received',
    in_progress: 'in progress',
    extended: 'deadline extended',
    answered: 'answered',
    partially_answered: 'partly answered',
    not_held: 'the institution does not hold this information',
    refused: 'refused',
    withdrawn: 'withdrawn',
  },
};

export const MAIL_TEXT = {
  es: {
    receivedSubject: 'Recibimos su solicitud {code}',
    receivedIntro: 'Recibimos su solicitud de acceso a información pública.',
    code: 'Código',
    due: 'Fecha límite de respuesta',
    statusLink: 'Vea el estado de su solicitud',
    keepCode: 'Guarde este código: lo necesita para consultar el estado.',
    changeSubject: 'Su solicitud {code}: {status}',
    changeIntro: 'Su solicitud de acceso a información pública cambió de estado.',
    status: 'Estado',
    note: 'Nota',
    answerLink: 'Respuesta',
    answerFile:
      'La respuesta tiene un archivo adjunto: pídalo con su código en la institución o consulte el estado.',
    staffNewSubject: 'Nueva solicitud {code}',
    staffNewIntro: 'Llegó una nueva solicitud de acceso a información pública.',
    staffSoonSubject: 'Vence pronto: solicitud {code}',
    staffSoonIntro: 'Esta solicitud vence en dos días hábiles o menos y no tiene respuesta.',
    openInbox: 'Ábrala en la bandeja',
    signature: 'Este es un mensaje automático; no responda a este correo.',
  },
  en: {
    receivedSubject: 'We received your request {code}',
    receivedIntro: 'We received your request for access to public information.',
    code: 'Code',
    due: 'Answer due by',
    statusLink: 'Check the status of your request',
    keepCode: 'Keep this code: you need it to check the status.',
    changeSubject: 'Your request {code}: {status}',
    changeIntro: 'Your request for access to public information changed status.',
    status: 'Status',
    note: 'Note',
    answerLink: 'Answer',
    answerFile:
      'The answer includes a file: ask for it with your code at the institution or check the status.',
    staffNewSubject: 'New request {code}',
    staffNewIntro: 'A new request for access to public information arrived.',
    staffSoonSubject: 'Due soon: request {code}',
    staffSoonIntro: 'This request is due within two working days and has no answer yet.',
    openInbox: 'Open it in the inbox',
    signature: 'This is an automatic message; please do not reply.',
  },
} as const;

export type MailKey = keyof (typeof MAIL_TEXT)['es'];

/** A message in `lang` with `{name}` parameters filled in. */
export function mailText(
  lang: MailLang,
  key: MailKey,
  params: Record<string, string> = {},
): string {
  return MAIL_TEXT[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

/** The request's language for mail, Spanish unless it asked for English. */
export function mailLang(lang: unknown): MailLang {
  return typeof lang === 'string' && lang.toLowerCase().startsWith('en') ? 'en' : 'es';
}
