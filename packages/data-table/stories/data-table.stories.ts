import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Row } from '@minga/data';
import { MingaDataTable, type ColumnConfig } from '../src/index.js';

MingaDataTable.define('minga-data-table');

// Sample data, made here and clearly fictional: contracts of an imaginary municipality.
const objetos = [
  'Construcción de la vía a la parroquia',
  'Mantenimiento de alcantarillado',
  'Adquisición de medicinas para el dispensario',
  'Servicio de recolección de basura',
  'Consultoría del plan de desarrollo (PDOT)',
  'Iluminación del parque central',
  'Dotación de agua potable',
  'Capacitación en acceso a la información pública',
  'Juegos infantiles para niños y niñas',
];
const proveedores = [
  'Constructora Andina S.A.',
  'Servicios del Austro Cía. Ltda.',
  'Ñan Tecnología S.A.',
  'Farmacia Comunitaria',
  'Consultores del Pacífico',
];
const parroquias = ['Centro', 'San Isidro', 'La Unión', 'El Cisne', 'Buena Fe'];
const tipos = ['Obra', 'Bien', 'Servicio', 'Consultoría'];
const estados = ['Adjudicado', 'En ejecución', 'Finalizado'];

const columns: ColumnConfig[] = [
  { key: 'codigo', label: 'Código', type: 'text' },
  { key: 'objeto', label: 'Objeto del contrato', type: 'text' },
  { key: 'proveedor', label: 'Proveedor', type: 'text' },
  { key: 'parroquia', label: 'Parroquia', type: 'text' },
  { key: 'tipo', label: 'Tipo', type: 'text' },
  { key: 'monto', label: 'Monto', type: 'currency' },
  { key: 'fecha', label: 'Adjudicación', type: 'date' },
  { key: 'avance', label: 'Avance', type: 'percent' },
  { key: 'estado', label: 'Estado', type: 'text' },
  { key: 'enlace', label: 'Proceso en el SERCOP', type: 'url' },
];

function contracts(n: number): Row[] {
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: n }, (_, i) => [
    `GADM-DEMO-2025-${String(i + 1).padStart(6, '0')}`,
    `${pick(objetos)} ${pick(parroquias)}`,
    pick(proveedores),
    pick(parroquias),
    pick(tipos),
    Math.round(rand() * 50_000_000) / 100,
    new Date(Date.UTC(2025, Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))),
    Math.round(rand() * 100) / 100,
    pick(estados),
    i % 7 === 0 ? `https://compras.example.gob.ec/proceso/${i + 1}` : null,
  ]);
}

const sample = contracts(240);

interface Args {
  caption: string;
  'page-size': number;
  virtual: boolean;
  density: 'comfortable' | 'compact';
}

const meta: Meta<Args> = {
  title: 'Datos abiertos/Tabla de datos',
  component: 'minga-data-table',
  tags: ['autodocs'],
  args: {
    caption: 'Contratos 2025 (datos de ejemplo)',
    'page-size': 25,
    virtual: false,
    density: 'comfortable',
  },
  render: (args) =>
    html`<minga-data-table
      caption=${args.caption}
      page-size=${args['page-size']}
      ?virtual=${args.virtual}
      density=${args.density}
      .columns=${columns}
      .rows=${sample}
    ></minga-data-table>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The sample table, and something to do to it once it has rendered its data (each story acts
 * on its own table, also on the docs page where all of them render together).
 */
const sampleTable = (caption: string, then?: (el: MingaDataTable) => void) => {
  let done = false;
  return html`<minga-data-table
    caption=${caption}
    .columns=${columns}
    .rows=${sample}
    ${ref((el) => {
      if (!el || done || !then) return;
      done = true;
      const table = el as MingaDataTable;
      void table.updateComplete.then(() => then(table));
    })}
  ></minga-data-table>`;
};

export const Basica: Story = { name: 'Básica (240 filas)' };

export const Compacta: Story = { name: 'Compacta', args: { density: 'compact', 'page-size': 50 } };

export const Busqueda: Story = {
  name: 'Búsqueda sin tildes',
  render: (args) => sampleTable(args.caption, (el) => el.setSearch('informacion publica')),
};

export const Filtros: Story = {
  name: 'Filtros activos',
  render: (args) =>
    sampleTable(args.caption, (el) => {
      el.setFilter('tipo', { kind: 'values', values: ['Obra', 'Consultoría'] });
      el.setFilter('monto', { kind: 'range', min: 100000, max: null });
    }),
};

export const Orden: Story = {
  name: 'Ordenada por dos columnas',
  render: (args) =>
    sampleTable(args.caption, (el) =>
      el.setSort([
        { column: 'parroquia', direction: 'asc' },
        { column: 'monto', direction: 'desc' },
      ]),
    ),
};

const big = contracts(100_000);

export const CienMil: Story = {
  name: '100.000 filas, paginadas',
  render: (args) =>
    html`<minga-data-table
      caption="100.000 contratos (datos de ejemplo)"
      page-size=${args['page-size']}
      .columns=${columns}
      .rows=${big}
    ></minga-data-table>`,
};

export const Virtual: Story = {
  name: '100.000 filas, desplazamiento virtual',
  render: () =>
    html`<minga-data-table
      caption="100.000 contratos (datos de ejemplo)"
      virtual
      style="--minga-data-table-height: 28rem"
      .columns=${columns}
      .rows=${big}
    ></minga-data-table>`,
};

const csv = [
  'Contratos adjudicados 2025 - GAD Municipal de Ejemplo (datos ficticios)',
  '',
  'Código;Objeto;Proveedor;Monto;Fecha',
  'GADM-001;Construcción de la vía;Constructora Andina S.A.;1.234,56;15/03/2025',
  'GADM-002;Información pública en línea;Ñan Tecnología S.A.;98.765,10;01/02/2025',
  'GADM-003;Juegos para niños;Servicios del Austro;12.000,00;28/02/2025',
].join('\r\n');

export const DesdeCsv: Story = {
  name: 'Desde un CSV de Excel (; y coma decimal)',
  render: () =>
    html`<minga-data-table
      caption="Contratos desde CSV"
      src=${URL.createObjectURL(new Blob([csv], { type: 'text/csv' }))}
    ></minga-data-table>`,
};

export const Tarjetas: Story = {
  name: 'En un teléfono (tarjetas)',
  render: (args) =>
    html`<div style="max-width: 360px">
      <minga-data-table
        caption=${args.caption}
        page-size="10"
        .columns=${columns}
        .rows=${sample}
      ></minga-data-table>
    </div>`,
};

export const ColoresDelMunicipio: Story = {
  name: 'Colores del municipio',
  render: (args) =>
    // The municipality's colours are chosen for a light page: the story keeps the light theme
    // whatever the toolbar says.
    html`<div
      class="minga-theme-light"
      style="--minga-color-primary: #00561b; --minga-color-link: #00561b; --minga-data-table-header-background: #e3f1e6; --minga-radius-md: 0; --minga-font-family: Georgia, serif; background: var(--minga-color-bg); color: var(--minga-color-text); padding: 1rem"
    >
      <minga-data-table
        caption=${args.caption}
        .columns=${columns}
        .rows=${sample}
      ></minga-data-table>
    </div>`,
};

export const Cargando: Story = {
  name: 'Cargando',
  render: () =>
    html`<minga-data-table
      caption="Esperando al servidor"
      src="/datos/que-no-responde.csv"
      .loadOptions=${{ fetch: () => new Promise<Response>(() => {}) }}
    ></minga-data-table>`,
};

export const Error404: Story = {
  name: 'Error: el archivo no existe',
  render: () =>
    html`<minga-data-table
      caption="Archivo que no existe"
      src="/datos/no-existe.csv"
      .loadOptions=${{ fetch: async () => new Response('Not found', { status: 404, statusText: 'Not Found' }) }}
    ></minga-data-table>`,
};

export const SinDatos: Story = {
  name: 'Sin datos',
  render: () =>
    html`<minga-data-table
      caption="Tabla vacía"
      .columns=${columns}
      .rows=${[]}
    ></minga-data-table>`,
};

export const SinResultados: Story = {
  name: 'Sin resultados',
  render: (args) => sampleTable(args.caption, (el) => el.setSearch('xyz que no existe')),
};

export const TextoHostil: Story = {
  name: 'Texto hostil (se muestra como texto)',
  render: () =>
    html`<minga-data-table
      caption="Celdas con HTML y enlaces peligrosos"
      .columns=${[
        { key: 'texto', label: 'Texto', type: 'text' },
        { key: 'enlace', label: 'Enlace', type: 'url' },
      ]}
      .rows=${[
        ['<img src=x onerror=alert(1)>', 'javascript:alert(1)'],
        ['<b>negrita</b> <script>alert(2)</script>', 'https://www.example.gob.ec/'],
        ['=HYPERLINK("http://malo.example","clic")', 'mailto:transparencia@example.gob.ec'],
      ]}
    ></minga-data-table>`,
};
