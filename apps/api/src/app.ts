/**
 * The HTTP service: `buildApp({ config, storage })` gives a Fastify instance with the
 * citizen endpoints of the info-request HTTP contract, public statistics, the health check
 * and the staff plugin at `/staff`. Personal data never goes to the logs: request lines carry
 * the method, the route and the path without its query; bodies and the lookup headers are
 * never logged.
 */
import { readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import Fastify, {
  LogController,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import {
  errorMessageKey,
  formatMessage,
  parseRequest,
  type FieldError,
} from '@minga/info-request/shared';
import type { Config } from './config.js';
import {
  deriveAccessKey,
  generateCode,
  loadSecret,
  normalizeAccessKey,
  normalizeCode,
  safeEqual,
  sha256,
} from './codes.js';
import { deadlineCalculator, type DeadlineStrings } from './dates.js';
import {
  commitStoredFile,
  matchesType,
  readStoredFile,
  removeStoredFile,
  storeFile,
} from './files.js';
import { message, pickLang, type Lang, type MessageKey } from './messages.js';
import { guayaquilDay, monthlyStats, monthlyStatsCsv } from './stats.js';
import { CodeConflictError } from './storage/common.js';
import type { HistoryEntry, Storage, StoredFile, StoredRequest } from './storage/types.js';
import { createMailer, notifyReceived, type Mailer } from './notify/index.js';
import { staffPlugin } from './staff/index.js';
import { downloadName } from './staff/files.js';

export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Largest JSON body of a create: a 5 MB attachment is ≈ 6.7 MB in base64. */
export const CREATE_BODY_LIMIT = 7 * 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = 5_000_000;
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{16,128}$/;

export interface AppOptions {
  config: Config;
  storage: Storage;
  /** `false`: no logs. A stream: JSON log lines go there (tests). Default: stdout. */
  logger?: boolean | { stream: Writable };
  /** Mailer for notifications (default: from `SMTP_URL`, none without it). */
  mailer?: Mailer | null;
  /** Server secret (default: {@link loadSecret}). */
  secret?: string;
}

/** Log paths that must never carry personal data, should anything put them in a log line. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-requester-email"]',
  'req.headers["x-access-key"]',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'body',
  'email',
  'name',
  'idNumber',
  'accessKey',
  'password',
  '*.body',
  '*.email',
  '*.name',
  '*.idNumber',
  '*.accessKey',
  '*.password',
];

const pathOnly = (url: string): string => url.split('?')[0] ?? '';

/** One info line per request (method, route, path, status, time); incoming lines at debug. */
class QuietLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }
  override requestCompleted(
    error: Error | null,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      route: request.routeOptions.url,
      path: pathOnly(request.url),
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: { type: error.name } }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

function loggerOptions(config: Config, logger: AppOptions['logger']) {
  if (logger === false) return false;
  return {
    level: config.logLevel,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: pathOnly(req.url),
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    ...(typeof logger === 'object' ? { stream: logger.stream } : {}),
  };
}

/** The language of the person calling: the body's `lang`, else Accept-Language, else es. */
function langOf(request: FastifyRequest): Lang {
  const body = request.body as { lang?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.lang === 'string') return pickLang(body.lang);
  return pickLang(request.headers['accept-language']);
}

function fail(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  key: MessageKey,
  params: Record<string, string | number> = {},
) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ error: key, message: message(langOf(request), key, params) });
}

/** A header's single value. */
function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const DUMMY_HASH = sha256('no request has this key');

export function buildApp(options: AppOptions): FastifyInstance {
  const { config, storage } = options;
  const secret = options.secret ?? loadSecret(config);
  const mailer = options.mailer === undefined ? createMailer(config) : options.mailer;
  // Loads the holiday data now (and checks the rules), not on the first citizen's request.
  const deadlinesOf = deadlineCalculator(config.deadlineRules);
  deadlinesOf(new Date());

  const app = Fastify({
    logger: loggerOptions(config, options.logger),
    logController: new QuietLogController(),
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    bodyLimit: 1024 * 1024,
    // No stack traces or internal messages reach clients (see the error handler).
    return503OnClosing: true,
    // A URL Fastify cannot decode never reaches the hooks (helmet's headers included): answer
    // it here, with our JSON and the same strict headers, never echoing the path.
    frameworkErrors: (error, request, reply) => {
      request.log.info({ code: error.code, statusCode: 400 }, 'client error');
      void fail(
        reply
          .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
          .header('x-content-type-options', 'nosniff')
          .header('referrer-policy', 'no-referrer'),
        request,
        400,
        error.code === 'FST_ERR_BAD_URL' ? 'bad_url' : 'bad_request',
      );
    },
  });

  app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => {
      const error = new Error('rate limited') as Error & { statusCode: number; retryAfter: number };
      error.statusCode = 429;
      error.retryAfter = Math.max(1, Math.ceil(context.ttl / 1000));
      return error;
    },
  });

  app.setErrorHandler((error: FastifyError & { retryAfter?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 429) {
      const seconds = error.retryAfter ?? Number(reply.getHeader('retry-after') ?? 60);
      reply.header('retry-after', String(seconds));
      return fail(reply, request, 429, 'rate_limited', { seconds });
    }
    if (status >= 500) {
      request.log.error(
        { err: { type: error.name, code: error.code, message: error.message, stack: error.stack } },
        'request failed',
      );
      return fail(
        reply,
        request,
        status === 503 ? 503 : 500,
        status === 503 ? 'unavailable' : 'server_error',
      );
    }
    request.log.info({ code: error.code, statusCode: status }, 'client error');
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return fail(reply, request, 413, 'too_large');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return fail(reply, request, 415, 'media_type');
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return fail(reply, request, 400, 'empty_body');
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return fail(reply, request, 400, 'invalid_json');
      default:
        if (error instanceof SyntaxError) return fail(reply, request, 400, 'invalid_json');
        return fail(reply, request, status, 'bad_request');
    }
  });
  app.setNotFoundHandler((request, reply) => fail(reply, request, 404, 'route_not_found'));

  app.get('/health', async (_request, reply) => {
    const ok = await storage.ping();
    return reply
      .code(ok ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: ok ? 'ok' : 'error', storage: storage.kind, version: VERSION });
  });

  app.register(
    async (api) => {
      await api.register(fastifyCors, {
        origin: (origin, callback) => {
          callback(null, origin !== undefined && config.allowedOrigins.includes(origin));
        },
        methods: ['GET', 'POST'],
        allowedHeaders: ['Content-Type', 'Idempotency-Key', 'X-Requester-Email', 'X-Access-Key'],
        exposedHeaders: ['Retry-After'],
        maxAge: 600,
      });
      citizenRoutes(api, { config, storage, secret, mailer, deadlinesOf });
    },
    { prefix: '/api' },
  );

  app.register(staffPlugin, { prefix: '/staff', config, storage, mailer });

  app.addHook('onClose', async () => {
    mailer?.close();
  });
  return app;
}

interface RouteContext {
  config: Config;
  storage: Storage;
  secret: string;
  mailer: Mailer | null;
  deadlinesOf: (receivedAt: Date) => DeadlineStrings;
}

/** The `201`/`200` body of a create. */
function receipt(request: StoredRequest, secret: string, knownKey?: string) {
  const accessKey = knownKey ?? deriveAccessKey(secret, request.code);
  return {
    code: request.code,
    receivedAt: request.receivedAt,
    dueAt: request.dueAt,
    extendedDueAt: request.extendedDueAt,
    status: request.status,
    // Only when it still matches the stored hash (the secret may have been replaced since).
    ...(knownKey || safeEqual(sha256(accessKey), request.accessKeyHash) ? { accessKey } : {}),
  };
}

/** The latest answer given (a link or a file), with its note. */
function latestAnswer(history: HistoryEntry[]): HistoryEntry | undefined {
  return [...history].reverse().find((h) => h.answerUrl || h.answerFile);
}

/** RFC 6266 `attachment` with an ASCII fallback and the UTF-8 name. */
function attachmentDisposition(name: string): string {
  const clean = name.replace(/[\r\n"\\/]/g, '_').slice(0, 200) || 'respuesta';
  const ascii = clean.normalize('NFD').replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}

function citizenRoutes(api: FastifyInstance, ctx: RouteContext): void {
  const { config, storage, secret } = ctx;
  const createLimit = { max: config.rateLimitCreate, timeWindow: 60_000 };
  const lookupLimit = { max: config.rateLimitLookup, timeWindow: 60_000 };
  // One counter per IP for every lookup by code, whatever the route or the method: Fastify's
  // HEAD twin of each GET runs the same hook, so HEAD is no second allowance (nor an oracle).
  const lookupLimiter = api.rateLimit(lookupLimit);

  api.post(
    '/requests',
    {
      bodyLimit: CREATE_BODY_LIMIT,
      config: { rateLimit: createLimit },
      onRequest: async (request, reply) => {
        const type = (header(request, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
        if (type !== 'application/json') return fail(reply, request, 415, 'media_type');
        const key = header(request, 'idempotency-key');
        if (key === undefined || !IDEMPOTENCY_KEY.test(key))
          return fail(reply, request, 400, 'idempotency_key');
      },
    },
    async (request, reply) => {
      const key = header(request, 'idempotency-key')!;
      const lang = langOf(request);
      // Validated first: a key alone, with a body that is not a request, never gets a receipt.
      const parsed = parseRequest(request.body, lang, { maxAttachmentBytes: MAX_ATTACHMENT_BYTES });
      if (!parsed.success) {
        return reply.code(422).header('cache-control', 'no-store').send({ errors: parsed.errors });
      }
      // A retry must carry the same body (as Stripe does): same key, other body → 422.
      const bodyHash = sha256(JSON.stringify(request.body));
      const replay = (known: StoredRequest) =>
        known.bodyHash && !safeEqual(known.bodyHash, bodyHash)
          ? fail(reply, request, 422, 'idempotency_mismatch')
          : reply.code(200).header('cache-control', 'no-store').send(receipt(known, secret));
      // A retry of a request with an attachment already stored: answer at once, without
      // storing the file again. (Without an attachment the UNIQUE constraint answers.)
      const known = parsed.output.proof ? await storage.findByIdempotencyKey(key) : null;
      if (known) return replay(known);

      const { proof: attachment, ...payload } = parsed.output;
      let proof: StoredFile | null = null;
      if (attachment) {
        const bytes = Buffer.from(attachment.data, 'base64');
        if (bytes.byteLength !== attachment.size || !matchesType(bytes, attachment.type)) {
          const error: FieldError = {
            field: 'proof',
            code: 'file_type',
            message: formatMessage(lang, errorMessageKey('proof', 'file_type')),
          };
          return reply
            .code(422)
            .header('cache-control', 'no-store')
            .send({ errors: [error] });
        }
        proof = await storeFile(config.dataDir, bytes, attachment);
      }

      const now = new Date();
      const deadlines = ctx.deadlinesOf(now);
      const year = Number(guayaquilDay(now).slice(0, 4));
      let result;
      let accessKey;
      for (let attempt = 0; ; attempt++) {
        const code = generateCode(year);
        accessKey = deriveAccessKey(secret, code);
        try {
          result = await storage.createRequest({
            code,
            accessKeyHash: sha256(accessKey),
            idempotencyKey: key,
            receivedAt: now.toISOString(),
            dueAt: deadlines.dueAt,
            extendedDueAt: deadlines.extendedDueAt,
            email: parsed.output.email.trim().toLowerCase(),
            name: parsed.output.name,
            payload: { ...payload, lang },
            proof,
            bodyHash,
          });
          break;
        } catch (error) {
          if (!(error instanceof CodeConflictError) || attempt >= 5) {
            if (proof) await removeStoredFile(config.dataDir, proof).catch(() => undefined);
            throw error;
          }
        }
      }
      if (!result.created) {
        // A concurrent retry won: its row points to its own copy of the file.
        if (proof) await removeStoredFile(config.dataDir, proof).catch(() => undefined);
        return replay(result.request);
      }
      // The row is committed: the file gets its real name (a crash before this line leaves a
      // `.part` file that the next start renames, since a row points to it).
      if (proof) await commitStoredFile(config.dataDir, proof);
      void notifyReceived({ config, mailer: ctx.mailer, log: request.log }, result.request);
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(receipt(result.request, secret, accessKey));
    },
  );

  /** The request when the code exists and the email or access key matches, else null. */
  async function authorize(request: FastifyRequest): Promise<StoredRequest | null | 'missing'> {
    const email = header(request, 'x-requester-email')?.trim().toLowerCase();
    const rawKey = header(request, 'x-access-key');
    if (!email && !rawKey) return 'missing';
    const code = normalizeCode(String((request.params as { code: string }).code));
    const found = code ? await storage.findByCode(code) : null;
    // Compare even when nothing was found, so both 404s take about as long.
    let ok = false;
    if (email) ok = safeEqual(email, found?.email ?? '\u0000') || ok;
    if (rawKey) {
      const key = normalizeAccessKey(rawKey);
      ok = safeEqual(sha256(key ?? rawKey), found?.accessKeyHash ?? DUMMY_HASH) || ok;
      if (key === null) ok = false;
    }
    return ok && found ? found : null;
  }

  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    fail(reply, request, 404, 'not_found');

  api.get('/requests/:code', { onRequest: lookupLimiter }, async (request, reply) => {
    const found = await authorize(request);
    if (found === 'missing') return fail(reply, request, 400, 'missing_secret');
    if (found === null) return notFound(request, reply);
    const history = await storage.history(found.id);
    const answer = latestAnswer(history);
    const base = config.publicUrl ?? `${request.protocol}://${request.host}`;
    return reply.header('cache-control', 'no-store').send({
      code: found.code,
      status: found.status,
      dueAt: found.dueAt,
      extendedDueAt: found.extendedDueAt,
      history: history.map((h) => ({
        status: h.status,
        at: h.at,
        ...(h.note ? { note: h.note } : {}),
      })),
      ...(answer
        ? {
            answer: {
              url: answer.answerFile
                ? `${base}/api/requests/${encodeURIComponent(found.code)}/answer-file`
                : answer.answerUrl,
              ...(answer.note ? { note: answer.note } : {}),
            },
          }
        : {}),
    });
  });

  api.get('/requests/:code/answer-file', { onRequest: lookupLimiter }, async (request, reply) => {
    const found = await authorize(request);
    if (found === 'missing') return fail(reply, request, 400, 'missing_secret');
    if (found === null) return notFound(request, reply);
    const file = latestAnswer(await storage.history(found.id))?.answerFile;
    if (!file) return notFound(request, reply);
    const bytes = await readStoredFile(config.dataDir, file);
    return reply
      .header('content-type', file.type)
      .header('content-disposition', attachmentDisposition(downloadName(file.name, file.type)))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(bytes);
  });

  api.get('/stats/monthly', { config: { rateLimit: lookupLimit } }, async (request, reply) => {
    const query = request.query as { year?: string; format?: string };
    const now = new Date();
    const year =
      query.year === undefined ? Number(guayaquilDay(now).slice(0, 4)) : Number(query.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      return fail(reply, request, 400, 'bad_year');
    const stats = monthlyStats(await storage.requestsOfYear(year), year, now);
    reply.header('cache-control', 'public, max-age=300');
    if (query.format === 'csv') {
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `inline; filename="minga-stats-${year}.csv"`)
        .send(monthlyStatsCsv(stats));
    }
    return reply.send(stats);
  });
}
