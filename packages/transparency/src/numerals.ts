/**
 * The numerals of LOTAIP 2023 art. 19: the minimum information every obligated institution
 * publishes on its website each month. Titles follow how institutions label them under the
 * new law; the one-line descriptions say, in plain words, what each one is for a citizen.
 *
 * The official list can change: an index's `numerals` replace (same id) or extend (new id)
 * these defaults, see {@link mergeNumerals}.
 */

/** A text in Spanish and English (Spanish is required; English falls back to it). */
export interface LocalizedText {
  es: string;
  en?: string;
  [lang: string]: string | undefined;
}

/** One numeral of art. 19. */
export interface Numeral {
  /** 1…24 for the law's numerals; an index may add others. */
  id: number;
  title: LocalizedText;
  /** One line, plain language: what this means to a citizen. */
  description: LocalizedText;
}

const n = (id: number, es: string, en: string, des: string, den: string): Numeral => ({
  id,
  title: { es, en },
  description: { es: des, en: den },
});

/** The 24 numerals of LOTAIP 2023 art. 19 (the defaults). */
export const LOTAIP_NUMERALS: readonly Numeral[] = Object.freeze([
  n(
    1,
    'Estructura orgánica, base legal, regulaciones, procedimientos, metas y objetivos',
    'Organisational structure, legal basis, regulations, procedures, goals and objectives',
    'Cómo está organizada la institución, qué normas la rigen y qué se propone cada unidad.',
    'How the institution is organised, the rules it follows and what each unit aims to do.',
  ),
  n(
    2,
    'Directorio y distributivo del personal',
    'Staff directory and distribution',
    'Quién trabaja aquí, en qué puesto y cómo contactarle.',
    'Who works here, in which post and how to reach them.',
  ),
  n(
    3,
    'Remuneraciones e ingresos adicionales',
    'Monthly pay and additional income',
    'Cuánto gana cada puesto al mes, con los ingresos adicionales.',
    'How much each post earns per month, with any additional income.',
  ),
  n(
    4,
    'Licencias y comisiones de servicio',
    'Leaves and service commissions',
    'Qué servidores tuvieron licencias o comisiones y por qué.',
    'Which staff had leave or service commissions, and why.',
  ),
  n(
    5,
    'Servicios, formularios, formatos y trámites',
    'Services, forms, formats and procedures',
    'Qué trámites puede hacer, qué necesita y dónde hacerlos.',
    'Which procedures you can do, what you need and where to do them.',
  ),
  n(
    6,
    'Presupuesto',
    'Budget',
    'Cuánto dinero tiene la institución y en qué lo gasta.',
    'How much money the institution has and what it spends it on.',
  ),
  n(
    7,
    'Auditorías internas y gubernamentales',
    'Internal and government audits',
    'Los resultados de los controles a la institución.',
    'The results of the audits of the institution.',
  ),
  n(
    8,
    'Procesos de contratación pública',
    'Public procurement processes',
    'Qué compra y contrata la institución, a quién y por cuánto.',
    'What the institution buys and contracts, from whom and for how much.',
  ),
  n(
    9,
    'Empresas y personas que incumplieron contratos',
    'Companies and people who breached contracts',
    'Quiénes no cumplieron un contrato con la institución.',
    'Who did not fulfil a contract with the institution.',
  ),
  n(
    10,
    'Planes y programas',
    'Plans and programmes',
    'Los planes y programas en marcha y en qué van.',
    'The plans and programmes under way and how far they are.',
  ),
  n(
    11,
    'Contratos de crédito',
    'Credit contracts',
    'Los préstamos que tiene la institución y sus condiciones.',
    'The loans the institution has taken and their terms.',
  ),
  n(
    12,
    'Mecanismos de rendición de cuentas',
    'Accountability mechanisms',
    'Cómo y cuándo las autoridades rinden cuentas a la ciudadanía.',
    'How and when the authorities account to citizens.',
  ),
  n(
    13,
    'Viáticos e informes de trabajo',
    'Travel expenses and work reports',
    'Cuánto se gastó en viajes de trabajo y qué se hizo en ellos.',
    'How much was spent on work trips and what was done on them.',
  ),
  n(
    14,
    'Responsable del acceso a la información pública',
    'Person responsible for access to public information',
    'A quién pedir información pública y cómo contactarle.',
    'Whom to ask for public information and how to reach them.',
  ),
  n(
    15,
    'Contratos colectivos',
    'Collective contracts',
    'Los acuerdos firmados con los sindicatos de trabajadores.',
    'The agreements signed with the workers’ unions.',
  ),
  n(
    16,
    'Índice de información reservada',
    'Index of reserved information',
    'Qué información no es pública, por qué y hasta cuándo.',
    'Which information is not public, why and until when.',
  ),
  n(
    17,
    'Audiencias y reuniones de las autoridades',
    'Hearings and meetings of the authorities',
    'Con quién se reúnen las autoridades y de qué hablan.',
    'Whom the authorities meet and what they discuss.',
  ),
  n(
    18,
    'Convenios nacionales e internacionales',
    'National and international agreements',
    'Los acuerdos firmados con otras instituciones y países.',
    'The agreements signed with other institutions and countries.',
  ),
  n(
    19,
    'Obsequios oficiales',
    'Official gifts',
    'Los regalos que recibieron las autoridades por su cargo.',
    'The gifts the authorities received because of their post.',
  ),
  n(
    20,
    'Registro de activos de información frecuente',
    'Register of frequently requested information',
    'La información que más pide la gente, lista para descargar.',
    'The information people ask for most, ready to download.',
  ),
  n(
    21,
    'Políticas públicas o información para grupos específicos',
    'Public policies or information for specific groups',
    'Lo que la institución hace para grupos como mujeres, niñez o personas con discapacidad.',
    'What the institution does for groups such as women, children or people with disabilities.',
  ),
  n(
    22,
    'Servicios, formularios y trámites en línea',
    'Online services, forms and procedures',
    'Los trámites que puede hacer por internet, sin ir a una oficina.',
    'The procedures you can do online, without going to an office.',
  ),
  n(
    23,
    'Personal en acciones afirmativas',
    'Staff under affirmative action',
    'Cuántas personas trabajan aquí gracias a acciones afirmativas.',
    'How many people work here thanks to affirmative action.',
  ),
  n(
    24,
    'Información relevante para el ejercicio de derechos',
    'Information relevant to exercising rights',
    'Otra información útil para ejercer sus derechos, como los avances de los ODS.',
    'Other information useful to exercise your rights, such as progress on the SDGs.',
  ),
]);

/**
 * The numerals in force: the defaults, with `overrides` replacing a default of the same id
 * (missing texts keep the default's) or adding a new one; sorted by id.
 */
export function mergeNumerals(
  overrides: ReadonlyArray<Partial<Numeral> & { id: number }> = [],
  defaults: readonly Numeral[] = LOTAIP_NUMERALS,
): Numeral[] {
  const byId = new Map<number, Numeral>(defaults.map((d) => [d.id, d]));
  for (const o of overrides) {
    const base = byId.get(o.id);
    byId.set(o.id, {
      id: o.id,
      title: { ...base?.title, ...o.title } as LocalizedText,
      description: { ...base?.description, ...o.description } as LocalizedText,
    });
  }
  return [...byId.values()]
    .filter((x) => x.title.es)
    .map((x) => ({ ...x, description: { ...x.description, es: x.description.es ?? '' } }))
    .sort((a, b) => a.id - b.id);
}

/** `text` in `lang` (by its base language), else Spanish. */
export function pick(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  const base = lang.toLowerCase().split('-')[0]!;
  return text[lang] ?? text[base] ?? text.es ?? '';
}
