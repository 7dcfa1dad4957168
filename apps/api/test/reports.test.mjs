// The annual report for the Defensoría del Pueblo and the report commands.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { computeDeadlines } from '@minga/info-request/shared';
import { annualCsv, annualReport, csvCell, daysTaken, toCsv } from '../dist/reports/index.js';
import { runReportCommand } from '../dist/reports/cli.js';
import { backends, captureStream, openTestStorage, tempDir, validBody } from './helpers.mjs';

let id = 0;
/** A stored request as the storage returns it (fixture). */
function stored(
  code,
  receivedAt,
  { status = 'received', closedAt = null, extended = false, reservedIndexRef = null } = {},
) {
  const d = computeDeadlines(receivedAt);
  id += 1;
  return {
    id,
    code,
    accessKeyHash: 'x',
    idempotencyKey: `k${id}`,
    receivedAt,
    dueAt: d.dueAt.toISOString(),
    extendedDueAt: d.extendedDueAt.toISOString(),
    email: 'ana@example.com',
    name: 'Ana',
    payload: {},
    proof: null,
    status,
    extended,
    closedAt,
    reservedIndexRef,
    updatedAt: closedAt ?? receivedAt,
  };
}

const FIXTURE = [
  // Friday 13 February 2026, 10:00 in Guayaquil; answered Friday 20 February across Carnaval
  // (Monday 16 and Tuesday 17 are public holidays): 7 calendar days, 3 working days.
  stored('SAIP-2026-AAAAA2', '2026-02-13T15:00:00.000Z', {
    status: 'answered',
    closedAt: '2026-02-20T20:00:00.000Z',
  }),
  // 23:30 on 30 January in Guayaquil (already 31 January in UTC): received on the 30th.
  stored('SAIP-2026-BBBBB3', '2026-01-31T04:30:00.000Z', {
    status: 'refused',
    closedAt: '2026-02-05T16:00:00.000Z',
    reservedIndexRef: '=HYPERLINK("http://evil.example","clic")',
  }),
  // Extended, then answered after the first deadline but within the extended one.
  stored('SAIP-2026-CCCCC4', '2026-03-02T14:00:00.000Z', {
    status: 'partially_answered',
    closedAt: '2026-03-15T15:00:00.000Z',
    extended: true,
  }),
  // Still open and late.
  stored('SAIP-2026-DDDDD5', '2026-04-01T14:00:00.000Z', { status: 'in_progress' }),
  // 22:00 on 31 December 2025 in Guayaquil: belongs to 2025, not 2026.
  stored('SAIP-2026-EEEEE6', '2026-01-01T03:00:00.000Z', { status: 'received' }),
  stored('SAIP-2026-FFFFF7', '2026-05-04T14:00:00.000Z', {
    status: 'withdrawn',
    closedAt: '2026-05-05T14:00:00.000Z',
  }),
];

describe('annual report', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('counts days from the day after receipt, calendar and working, in Guayaquil', () => {
    assert.deepEqual(daysTaken('2026-02-13T15:00:00.000Z', '2026-02-20T20:00:00.000Z'), {
      calendar: 7,
      working: 3,
    });
    // Same day: 0 days.
    assert.deepEqual(daysTaken('2026-03-02T14:00:00Z', '2026-03-02T22:00:00Z'), {
      calendar: 0,
      working: 0,
    });
    // A cantonal holiday from the rule counts too.
    assert.deepEqual(
      daysTaken('2026-03-02T14:00:00Z', '2026-03-04T16:00:00Z', { extraHolidays: ['2026-03-03'] }),
      { calendar: 2, working: 1 },
    );
    // 23:30 local on 30 January to 10:00 on 31 January: one day, though the same UTC day.
    assert.deepEqual(daysTaken('2026-01-31T04:30:00Z', '2026-01-31T15:00:00Z'), {
      calendar: 1,
      working: 0,
    });
  });

  it('lists every request of the year with dates, days, state, extension and reserved refusals', () => {
    const rows = annualReport(FIXTURE, 2026, { now });
    assert.deepEqual(rows[0], [
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
    ]);
    const byCode = Object.fromEntries(rows.slice(1).map((r) => [r[0], r]));
    assert.deepEqual(
      Object.keys(byCode),
      [
        'SAIP-2026-BBBBB3',
        'SAIP-2026-AAAAA2',
        'SAIP-2026-CCCCC4',
        'SAIP-2026-DDDDD5',
        'SAIP-2026-FFFFF7',
      ],
      'oldest first, without the request of 31 December 2025',
    );
    assert.deepEqual(byCode['SAIP-2026-AAAAA2'], [
      'SAIP-2026-AAAAA2',
      '2026-02-13',
      '2026-02-20',
      7,
      3,
      '2026-02-23',
      'no',
      'sí',
      'Respondida',
      'no',
      '',
    ]);
    assert.deepEqual(byCode['SAIP-2026-BBBBB3'].slice(0, 5), [
      'SAIP-2026-BBBBB3',
      '2026-01-30',
      '2026-02-05',
      6,
      4,
    ]);
    assert.deepEqual(byCode['SAIP-2026-BBBBB3'].slice(8), [
      'Negada',
      'sí',
      '=HYPERLINK("http://evil.example","clic")',
    ]);
    assert.deepEqual(byCode['SAIP-2026-CCCCC4'].slice(5, 9), [
      '2026-03-17',
      'sí',
      'sí',
      'Respondida parcialmente',
    ]);
    assert.deepEqual(byCode['SAIP-2026-DDDDD5'].slice(2, 9), [
      '',
      '',
      '',
      '2026-04-11',
      'no',
      'no (vencida)',
      'En trámite',
    ]);
    assert.deepEqual(byCode['SAIP-2026-FFFFF7'].slice(2, 9), [
      '',
      '',
      '',
      '2026-05-14',
      'no',
      '',
      'Retirada',
    ]);
    const rows2025 = annualReport(FIXTURE, 2025, { now });
    assert.deepEqual(
      rows2025.slice(1).map((r) => r[0]),
      ['SAIP-2026-EEEEE6'],
    );
    assert.equal(rows2025[1][1], '2025-12-31');
  });

  it('writes CSV for Excel: BOM, commas, CRLF, RFC 4180 quotes, formulas neutralised', () => {
    const csv = annualCsv(FIXTURE, 2026, { now });
    assert.ok(csv.startsWith('\uFEFFcodigo,'));
    assert.ok(csv.endsWith('\r\n'));
    const lines = csv.slice(1).split('\r\n');
    assert.equal(lines.length, 7);
    assert.equal(
      lines.find((l) => l.startsWith('SAIP-2026-BBBBB3')),
      `SAIP-2026-BBBBB3,2026-01-30,2026-02-05,6,4,2026-02-09,no,sí,Negada,sí,"'=HYPERLINK(""http://evil.example"",""clic"")"`,
    );
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-2+3'), "'-2+3");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tx'), `"'\tx"`, 'a tab is quoted too (Excel in es-EC)');
    assert.equal(csvCell(-5), '-5', 'numbers are numbers');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('línea\nnueva'), '"línea\nnueva"');
    assert.equal(csvCell(null), '');
    assert.equal(toCsv([['a', 1]]), '\uFEFFa,1\r\n');
  });
});

for (const backend of await backends()) {
  describe(`report commands on ${backend.kind}`, { skip: backend.skip }, () => {
    let ctx;
    before(async () => {
      ctx = await openTestStorage(backend.kind);
      const body = validBody();
      const d = computeDeadlines('2026-02-13T15:00:00Z');
      await ctx.storage.createRequest({
        code: 'SAIP-2026-RPT234',
        accessKeyHash: 'x',
        idempotencyKey: 'report-test-1',
        receivedAt: '2026-02-13T15:00:00.000Z',
        dueAt: d.dueAt.toISOString(),
        extendedDueAt: d.extendedDueAt.toISOString(),
        email: body.email,
        name: body.name,
        payload: body,
      });
    });
    after(async () => ctx?.cleanup());

    async function run(argv) {
      const out = captureStream();
      const err = captureStream();
      const code = await runReportCommand(argv, { ...ctx, stdout: out.stream, stderr: err.stream });
      return { code, out: out.text(), err: err.text() };
    }

    it('report annual prints the CSV or writes it to --out', async () => {
      let r = await run(['annual', '--year', '2026']);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^\uFEFFcodigo,/);
      assert.match(r.out, /\r\nSAIP-2026-RPT234,2026-02-13,,,,2026-02-23,no,/);
      assert.doesNotMatch(
        r.out,
        /Quishpe|1714307103|example\.com/,
        'no personal data in the report',
      );
      const dir = tempDir();
      const file = join(dir, 'informe.csv');
      r = await run(['annual', '--year', '2026', '--out', file]);
      assert.equal(r.code, 0);
      assert.match(readFileSync(file, 'utf8'), /SAIP-2026-RPT234/);
      rmSync(dir, { recursive: true, force: true });
    });

    it('report monthly gives JSON or CSV, and refuses bad arguments', async () => {
      let r = await run(['monthly', '--year', '2026', '--format', 'json']);
      assert.equal(r.code, 0, r.err);
      const stats = JSON.parse(r.out);
      assert.equal(stats.year, 2026);
      assert.equal(stats.months[1].month, '2026-02');
      assert.equal(stats.months[1].received, 1);
      r = await run(['monthly', '--year', '2026']);
      assert.match(r.out, /^\uFEFFmonth,received/);
      assert.equal((await run(['monthly', '--year', '2026', '--format', 'xml'])).code, 2);
      assert.equal((await run(['annual', '--year', 'dos mil'])).code, 2);
      assert.equal((await run(['nope'])).code, 2);
      assert.equal((await run([])).code, 2);
    });
  });
}
