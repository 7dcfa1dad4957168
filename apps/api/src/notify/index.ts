/**
 * Email notifications (nodemailer). Optional: without `SMTP_URL` {@link createMailer}
 * returns null and every function here does nothing. Sending never blocks or fails an HTTP
 * request: the hooks return promises that always resolve, and failures are logged with the
 * request code and the error code only (no addresses, no names).
 *
 * - requester: on receipt ({@link notifyReceived}) and on each state change
 *   ({@link notifyStatusChange}), in the request's language;
 * - staff (`MINGA_STAFF_EMAILS`): on each new request, and once per request when it is due
 *   within two working days ({@link startReminders}, hourly).
 */
import nodemailer from 'nodemailer';
import {
  FINAL_STATUSES,
  isWorkingDay,
  localDate,
  type DeadlineRules,
  type RequestStatus,
} from '@minga/info-request/shared';
import type { Storage, StoredRequest, HistoryEntry } from '../storage/types.js';
import { mailLang, mailText, STATUS_NAMES, type MailLang } from './messages.js';

/** The configuration fields notifications read (a subset of the service's config). */
export interface NotifyConfig {
  /** `smtp://user:pass@host:port` or `smtps://…`; unset: no email at all. */
  smtpUrl?: string | null;
  /** The sender, e.g. `"Transparencia GAD Cuenca" <transparencia@cuenca.gob.ec>`. */
  mailFrom?: string | null;
  /** The service's public address (`MINGA_PUBLIC_URL`), for the inbox link. */
  publicUrl?: string | null;
  /** Where citizens check a request's status; the code is added as `?codigo=`. Defaults to `publicUrl`. */
  statusUrl?: string | null;
  /** Staff addresses for new and soon-due requests (`MINGA_STAFF_EMAILS`, comma-separated). */
  staffEmails?: readonly string[] | null;
  /** The deadline rule (its holidays decide "two working days"). */
  deadlineRules?: Partial<DeadlineRules> | null;
}

/** One email. */
export interface Mail {
  to: string | string[];
  subject: string;
  text: string;
  html: string;
}

/** Sends email; {@link createMailer} gives one backed by nodemailer. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Where failures are logged (Fastify's logger fits). */
export interface NotifyLog {
  warn(obj: object, msg?: string): void;
  info?(obj: object, msg?: string): void;
}

/** What the hooks need. */
export interface NotifyContext {
  config: NotifyConfig;
  mailer?: Mailer | null;
  log?: NotifyLog | null;
}

/** A nodemailer-backed mailer, or null when SMTP is not configured. */
export function createMailer(config: NotifyConfig): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl, {
    from: config.mailFrom ?? 'Minga <no-reply@localhost>',
  });
  return {
    async send(mail) {
      await transport.sendMail({ ...mail, to: mail.to });
    },
    close() {
      transport.close();
    },
  };
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Lines of `[label, value]` (or a plain paragraph) as plain text and as escaped HTML. */
function compose(paragraphs: (string | [string, string] | { link: string; href: string })[]): {
  text: string;
  html: string;
} {
  const text = paragraphs
    .map((p) =>
      typeof p === 'string' ? p : Array.isArray(p) ? `${p[0]}: ${p[1]}` : `${p.link}: ${p.href}`,
    )
    .join('\n\n');
  const html = paragraphs
    .map((p) =>
      typeof p === 'string'
        ? `<p>${escapeHtml(p)}</p>`
        : Array.isArray(p)
          ? `<p><strong>${escapeHtml(p[0])}:</strong> ${escapeHtml(p[1])}</p>`
          : `<p><a href="${escapeHtml(p.href)}">${escapeHtml(p.link)}</a></p>`,
    )
    .join('\n');
  return { text: `${text}\n`, html: `<!doctype html><html><body>${html}</body></html>` };
}

function formatDay(iso: string, lang: MailLang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en' : 'es-EC', {
    timeZone: 'America/Guayaquil',
    dateStyle: 'full',
  }).format(new Date(iso));
}

/** The citizen's status link for `code`, or null without a public URL. */
export function statusLink(config: NotifyConfig, code: string): string | null {
  const base = config.statusUrl ?? config.publicUrl;
  if (!base) return null;
  try {
    const url = new URL(base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.searchParams.set('codigo', code);
    return url.href;
  } catch {
    return null;
  }
}

/** The inbox link for `code`, or null without a public URL. */
export function inboxLink(config: NotifyConfig, code: string): string | null {
  if (!config.publicUrl) return null;
  try {
    return new URL(`/staff/#/requests/${encodeURIComponent(code)}`, config.publicUrl).href;
  } catch {
    return null;
  }
}

const requestLang = (request: StoredRequest): MailLang => mailLang(request.payload?.lang);

/** The receipt email to the requester. */
export function receivedMail(config: NotifyConfig, request: StoredRequest): Mail {
  const lang = requestLang(request);
  const link = statusLink(config, request.code);
  type Paragraph = Parameters<typeof compose>[0][number];
  const paragraphs: Paragraph[] = [
    request.name ? `${lang === 'en' ? 'Hello' : 'Hola'}, ${request.name}.` : '',
    mailText(lang, 'receivedIntro'),
    [mailText(lang, 'code'), request.code] as [string, string],
    [mailText(lang, 'due'), formatDay(request.dueAt, lang)] as [string, string],
    mailText(lang, 'keepCode'),
    ...(link ? [{ link: mailText(lang, 'statusLink'), href: link }] : []),
    mailText(lang, 'signature'),
  ];
  const body = compose(paragraphs.filter((p) => p !== ''));
  return {
    to: request.email,
    subject: mailText(lang, 'receivedSubject', { code: request.code }),
    ...body,
  };
}

/** The state-change email to the requester. */
export function statusMail(
  config: NotifyConfig,
  request: StoredRequest,
  entry: Pick<HistoryEntry, 'status' | 'note' | 'answerUrl' | 'answerFile'>,
): Mail {
  const lang = requestLang(request);
  const status = STATUS_NAMES[lang][entry.status];
  const link = statusLink(config, request.code);
  const paragraphs: Parameters<typeof compose>[0] = [
    mailText(lang, 'changeIntro'),
    [mailText(lang, 'code'), request.code],
    [mailText(lang, 'status'), status],
  ];
  if (entry.status === 'extended')
    paragraphs.push([mailText(lang, 'due'), formatDay(request.extendedDueAt, lang)]);
  if (entry.note) paragraphs.push([mailText(lang, 'note'), entry.note]);
  if (entry.answerUrl) paragraphs.push([mailText(lang, 'answerLink'), entry.answerUrl]);
  if (entry.answerFile) paragraphs.push(mailText(lang, 'answerFile'));
  if (link) paragraphs.push({ link: mailText(lang, 'statusLink'), href: link });
  paragraphs.push(mailText(lang, 'signature'));
  return {
    to: request.email,
    subject: mailText(lang, 'changeSubject', { code: request.code, status }),
    ...compose(paragraphs),
  };
}

/** A staff email about `request` (new, or due soon). No personal data of the requester. */
export function staffMail(
  config: NotifyConfig,
  request: StoredRequest,
  kind: 'new' | 'soon',
): Mail | null {
  const to = [...(config.staffEmails ?? [])];
  if (to.length === 0) return null;
  const lang: MailLang = 'es';
  const link = inboxLink(config, request.code);
  const deadline = request.extended ? request.extendedDueAt : request.dueAt;
  return {
    to,
    subject: mailText(lang, kind === 'new' ? 'staffNewSubject' : 'staffSoonSubject', {
      code: request.code,
    }),
    ...compose([
      mailText(lang, kind === 'new' ? 'staffNewIntro' : 'staffSoonIntro'),
      [mailText(lang, 'code'), request.code],
      [mailText(lang, 'due'), formatDay(deadline, lang)],
      ...(link ? [{ link: mailText(lang, 'openInbox'), href: link }] : []),
    ]),
  };
}

/** Sends without ever throwing; logs failures without personal data. */
async function deliver(ctx: NotifyContext, mail: Mail | null, what: string, code: string) {
  if (!ctx.mailer || !mail) return;
  try {
    await ctx.mailer.send(mail);
  } catch (error) {
    const err = error as { code?: string; responseCode?: number };
    ctx.log?.warn(
      { notification: what, code, error: err.code ?? 'unknown', smtpCode: err.responseCode },
      'notification email failed',
    );
  }
}

/**
 * Call after a request was created (201, not for idempotent replays): the receipt to the
 * requester and the "new request" email to staff. Do not await it in the route: it resolves
 * when sent (or failed and logged) and never rejects.
 */
export function notifyReceived(ctx: NotifyContext, request: StoredRequest): Promise<void> {
  if (!ctx.mailer) return Promise.resolve();
  return Promise.all([
    deliver(ctx, receivedMail(ctx.config, request), 'received', request.code),
    deliver(ctx, staffMail(ctx.config, request, 'new'), 'staff-new', request.code),
  ]).then(() => undefined);
}

/** Call after a state change: tells the requester. Never rejects. */
export function notifyStatusChange(
  ctx: NotifyContext,
  request: StoredRequest,
  entry: Pick<HistoryEntry, 'status' | 'note' | 'answerUrl' | 'answerFile'>,
): Promise<void> {
  if (!ctx.mailer) return Promise.resolve();
  return deliver(ctx, statusMail(ctx.config, request, entry), 'status', request.code);
}

const OPEN_STATUSES: RequestStatus[] = (
  ['received', 'in_progress', 'extended'] as RequestStatus[]
).filter((s) => !FINAL_STATUSES.includes(s));

/** The end (Guayaquil) of the `count`-th working day after today. */
export function workingDaysAhead(
  now: Date,
  count: number,
  rules: Partial<DeadlineRules> = {},
): Date {
  const zone = rules.timeZone ?? 'America/Guayaquil';
  let day = Date.parse(`${localDate(now, zone)}T00:00:00Z`);
  let counted = 0;
  while (counted < count) {
    day += 86_400_000;
    if (isWorkingDay(new Date(day).toISOString().slice(0, 10), rules)) counted += 1;
  }
  // End of that civil day in Guayaquil (UTC−5, no daylight saving time).
  return new Date(day + 86_400_000 + 5 * 3_600_000 - 1);
}

/**
 * One pass of the staff reminders: each open request whose deadline ends within two working
 * days gets one "due soon" email (marked with `storage.markReminderSent`, so never twice).
 * Returns how many were sent.
 */
export async function runReminders(
  ctx: NotifyContext & { storage: Storage },
  now: Date = new Date(),
): Promise<number> {
  if (!ctx.mailer || !(ctx.config.staffEmails ?? []).length) return 0;
  const limit = workingDaysAhead(now, 2, ctx.config.deadlineRules ?? {});
  let sent = 0;
  for (let offset = 0; ; offset += 200) {
    const page = await ctx.storage.list({
      statuses: OPEN_STATUSES,
      dueBefore: limit.toISOString(),
      order: 'deadline',
      limit: 200,
      offset,
    });
    for (const request of page.rows) {
      if (!(await ctx.storage.markReminderSent(request.id, 'due-soon', now.toISOString())))
        continue;
      await deliver(ctx, staffMail(ctx.config, request, 'soon'), 'staff-soon', request.code);
      sent += 1;
    }
    if (page.rows.length < 200) break;
  }
  return sent;
}

/**
 * Starts the hourly reminders (serve mode); returns a function that stops them. Does
 * nothing without a mailer or staff addresses.
 */
export function startReminders(
  ctx: NotifyContext & { storage: Storage },
  intervalMs = 3_600_000,
): () => void {
  if (!ctx.mailer || !(ctx.config.staffEmails ?? []).length) return () => {};
  const tick = () => {
    runReminders(ctx).catch((error: { code?: string }) =>
      ctx.log?.warn({ error: error.code ?? 'unknown' }, 'reminder pass failed'),
    );
  };
  const first = setTimeout(tick, 10_000);
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
