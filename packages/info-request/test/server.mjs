// A fake request service for the browser tests, following the HTTP contract in README.md.
// Endpoints are /fake-api/{scenario}/{session}: each test uses its own session, so tests
// running side by side do not see each other's requests. /fake-api/_log/{session} lists the
// POSTs a session received (Idempotency-Key and body), to check "sent once" and retries.
//
// Scenarios: ok (201, idempotent), invalid (422), busy (429), flaky (500 once per key, then
// 201), html (200 with an HTML page), slow (answers after 3 s), drop (closes the connection).

const RECEIPT = {
  receivedAt: '2026-12-04T15:20:00.000Z',
  dueAt: '2026-12-15T04:59:59.999Z',
  extendedDueAt: '2026-12-20T04:59:59.999Z',
  status: 'received',
  accessKey: 'K7P2-9XQ4',
};

const RECORDS = {
  'SAIP-2026-000123': {
    code: 'SAIP-2026-000123',
    status: 'extended',
    dueAt: '2026-12-15T04:59:59.999Z',
    extendedDueAt: '2026-12-20T04:59:59.999Z',
    history: [
      { status: 'received', at: '2026-12-04T15:20:00.000Z' },
      { status: 'in_progress', at: '2026-12-07T14:00:00.000Z' },
      {
        status: 'extended',
        at: '2026-12-14T16:30:00.000Z',
        note: 'Los datos están en tres direcciones municipales y hay que reunirlos.',
      },
    ],
  },
  'SAIP-2026-000124': {
    code: 'SAIP-2026-000124',
    status: 'answered',
    dueAt: '2026-12-15T04:59:59.999Z',
    extendedDueAt: '2026-12-20T04:59:59.999Z',
    history: [
      { status: 'received', at: '2026-12-04T15:20:00.000Z' },
      { status: 'answered', at: '2026-12-10T17:00:00.000Z' },
    ],
    answer: {
      url: 'https://example.org/respuestas/SAIP-2026-000124.pdf',
      note: 'Adjuntamos los contratos.',
    },
  },
};

const sessions = new Map(); // session -> { posts: [], receipts: Map(key -> receipt), failed: Set(key) }
let counter = 0;

function session(id) {
  let s = sessions.get(id);
  if (!s) {
    s = { posts: [], receipts: new Map(), failed: new Set() };
    sessions.set(id, s);
  }
  return s;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function json(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

function created(ctx, s, key) {
  let receipt = s.receipts.get(key);
  if (!receipt) {
    counter += 1;
    receipt = { code: `SAIP-2026-${String(counter).padStart(6, '0')}`, ...RECEIPT };
    s.receipts.set(key, receipt);
  }
  json(ctx, 201, receipt);
}

export const middleware = [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/fake-api/')) return next();
    const [, , scenario, id, code] = ctx.path.split('/');
    const s = session(id);

    if (scenario === '_log') return json(ctx, 200, s.posts);

    if (ctx.method === 'GET' && code) {
      const record = RECORDS[decodeURIComponent(code)];
      const email = ctx.get('X-Requester-Email');
      const key = ctx.get('X-Access-Key');
      if (scenario === 'drop') {
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      if (scenario === 'html') {
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Inicio</title><h1>Bienvenidos</h1>';
        return;
      }
      if (!record || (email !== 'ana@example.com' && key !== 'K7P2-9XQ4')) {
        return json(ctx, 404, { error: 'not_found' });
      }
      return json(ctx, 200, record);
    }

    if (ctx.method !== 'POST') return next();
    const key = ctx.get('Idempotency-Key');
    const raw = await readBody(ctx.req);
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return json(ctx, 400, { error: 'bad_json' });
    }
    s.posts.push({ key, body });
    if (!/^[0-9a-f-]{36}$/.test(key)) return json(ctx, 400, { error: 'idempotency_key' });

    switch (scenario) {
      case 'ok':
        return created(ctx, s, key);
      case 'invalid':
        return json(ctx, 422, {
          errors: [
            { field: 'idNumber', code: 'cedula', message: 'Cédula no válida.' },
            {
              field: 'description',
              code: 'duplicate',
              message: 'Ya recibimos una solicitud igual hace una hora.',
            },
          ],
        });
      case 'busy':
        ctx.set('Retry-After', '120');
        return json(ctx, 429, { error: 'too_many_requests' });
      case 'flaky':
        if (!s.failed.has(key)) {
          s.failed.add(key);
          return json(ctx, 500, { error: 'database_unavailable' });
        }
        return created(ctx, s, key);
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Inicio</title><h1>Bienvenidos al GAD</h1>';
        return;
      case 'slow':
        await new Promise((resolve) => setTimeout(resolve, 3000));
        return created(ctx, s, key);
      case 'drop':
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      default:
        return next();
    }
  },
];
