// Writes the big benchmark files (generated, never committed): procurement-like CSVs with
// 10 columns, ";" and decimal comma, UTF-8, about 250 bytes a row.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

const OBJETOS = [
  'Adquisición de materiales de construcción para el mejoramiento de la infraestructura vial rural del cantón',
  'Contratación del servicio de mantenimiento preventivo y correctivo de la maquinaria pesada municipal',
  'Consultoría para la actualización del plan de desarrollo y ordenamiento territorial de la parroquia',
  'Provisión de insumos médicos y medicamentos para los centros de salud del área urbana y rural',
  'Construcción de aceras, bordillos y sistema de alcantarillado pluvial en el barrio Nueva Esperanza',
];
const PROVEEDORES = [
  'Constructora Andina del Austro Cía. Ltda.',
  'Servicios Técnicos Chimborazo S.A.',
  'Consultores Asociados Ñan Cía. Ltda.',
  'Distribuidora Farmacéutica Cumandá',
  'Ingeniería y Obras Pichincha S.A.S.',
];
const TIPOS = [
  'Subasta inversa electrónica',
  'Menor cuantía obras',
  'Cotización de servicios',
  'Ínfima cuantía',
];
const ESTADOS = ['Adjudicado', 'En ejecución', 'Finalizado', 'Desierto'];

function row(i) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const amount = ((i * 7919.37) % 2_000_000).toFixed(2);
  const [int, dec] = amount.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (
    `SIE-GADMSI-2025-${String(i).padStart(7, '0')};` +
    `${OBJETOS[i % 5]} ${i % 1000};` +
    `${PROVEEDORES[(i * 7) % 5]};` +
    `0${String(990000000000 + ((i * 7919) % 9_000_000_000)).slice(0, 12)};` +
    `${TIPOS[i % 4]};` +
    `${day}/${month}/2025;` +
    `${grouped},${dec};` +
    `${30 + (i % 180)};` +
    `${ESTADOS[i % 4]};` +
    `https://compras.example.ec/proceso/${i}\n`
  );
}

async function writeCsv(path, rows) {
  const out = createWriteStream(path);
  out.write(
    'Código;Objeto;Proveedor;RUC;Tipo de contratación;Fecha de adjudicación;Monto;Plazo (días);Estado;Enlace\n',
  );
  let buffer = '';
  for (let i = 0; i < rows; i++) {
    buffer += row(i);
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((r) => out.once('drain', r));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise((resolve) => out.end(resolve));
}

export async function setup(outDir) {
  await writeCsv(join(outDir, 'contratos-100k.csv'), 100_000);
  if (!process.env.SKIP_1M) await writeCsv(join(outDir, 'contratos-1m.csv'), 1_000_000);
}
