import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MingaPlainCheck } from '../src/index.js';

MingaPlainCheck.define('minga-plain-check');

interface Args {
  value: string;
  label: string;
  maxSentenceWords: number;
  lang: 'es' | 'en';
}

const ANSWER = `En virtud de lo dispuesto en el artículo 19 de la LOTAIP, se procede a dar cumplimiento a su solicitud. La información fue remitida por la Dirección Financiera.

Considerando lo anterior, no es imposible que el plazo se amplíe. Por medio de la presente le informamos que la realización de la verificación de los pagos coadyuvará a la transparencia.`;

const meta: Meta<Args> = {
  title: 'Lenguaje claro/Revisión de texto',
  component: 'minga-plain-check',
  args: { value: ANSWER, label: 'Respuesta al ciudadano', maxSentenceWords: 30, lang: 'es' },
  argTypes: { lang: { control: 'inline-radio', options: ['es', 'en'] } },
  render: (a) =>
    html`<div style="max-width: 44rem">
      <minga-plain-check
        lang=${a.lang}
        label=${a.label}
        max-sentence-words=${a.maxSentenceWords}
        .value=${a.value}
      ></minga-plain-check>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const RespuestaAdministrativa: Story = { name: 'Respuesta administrativa' };
export const TextoClaro: Story = {
  name: 'Texto claro',
  args: {
    value:
      'Recibimos su pedido el 3 de octubre. Le enviamos los pagos de septiembre en un archivo adjunto. Si falta algo, escríbanos.',
  },
};
export const EnIngles: Story = { name: 'Interfaz en inglés', args: { lang: 'en' } };
export const CuadroDeLaPagina: Story = {
  name: 'Cuadro de texto de la página (for)',
  render: () =>
    html`<div style="max-width: 44rem">
      <label for="respuesta" style="display:block;font-weight:bold">Respuesta</label>
      <textarea id="respuesta" rows="6" style="width:100%">${ANSWER}</textarea>
      <minga-plain-check for="respuesta"></minga-plain-check>
    </div>`,
};
