// Fixtures and figures the data-table bench needs, made before the page runs (never committed):
// - contratos-100k.csv: 100,000 procurement-like rows × 10 columns (about 25 MB), `;` and
//   decimal commas as Ecuadorian exports have them;
// - size.json: the gzipped size of the element's own JavaScript, Lit and @minga/* left out.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleSize } from '../../../scripts/bundle-size.mjs';

const parroquias = [
  'Tarqui',
  'Ximena',
  'Febres Cordero',
  'Letamendi',
  'Pascuales',
  'Chongón',
  'Posorja',
  'Tenguel',
  'El Morro',
  'Juan Gómez Rendón',
];
const objetos = [
  'Construcción de la vía',
  'Mantenimiento de alcantarillado',
  'Adquisición de medicinas',
  'Servicio de limpieza',
  'Consultoría para el plan de desarrollo',
  'Compra de computadoras',
  'Reparación del mercado',
  'Iluminación del parque',
  'Dotación de agua potable',
  'Capacitación en información pública',
];
const proveedores = [
  'Constructora Andina S.A.',
  'Servicios del Austro Cía. Ltda.',
  'Farmacia Comunitaria',
  'Ñan Tecnología S.A.',
  'Consultores Asociados del Pacífico',
  'Papelería Andina',
  'Ingeniería Chimborazo',
  'Limpieza Total Guayas',
];
const estados = ['Adjudicado', 'En ejecución', 'Finalizado', 'Cancelado'];
const tipos = ['Obra', 'Bien', 'Servicio', 'Consultoría'];

export function procurementCsv(rows) {
  const lines = [
    'Código;Objeto del contrato;Proveedor;RUC;Parroquia;Tipo;Monto;Fecha de adjudicación;Plazo (días);Estado',
  ];
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < rows; i++) {
    const monto = (rand() * 500000 + 100)
      .toFixed(2)
      .replace('.', ',')
      .replace(/\B(?=(\d{3})+(?!\d),)/g, '.');
    const d = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const objeto = `${objetos[Math.floor(rand() * objetos.length)]} en la parroquia ${parroquias[i % parroquias.length]}, sector ${1 + (i % 40)}, según el pliego y sus anexos técnicos, expediente ${i + 1}`;
    lines.push(
      [
        `SIE-GADM-2025-${String(i + 1).padStart(6, '0')}`,
        `"${objeto}"`,
        proveedores[Math.floor(rand() * proveedores.length)],
        `09${String(Math.floor(rand() * 1e8)).padStart(8, '0')}001`,
        parroquias[Math.floor(rand() * parroquias.length)],
        tipos[Math.floor(rand() * tipos.length)],
        monto,
        `${d}/${m}/2025`,
        String(30 + Math.floor(rand() * 330)),
        estados[Math.floor(rand() * estados.length)],
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export async function setup(outDir) {
  writeFileSync(`${outDir}/contratos-100k.csv`, procurementCsv(100_000));
  const entry = fileURLToPath(new URL('../src/define.ts', import.meta.url));
  writeFileSync(`${outDir}/size.json`, JSON.stringify(await bundleSize(entry)));
}
