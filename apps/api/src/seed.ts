/**
 * Fictional sample data for demos and trying the staff inbox: twelve requests in varied
 * states and ages (open, overdue, extended, answered on time and late, refused, withdrawn).
 * Every name says "de ejemplo", every email is `@example.org`, every ID number is a made-up
 * passport number. Idempotent: fixed idempotency keys (`sample-…`), so running it twice adds
 * nothing.
 */
import { computeDeadlines, type RequestStatus } from '@minga/info-request/shared';
import type { Config } from './config.js';
import { deriveAccessKey, generateCode, sha256 } from './codes.js';
import { guayaquilDay } from './stats.js';
import { CodeConflictError } from './storage/common.js';
import type { StatusChange, Storage } from './storage/types.js';

export const SAMPLE_KEY_PREFIX = 'sample-minga-';
const SAMPLE_STAFF_EMAIL = 'funcionario.ejemplo@example.org';
const DAY = 86_400_000;

interface SampleStep {
  /** Days after receipt. */
  after: number;
  status: RequestStatus;
  note?: string;
  answerUrl?: string;
  extend?: boolean;
  reservedIndexRef?: string;
}

interface Sample {
  /** Days before now the request was received. */
  age: number;
  description: string;
  steps: SampleStep[];
}

const SAMPLES: Sample[] = [
  {
    age: 1,
    description: 'Actas de las sesiones del Concejo Municipal de enero a marzo (ejemplo).',
    steps: [],
  },
  {
    age: 3,
    description: 'Presupuesto participativo ejecutado por parroquia en el último año (ejemplo).',
    steps: [{ after: 1, status: 'in_progress' }],
  },
  {
    age: 8,
    description: 'Contratos de recolección de basura vigentes y sus anexos (ejemplo).',
    steps: [{ after: 2, status: 'in_progress' }],
  },
  {
    age: 14,
    description: 'Número de permisos de construcción emitidos por mes (ejemplo).',
    steps: [{ after: 1, status: 'in_progress' }],
  },
  {
    age: 25,
    description: 'Informe de calidad del agua potable del último semestre (ejemplo).',
    steps: [],
  },
  {
    age: 12,
    description: 'Listado de obras viales con su avance y monto (ejemplo).',
    steps: [
      { after: 2, status: 'in_progress' },
      {
        after: 9,
        status: 'extended',
        extend: true,
        note: 'Los datos están en tres direcciones distintas (ejemplo).',
      },
    ],
  },
  {
    age: 30,
    description: 'Registro de árboles plantados en parques urbanos (ejemplo).',
    steps: [
      { after: 1, status: 'in_progress' },
      {
        after: 10,
        status: 'extended',
        extend: true,
        note: 'Se consolida información de dos bases de datos (ejemplo).',
      },
    ],
  },
  {
    age: 40,
    description: 'Gastos en publicidad oficial del año anterior (ejemplo).',
    steps: [
      { after: 1, status: 'in_progress' },
      {
        after: 6,
        status: 'answered',
        note: 'Se adjunta el detalle en CSV (ejemplo).',
        answerUrl: 'https://example.org/respuestas/publicidad.csv',
      },
    ],
  },
  {
    age: 60,
    description: 'Horarios y rutas de los buses urbanos (ejemplo).',
    steps: [
      { after: 2, status: 'in_progress' },
      {
        after: 8,
        status: 'extended',
        extend: true,
        note: 'Se espera la información de la empresa operadora (ejemplo).',
      },
      {
        after: 18,
        status: 'partially_answered',
        note: 'Se entregan las rutas; los horarios no existen por escrito (ejemplo).',
        answerUrl: 'https://example.org/respuestas/rutas.pdf',
      },
    ],
  },
  {
    age: 75,
    description: 'Estudios de suelo del relleno sanitario (ejemplo).',
    steps: [
      {
        after: 3,
        status: 'refused',
        note: 'Información reservada según el índice de información reservada (ejemplo).',
        reservedIndexRef: 'IR-2026-004 (ejemplo)',
      },
    ],
  },
  {
    age: 90,
    description: 'Nómina de concesionarios del mercado central (ejemplo).',
    steps: [
      {
        after: 4,
        status: 'not_held',
        note: 'El municipio no administra el mercado desde 2020 (ejemplo).',
      },
    ],
  },
  {
    age: 20,
    description: 'Actas de entrega de kits escolares (ejemplo).',
    steps: [{ after: 2, status: 'withdrawn', note: 'La persona retiró su solicitud (ejemplo).' }],
  },
];

export interface SeedResult {
  created: number;
  existing: number;
}

/** Whether the database holds only sample requests (or nothing). */
export async function isSampleOnly(storage: Storage): Promise<boolean> {
  const total = await storage.count();
  if (total === 0) return true;
  const { rows } = await storage.list({ limit: 10_000, order: 'received' });
  return rows.length === total && rows.every((r) => r.idempotencyKey.startsWith(SAMPLE_KEY_PREFIX));
}

/** Creates the sample requests that are missing. */
export async function seedSample(
  storage: Storage,
  config: Pick<Config, 'deadlineRules'>,
  secret: string,
  now: Date = new Date(),
): Promise<SeedResult> {
  let staff = await storage.findStaffByEmail(SAMPLE_STAFF_EMAIL);
  // A disabled placeholder account ("!" hash: no password can match) that signs the sample changes.
  staff ??= await storage.createStaff({
    email: SAMPLE_STAFF_EMAIL,
    name: 'Funcionario de ejemplo (ficticio)',
    passwordHash: '!disabled-sample-account',
  });
  let created = 0;
  let existing = 0;
  for (const [index, sample] of SAMPLES.entries()) {
    const n = index + 1;
    const received = new Date(now.getTime() - sample.age * DAY);
    received.setUTCHours(15, 0, 0, 0);
    const deadlines = computeDeadlines(received, config.deadlineRules);
    const year = Number(guayaquilDay(received).slice(0, 4));
    const payload = {
      requesterType: 'person',
      name: `Persona de ejemplo ${n}`,
      idType: 'passport',
      idNumber: `EJEMPLO${String(n).padStart(3, '0')}`,
      email: `persona.ejemplo${n}@example.org`,
      phone: '',
      address: '',
      onBehalf: false,
      description: sample.description,
      delivery: 'email',
      format: 'any',
      declaration: true,
      lang: 'es',
      sample: true,
    };
    let result;
    for (let attempt = 0; ; attempt++) {
      const code = generateCode(year);
      try {
        result = await storage.createRequest({
          code,
          accessKeyHash: sha256(deriveAccessKey(secret, code)),
          idempotencyKey: `${SAMPLE_KEY_PREFIX}${n}`,
          receivedAt: received.toISOString(),
          dueAt: deadlines.dueAt.toISOString(),
          extendedDueAt: deadlines.extendedDueAt.toISOString(),
          email: payload.email,
          name: payload.name,
          payload,
          proof: null,
        });
        break;
      } catch (error) {
        if (!(error instanceof CodeConflictError) || attempt > 5) throw error;
      }
    }
    if (!result.created) {
      existing += 1;
      continue;
    }
    created += 1;
    for (const step of sample.steps) {
      const at = new Date(received.getTime() + step.after * DAY).toISOString();
      const change: StatusChange = {
        status: step.status,
        at,
        staffId: staff.id,
        note: step.note ?? null,
        answerUrl: step.answerUrl ?? null,
        reservedIndexRef: step.reservedIndexRef ?? null,
      };
      await storage.changeStatus(result.request.id, change);
    }
  }
  return { created, existing };
}
