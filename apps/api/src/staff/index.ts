/**
 * The staff side of the service, mounted at `/staff`:
 *
 * - `POST /staff/login` (JSON or form), `POST /staff/logout`;
 * - `GET /staff/api/me`, `GET /staff/api/requests`, `GET /staff/api/requests/:code`,
 *   `GET …/:code/proof`, `GET …/:code/answers/:entry`, `POST …/:code/status`;
 * - `GET /staff/api/reports/annual.csv?year=`, `GET /staff/api/reports/monthly.(csv|json)?year=`;
 * - the inbox page (the built `dist/inbox/`) at `/staff/`.
 *
 * Every `/staff/api/*` route needs a session; every state-changing request needs the
 * session's CSRF token in `X-CSRF-Token` and, when the browser sends one, a same-origin
 * `Origin`.
 */
import { existsSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { RequestStatus } from '@minga/info-request/shared';
import type { Config } from '../config.js';
import type { Session, StaffAccount, StoredFile, Storage } from '../storage/types.js';
import { StatusConflictError } from '../storage/common.js';
import { commitStoredFile, removeStoredFile } from '../files.js';
import { notifyStatusChange, type Mailer } from '../notify/index.js';
import { annualCsv, monthlyReport } from '../reports/index.js';
import { hashPassword, verifyDummy, verifyPassword } from './password.js';
import {
  FailureLimiter,
  SESSION_COOKIE,
  SESSION_MS,
  hashToken,
  newCsrfToken,
  newSessionToken,
  tokensEqual,
} from './session.js';
import { checkChange, httpUrl, type FieldError } from './transitions.js';
import {
  MAX_ANSWER_BYTES,
  attachmentHeader,
  downloadName,
  sniffAnswerFile,
  storeAnswerFile,
  storedFilePath,
} from './files.js';
import { ListQuerySchema, ReportQuerySchema, parseQuery } from './query.js';
import { detail, summary } from './view.js';

/** Options of {@link staffPlugin}. */
export interface StaffPluginOptions {
  config: Config;
  storage: Storage;
  mailer?: Mailer | null;
  /** The built inbox (default: `dist/inbox` next to this file's folder). */
  inboxDir?: string;
  /** Login failures allowed per IP / per account in 15 minutes (default 20 / 5). */
  loginLimits?: { perIp: number; perAccount: number };
}

interface Authed {
  session: Session;
  staff: StaffAccount;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const WINDOW = 15 * 60_000;
const CODE = /^SAIP-\d{4}-[A-Z0-9]{6}$/;

function publicStaff(staff: StaffAccount) {
  return { id: staff.id, email: staff.email, name: staff.name };
}

/** A disabled account: flagged, or its hash replaced by the CLI's `!disabled` marker. */
export function isDisabled(staff: StaffAccount): boolean {
  return staff.disabled || staff.passwordHash.startsWith('!');
}

function problem(reply: FastifyReply, status: number, error: string, extra: object = {}) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ error, ...extra });
}

/** The staff plugin. Register with `{ prefix: '/staff', config, storage, mailer }`. */
export async function staffPlugin(
  app: FastifyInstance,
  options: StaffPluginOptions,
): Promise<void> {
  const { config, storage } = options;
  const mailer = options.mailer ?? null;
  const perIp = new FailureLimiter(options.loginLimits?.perIp ?? 20, WINDOW);
  const perAccount = new FailureLimiter(options.loginLimits?.perAccount ?? 5, WINDOW);
  const authed = new WeakMap<FastifyRequest, Authed>();
  const publicOrigin = config.publicUrl ? new URL(config.publicUrl).origin : null;

  if (!app.hasRequestDecorator('cookies')) await app.register(fastifyCookie);
  if (!app.hasContentTypeParser('multipart/form-data'))
    await app.register(fastifyMultipart, {
      limits: { fileSize: MAX_ANSWER_BYTES, files: 1, fields: 10, fieldSize: 20_000 },
    });
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded'))
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 10_000 },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );

  const secure = (request: FastifyRequest) =>
    request.protocol === 'https' || (config.publicUrl ?? '').startsWith('https:');

  const cookieOptions = (request: FastifyRequest) => ({
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: secure(request),
    path: '/staff',
  });

  /** The browser's Origin (or Sec-Fetch-Site) says the request comes from this site. */
  function sameOrigin(request: FastifyRequest): boolean {
    const origin = request.headers.origin;
    if (typeof origin === 'string' && origin !== '') {
      if (origin === 'null') return false;
      const own = `${request.protocol}://${request.host}`;
      return origin === own || origin === publicOrigin;
    }
    const site = request.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }

  async function loadSession(request: FastifyRequest): Promise<Authed | null> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token || token.length > 100) return null;
    const session = await storage.findSession(hashToken(token), new Date().toISOString());
    if (!session) return null;
    const staff = await storage.findStaffById(session.staffId);
    if (!staff || isDisabled(staff)) return null;
    // Made before the latest password change (or disabling): over, even if a row survived.
    if (session.passwordVersion !== staff.passwordVersion) return null;
    return { session, staff };
  }

  // Every /staff/api/* route: a session; state changes: CSRF token and same origin.
  app.addHook('onRequest', async (request, reply) => {
    // The matched route's pattern, not the raw URL: `/staff/%61pi/me` cannot slip past.
    const route = request.routeOptions.url ?? '';
    const isApi = route.startsWith(`${app.prefix}/api/`);
    const isLogout = route === `${app.prefix}/logout`;
    if (!isApi && !isLogout) return;
    reply.header('cache-control', 'no-store');
    const auth = await loadSession(request);
    if (!auth) return problem(reply, 401, 'unauthenticated');
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (
        typeof header !== 'string' ||
        !tokensEqual(header, auth.session.csrfToken) ||
        !sameOrigin(request)
      )
        return problem(reply, 403, 'csrf');
    }
    authed.set(request, auth);
  });

  const who = (request: FastifyRequest): Authed => authed.get(request)!;

  // ---- Login and logout ------------------------------------------------------------
  app.post('/login', async (request, reply) => {
    const form = request.headers['content-type']?.startsWith('application/x-www-form-urlencoded');
    const fail = (status: number, error: string, headers: Record<string, string> = {}) => {
      for (const [k, v] of Object.entries(headers)) reply.header(k, v);
      if (form) return reply.code(303).header('location', `${app.prefix}/?error=${error}`).send();
      return problem(reply, status, error);
    };
    if (!sameOrigin(request)) return fail(403, 'csrf');
    const body = (request.body ?? {}) as Record<string, unknown>;
    const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const ip = `ip:${request.ip}`;
    const account = `account:${email}`;
    if (perAccount.retryAfter(account) > 0) {
      // Locked: unless staff unlocked it from the CLI since (`minga-api staff unlock`).
      const unlockedAt = (await storage.findStaffByEmail(email))?.unlockedAt;
      if (unlockedAt) perAccount.forgetBefore(account, Date.parse(unlockedAt));
    }
    const wait = Math.max(perIp.retryAfter(ip), perAccount.retryAfter(account));
    if (wait > 0) return fail(429, 'rate_limited', { 'retry-after': String(wait) });
    if (email === '' || password === '' || email.length > 320 || password.length > 1024) {
      await verifyDummy(password.slice(0, 1024));
      perIp.fail(ip);
      return fail(401, 'invalid_credentials');
    }
    const staff = await storage.findStaffByEmail(email);
    let ok = false;
    if (staff && !isDisabled(staff)) {
      const result = await verifyPassword(password, staff.passwordHash);
      ok = result.ok;
      if (ok && result.needsRehash)
        await storage.setStaffPassword(staff.id, await hashPassword(password), { rehash: true });
    } else {
      await verifyDummy(password);
    }
    if (!ok || !staff) {
      perIp.fail(ip);
      perAccount.fail(account);
      request.log.info({ event: 'staff-login-failed' }, 'staff login failed');
      return fail(401, 'invalid_credentials');
    }
    perAccount.reset(account);
    const now = new Date();
    const { token, idHash } = newSessionToken();
    const session: Session = {
      idHash,
      staffId: staff.id,
      csrfToken: newCsrfToken(),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_MS).toISOString(),
      passwordVersion: staff.passwordVersion,
    };
    await storage.createSession(session);
    storage.deleteExpiredSessions(now.toISOString()).catch(() => {});
    request.log.info({ event: 'staff-login', staffId: staff.id }, 'staff logged in');
    reply.setCookie(SESSION_COOKIE, token, {
      ...cookieOptions(request),
      maxAge: SESSION_MS / 1000,
      expires: new Date(session.expiresAt),
    });
    if (form) return reply.code(303).header('location', `${app.prefix}/`).send();
    return reply.header('cache-control', 'no-store').send({
      staff: publicStaff(staff),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    });
  });

  app.post('/logout', async (request, reply) => {
    await storage.deleteSession(who(request).session.idHash);
    reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    return reply.code(204).send();
  });

  // ---- Inbox JSON API --------------------------------------------------------------
  app.get('/api/me', async (request) => {
    const { staff, session } = who(request);
    return {
      staff: publicStaff(staff),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt,
    };
  });

  app.get('/api/requests', async (request, reply) => {
    const parsed = parseQuery(ListQuerySchema, request.query);
    if (!parsed.success) return problem(reply, 400, parsed.error, { errors: parsed.errors });
    const query = parsed.output;
    const now = new Date();
    const result = await storage.list({
      statuses: query.status,
      q: query.q,
      year: query.year,
      dueBefore: query.overdue ? now.toISOString() : undefined,
      order: query.order,
      limit: query.limit,
      offset: query.offset,
    });
    return { total: result.total, rows: result.rows.map((r) => summary(r, now)) };
  });

  async function findRequest(request: FastifyRequest, reply: FastifyReply) {
    const code = String((request.params as { code?: string }).code ?? '').toUpperCase();
    if (!CODE.test(code)) {
      await problem(reply, 404, 'not_found');
      return null;
    }
    const found = await storage.findByCode(code);
    if (!found) await problem(reply, 404, 'not_found');
    return found;
  }

  app.get('/api/requests/:code', async (request, reply) => {
    const found = await findRequest(request, reply);
    if (!found) return reply;
    return detail(found, await storage.history(found.id), new Date());
  });

  async function sendFile(reply: FastifyReply, file: StoredFile) {
    const path = storedFilePath(config.dataDir, file);
    if (!path || !(await stat(path).catch(() => null))) return problem(reply, 404, 'file_missing');
    return reply
      .header('content-type', file.type)
      .header('content-disposition', attachmentHeader(downloadName(file.name, file.type)))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'no-store')
      .send(createReadStream(path));
  }

  app.get('/api/requests/:code/proof', async (request, reply) => {
    const found = await findRequest(request, reply);
    if (!found) return reply;
    if (!found.proof) return problem(reply, 404, 'no_proof');
    return sendFile(reply, found.proof);
  });

  app.get('/api/requests/:code/answers/:entry', async (request, reply) => {
    const found = await findRequest(request, reply);
    if (!found) return reply;
    const id = Number((request.params as { entry: string }).entry);
    const entry = (await storage.history(found.id)).find((h) => h.id === id);
    if (!entry?.answerFile) return problem(reply, 404, 'not_found');
    return sendFile(reply, entry.answerFile);
  });

  app.post('/api/requests/:code/status', async (request, reply) => {
    const found = await findRequest(request, reply);
    if (!found) return reply;
    const fields: Record<string, string> = {};
    let upload: { bytes: Buffer; name: string } | null = null;
    if (request.isMultipart()) {
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            const bytes = await part.toBuffer();
            if (bytes.length > 0) upload = { bytes, name: part.filename };
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value;
          }
        }
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'FST_REQ_FILE_TOO_LARGE')
          return problem(reply, 413, 'file_too_large', {
            errors: [
              { field: 'file', code: 'too_large', message: 'The file is larger than 20 MB.' },
            ],
          });
        if (code === 'FST_FILES_LIMIT')
          return problem(reply, 422, 'invalid', {
            errors: [{ field: 'file', code: 'one_file', message: 'Send one file.' }],
          });
        throw error;
      }
    } else {
      for (const [key, value] of Object.entries((request.body ?? {}) as Record<string, unknown>))
        if (typeof value === 'string') fields[key] = value;
    }
    const input = {
      status: fields.status ?? '',
      note: fields.note ?? null,
      answerUrl: fields.answerUrl ?? null,
      reservedIndexRef: fields.reservedIndexRef ?? null,
      hasFile: upload !== null,
    };
    const errors: FieldError[] = checkChange(found.status, found.extended, input);
    let kind: ReturnType<typeof sniffAnswerFile> = null;
    if (upload && (input.status === 'answered' || input.status === 'partially_answered')) {
      kind = sniffAnswerFile(upload.bytes, upload.name);
      if (!kind)
        errors.push({
          field: 'file',
          code: 'file_type',
          message:
            'The file must be a PDF, CSV, XLSX, DOCX, ZIP or an image (PNG, JPEG, GIF, WebP).',
        });
    }
    if (errors.length > 0) {
      const conflict = errors.some((e) => e.code === 'transition' || e.code === 'already_extended');
      return problem(reply, conflict ? 409 : 422, 'invalid', { errors });
    }
    const { staff } = who(request);
    const to = input.status as RequestStatus;
    const note = input.note?.trim() || null;
    let answerFile: StoredFile | null = null;
    if (upload && kind)
      answerFile = await storeAnswerFile(config.dataDir, upload.bytes, upload.name, kind);
    const answers = to === 'answered' || to === 'partially_answered';
    const change = {
      status: to,
      at: new Date().toISOString(),
      staffId: staff.id,
      note,
      extendedDueAt: to === 'extended' ? found.extendedDueAt : null,
      answerUrl: answers && input.answerUrl?.trim() ? httpUrl(input.answerUrl) : null,
      answerFile,
      reservedIndexRef: to === 'refused' ? input.reservedIndexRef?.trim() || null : null,
      // Checked again inside the transaction: two staff members at once cannot both extend.
      expected: { status: found.status, extended: found.extended },
    };
    let updated;
    try {
      updated = await storage.changeStatus(found.id, change);
    } catch (error) {
      if (answerFile) await removeStoredFile(config.dataDir, answerFile).catch(() => {});
      if (error instanceof StatusConflictError)
        return problem(reply, 409, 'invalid', {
          errors: [
            {
              field: 'status',
              code: 'changed',
              message: 'Someone else changed this request meanwhile; reload it to see its state.',
            },
          ],
        });
      throw error;
    }
    if (answerFile) await commitStoredFile(config.dataDir, answerFile);
    request.log.info(
      { event: 'status-change', code: updated.code, status: to, staffId: staff.id },
      'request status changed',
    );
    void notifyStatusChange({ config, mailer, log: request.log }, updated, change);
    return detail(updated, await storage.history(updated.id), new Date());
  });

  // ---- Reports ------------------------------------------------------------------------
  const yearOf = (request: FastifyRequest): number | null => {
    const parsed = parseQuery(ReportQuerySchema, request.query);
    if (!parsed.success) return null;
    return parsed.output.year ?? new Date().getUTCFullYear();
  };

  app.get('/api/reports/annual.csv', async (request, reply) => {
    const year = yearOf(request);
    if (year === null) return problem(reply, 400, 'bad_year');
    const csv = annualCsv(await storage.requestsOfYear(year), year, {
      rules: config.deadlineRules,
    });
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', attachmentHeader(`informe-anual-saip-${year}.csv`))
      .header('x-content-type-options', 'nosniff')
      .send(csv);
  });

  app.get('/api/reports/monthly.:format', async (request, reply) => {
    const year = yearOf(request);
    const format = (request.params as { format: string }).format;
    if (year === null) return problem(reply, 400, 'bad_year');
    if (format !== 'csv' && format !== 'json') return problem(reply, 404, 'not_found');
    const report = monthlyReport(await storage.requestsOfYear(year), year, format, config);
    return reply
      .header(
        'content-type',
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      )
      .header(
        'content-disposition',
        attachmentHeader(`estadisticas-mensuales-saip-${year}.${format}`),
      )
      .header('x-content-type-options', 'nosniff')
      .send(report);
  });

  // ---- The inbox page ---------------------------------------------------------------
  const inboxDir = options.inboxDir ?? fileURLToPath(new URL('../inbox/', import.meta.url));
  if (existsSync(inboxDir)) {
    app.get('', async (_request, reply) => reply.redirect(`${app.prefix}/`, 308));
    await app.register(fastifyStatic, {
      root: inboxDir,
      prefix: '/',
      index: ['index.html'],
      wildcard: true,
      cacheControl: false,
      setHeaders(res, path) {
        res.setHeader(
          'cache-control',
          path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
        );
      },
    });
  } else {
    app.log.warn({ inboxDir }, 'staff inbox not built: run npm run build -w @minga/api');
  }
}
