import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MingaSdgGrid } from '../src/index.js';
import indice from '../test/fixtures/indice.json?url';
import invalido from '../test/fixtures/indice-invalido.json?url';

MingaSdgGrid.define('minga-sdg-grid');

interface Args {
  src: string;
  filter: string;
}

const meta: Meta<Args> = {
  title: 'ODS/Cuadrícula',
  component: 'minga-sdg-grid',
  args: { src: indice, filter: 'all' },
  argTypes: {
    filter: {
      control: 'inline-radio',
      options: ['all', 'on-track', 'limited', 'deterioration', 'no-data'],
    },
  },
  render: (a) => html`<minga-sdg-grid src=${a.src} filter=${a.filter}></minga-sdg-grid>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Todos: Story = { name: 'Los 17 objetivos (índice ficticio)' };
export const ConRetroceso: Story = {
  name: 'Filtrado: con retroceso',
  args: { filter: 'deterioration' },
};
export const Invalido: Story = { name: 'Índice con errores', args: { src: invalido } };
export const NoExiste: Story = {
  name: 'Índice que no existe (404)',
  args: { src: '/no-existe/indice.json' },
};
