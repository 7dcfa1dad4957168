import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MingaSdgProgress } from '../src/index.js';

MingaSdgProgress.define('minga-sdg-progress');

interface Args {
  label: string;
  value: number;
  target: number;
  baseline?: number;
  unit: string;
  direction: 'higher' | 'lower';
}

const meta: Meta<Args> = {
  title: 'ODS/Barra de progreso',
  component: 'minga-sdg-progress',
  args: {
    label: 'Población con agua potable segura (ficticio)',
    value: 82.6,
    target: 95,
    baseline: 72.7,
    unit: '%',
    direction: 'higher',
  },
  argTypes: { direction: { control: 'inline-radio', options: ['higher', 'lower'] } },
  render: (a) =>
    html`<div style="max-width: 28rem">
      <minga-sdg-progress
        label=${a.label}
        value=${a.value}
        target=${a.target}
        baseline=${a.baseline ?? undefined}
        unit=${a.unit}
        direction=${a.direction}
      ></minga-sdg-progress>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const MasEsMejor: Story = { name: 'Más es mejor' };
export const MenosEsMejor: Story = {
  name: 'Menos es mejor',
  args: {
    label: 'Muertes en siniestros de tránsito por 100 000 hab. (ficticio)',
    value: 44,
    target: 30,
    baseline: 50,
    unit: '',
    direction: 'lower',
  },
};
export const SinMeta: Story = {
  name: 'Sin meta numérica',
  args: { target: Number.NaN, baseline: undefined },
};
