import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MingaSdgIndicator } from '../src/index.js';
import csv611 from '../test/fixtures/indicator_6-1-1.csv?url';
import json611 from '../test/fixtures/indicator_6-1-1.json?url';
import yml611 from '../test/fixtures/indicator_6-1-1.yml?url';
import csv361 from '../test/fixtures/indicator_3-6-1.csv?url';
import sinYear from '../test/fixtures/sin-year.csv?url';
import duplicados from '../test/fixtures/duplicados.csv?url';
import noNumerico from '../test/fixtures/no-numerico.csv?url';
import csv121 from '../test/fixtures/indicator_1-2-1.csv?url';
import csv131 from '../test/fixtures/indicator_1-3-1.csv?url';
import csv852 from '../test/fixtures/indicator_8-5-2.csv?url';
import translations from '../test/fixtures/translations.json?url';

MingaSdgIndicator.define('minga-sdg-indicator');

interface Args {
  src: string;
  meta: string;
  chart: string;
  view: 'chart' | 'table';
}

const meta: Meta<Args> = {
  title: 'ODS/Indicador',
  component: 'minga-sdg-indicator',
  args: { src: csv611, meta: json611, chart: '', view: 'chart' },
  argTypes: {
    chart: { control: 'inline-radio', options: ['', 'line', 'bar'] },
    view: { control: 'inline-radio', options: ['chart', 'table'] },
  },
  render: (a) =>
    html`<minga-sdg-indicator
      src=${a.src}
      meta=${a.meta || undefined}
      chart=${a.chart || undefined}
      view=${a.view}
    ></minga-sdg-indicator>`,
};
export default meta;
type Story = StoryObj<Args>;

export const AguaPotable: Story = {
  name: '6.1.1 Agua potable (sexo × área × unidad, ficticio)',
};
export const Tabla: Story = { name: 'Vista de tabla', args: { view: 'table' } };
export const Yaml: Story = { name: 'Metadatos en YAML', args: { meta: yml611 } };
export const EjemploResuelto: Story = {
  name: 'Ejemplo resuelto (menos es mejor, barras)',
  render: () =>
    html`<minga-sdg-indicator
      src=${csv361}
      label="3.6.1 Muertes por siniestros de tránsito por cada 100 000 habitantes (ficticio)"
      target="30"
      target-year="2030"
      direction="lower"
    ></minga-sdg-indicator>`,
};
export const SinAnio: Story = {
  name: 'Error: CSV sin Year ni Value',
  args: { src: sinYear, meta: '' },
};
export const Duplicados: Story = {
  name: 'Aviso: años repetidos',
  args: { src: duplicados, meta: '' },
};
export const NoNumerico: Story = {
  name: 'Aviso: valores no numéricos',
  args: { src: noNumerico, meta: '' },
};
export const NoExiste: Story = {
  name: 'Error: archivo que no existe (404)',
  args: { src: '/no-existe/indicator_1-1-1.csv', meta: '' },
};
export const SinMetadatos: Story = {
  name: 'Aviso: metadatos que no existen',
  args: { meta: '/no-existe/indicator_6-1-1.json' },
};
export const SeriesYUnidades: Story = {
  name: '1.2.1 Pobreza (Series, Units y Sex en inglés, ficticio)',
  args: { src: csv121, meta: '' },
};
export const CodigosOpenSdg: Story = {
  name: 'Códigos de Open SDG (Age, Type: aged 0-5 years, disabled…, ficticio)',
  args: { src: csv131, meta: '' },
};
export const CodigosSdmx: Story = {
  name: 'Códigos SDMX con las traducciones del sitio (translations.json, ficticio)',
  render: () =>
    html`<minga-sdg-indicator
      src=${csv852}
      translations=${translations}
      direction="higher"
      label="8.5.2 Tasa de empleo (ficticio)"
    ></minga-sdg-indicator>`,
};
export const Combinacion: Story = {
  name: 'Combinación: mujeres del área rural frente al total',
  render: () =>
    html`<minga-sdg-indicator
      src=${csv611}
      meta=${json611}
      @minga-sdg-load=${(e: Event) =>
        (e.target as MingaSdgIndicator).selectSeries([
          'Units=Porcentaje',
          'Units=Porcentaje|Sex=Mujeres|Area=Rural',
          'Units=Porcentaje|Sex=Hombres|Area=Rural',
        ])}
    ></minga-sdg-indicator>`,
};
export const MetadatosPropiedad: Story = {
  name: 'Metadatos como propiedad (.metadata)',
  render: () =>
    html`<minga-sdg-indicator
      src=${csv611}
      .metadata=${{
        indicator_number: '6.1.1',
        indicator_name: 'Agua potable segura (metadatos dados como objeto)',
        source: 'Registro municipal',
        target_value: 95,
        direction: 'higher',
        unit: '%',
      }}
    ></minga-sdg-indicator>`,
};
export const DosBarras: Story = {
  name: 'Dos indicadores con barras en una página',
  render: () =>
    html`<minga-sdg-indicator
        src=${csv361}
        chart="bar"
        label="3.6.1 (ficticio)"
      ></minga-sdg-indicator>
      <minga-sdg-indicator
        src=${csv611}
        chart="bar"
        label="6.1.1 (ficticio)"
        @minga-sdg-load=${(e: Event) =>
          (e.target as MingaSdgIndicator).selectSeries([
            'Units=Porcentaje',
            'Units=Porcentaje|Area=Urbana',
            'Units=Porcentaje|Area=Rural',
          ])}
      ></minga-sdg-indicator>`,
};
