// Deterministic generators of the demo's FICTIONAL sample data. Nothing here describes a real
// place: "San Isidro del Valle" does not exist. The same seed always gives the same bytes, so
// the 100,000-row file is made at build time and never committed.

/** A small, fast, seeded PRNG (mulberry32): numbers in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARROQUIAS = [
  'San Isidro (urbana)',
  'El Rosal',
  'Las Palmas',
  'Santa Rita',
  'La Esperanza',
  'Río Claro',
];
const BARRIOS = [
  'Centro',
  'La Loma',
  'El Tejar',
  'Los Álamos',
  'San Vicente',
  'La Chorrera',
  'Miraflores',
  'Ñucanchi Llacta',
  'El Ejido',
  'Buenos Aires',
];
const USOS = [
  'Residencial',
  'Comercial',
  'Agrícola',
  'Mixto',
  'Equipamiento público',
  'Industrial',
];
const TIPOS = [
  'Persona natural',
  'Persona natural',
  'Persona natural',
  'Persona jurídica',
  'Sector público',
];

/** Header of the predios CSV. */
export const PREDIOS_HEADER = [
  'Clave catastral',
  'Parroquia',
  'Barrio',
  'Tipo de propietario',
  'Uso del suelo',
  'Área de terreno (m²)',
  'Área construida (m²)',
  'Avalúo (USD)',
  'Año de construcción',
  'Actualizado',
];

/**
 * The fictional cadastre ("predios"): `count` rows as CSV text (UTF-8, comma, dot decimals),
 * produced in chunks so 100,000 rows never sit in memory as objects.
 */
export function* prediosCsv(count = 100_000, seed = 20260101) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  yield PREDIOS_HEADER.join(',') + '\n';
  let chunk = '';
  for (let i = 0; i < count; i += 1) {
    const p = Math.floor(rand() * PARROQUIAS.length);
    const uso = pick(USOS);
    const terreno =
      Math.round((uso === 'Agrícola' ? 2000 + rand() * 48000 : 90 + rand() * 900) * 100) / 100;
    const built = rand() < 0.18 ? 0 : Math.round(terreno * (0.2 + rand() * 1.4) * 100) / 100;
    const avaluo =
      Math.round((terreno * (12 + rand() * 60) + built * (180 + rand() * 320)) * 100) / 100;
    const anio = built === 0 ? '' : String(1950 + Math.floor(rand() * 76));
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const clave = `SIV-${String(p + 1).padStart(2, '0')}-${String(Math.floor(i / 40) + 1).padStart(4, '0')}-${String((i % 40) + 1).padStart(3, '0')}`;
    chunk += `${clave},${PARROQUIAS[p]},${pick(BARRIOS)},${pick(TIPOS)},${uso},${terreno.toFixed(2)},${built.toFixed(2)},${avaluo.toFixed(2)},${anio},2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** The whole predios CSV as one Buffer (for the build's emitted asset). */
export function prediosBuffer(count = 100_000) {
  return Buffer.from([...prediosCsv(count)].join(''), 'utf8');
}

const RUTAS = [
  'R01 Centro',
  'R02 El Rosal',
  'R03 Las Palmas',
  'R04 Santa Rita',
  'R05 La Esperanza',
  'R06 Río Claro',
  'R07 Mercado',
  'R08 Vía a la Costa',
];
const TURNOS = ['Mañana', 'Tarde', 'Noche'];

/** CKAN DataStore fields of the fictional waste-collection dataset. */
export const RESIDUOS_FIELDS = [
  { id: '_id', type: 'int' },
  { id: 'ruta', type: 'text', info: { label: 'Ruta de recolección' } },
  { id: 'mes', type: 'timestamp', info: { label: 'Mes' } },
  { id: 'turno', type: 'text' },
  { id: 'toneladas', type: 'numeric', info: { label: 'Toneladas recolectadas' } },
  { id: 'reciclable_pct', type: 'numeric', info: { label: 'Reciclable (%)' } },
  { id: 'viajes', type: 'int4' },
  { id: 'reclamos', type: 'int4', info: { label: 'Reclamos ciudadanos' } },
];

/** The fictional waste-collection records: every route × shift × month of 2024–2025. */
export function residuosRecords(seed = 7) {
  const rand = random(seed);
  const records = [];
  let id = 1;
  for (const year of [2024, 2025])
    for (let month = 1; month <= 12; month += 1)
      for (const ruta of RUTAS)
        for (const turno of TURNOS) {
          const toneladas = Math.round((8 + rand() * 30) * 100) / 100;
          records.push({
            _id: id++,
            ruta,
            mes: `${year}-${String(month).padStart(2, '0')}-01T00:00:00`,
            turno,
            toneladas: toneladas.toFixed(2),
            reciclable_pct: (Math.round((5 + rand() * 25) * 10) / 10).toFixed(1),
            viajes: 2 + Math.floor(rand() * 9),
            reclamos: Math.floor(rand() * rand() * 12),
          });
        }
  return records;
}
