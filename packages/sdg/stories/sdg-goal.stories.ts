import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MingaSdgGoal } from '../src/index.js';

MingaSdgGoal.define('minga-sdg-goal');

interface Args {
  goal: number;
  size: 'card' | 'tile';
  status: string;
  figure: string;
  'figure-label': string;
  href: string;
}

const meta: Meta<Args> = {
  title: 'ODS/Objetivo',
  component: 'minga-sdg-goal',
  args: {
    goal: 6,
    size: 'card',
    status: 'moderate_progress',
    figure: '82,6 %',
    'figure-label': 'Población con agua potable segura, 2025 (datos ficticios)',
    href: '#ods-6',
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['card', 'tile'] },
    status: {
      control: 'select',
      options: [
        '',
        'target_achieved',
        'substantial_progress',
        'moderate_progress',
        'limited_progress',
        'deterioration',
        'not_available',
      ],
    },
  },
  render: (a) =>
    html`<div style="max-width: 20rem">
      <minga-sdg-goal
        goal=${a.goal}
        size=${a.size}
        status=${a.status || undefined}
        figure=${a.figure || undefined}
        figure-label=${a['figure-label'] || undefined}
        href=${a.href || undefined}
      ></minga-sdg-goal>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Tarjeta: Story = { name: 'Tarjeta con estado y cifra' };

export const Los17: Story = {
  name: 'Los 17 objetivos (mosaicos)',
  render: () =>
    html`<div
      style="display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr))"
    >
      ${Array.from(
        { length: 17 },
        (_, i) => html`<minga-sdg-goal goal=${i + 1} size="tile"></minga-sdg-goal>`,
      )}
    </div>`,
};

export const Estados: Story = {
  name: 'Todos los estados',
  render: () =>
    html`<div
      style="display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr))"
    >
      ${[
        'target_achieved',
        'substantial_progress',
        'moderate_progress',
        'limited_progress',
        'deterioration',
        'not_available',
      ].map(
        (status, i) =>
          html`<minga-sdg-goal goal=${[3, 7, 6, 1, 11, 14][i]} status=${status}></minga-sdg-goal>`,
      )}
    </div>`,
};

export const Desconocido: Story = {
  name: 'Número desconocido (error)',
  args: { goal: 18, status: '', figure: '', href: '' },
};
