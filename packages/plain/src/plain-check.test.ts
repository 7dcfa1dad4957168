import { expect, fixture, html, oneEvent, sendKeys } from '@minga/test-utils';
import type { MingaPlainCheck } from './index.js';
import './define.js';

const LEGAL =
  'En virtud de lo dispuesto en la ley, la solicitud fue aprobada. La LOTAIP coadyuvará.';

const shadow = (el: MingaPlainCheck) => el.shadowRoot!;
const text = (el: MingaPlainCheck) => shadow(el).textContent!.replace(/\s+/g, ' ');
const items = (el: MingaPlainCheck) => [...shadow(el).querySelectorAll('li')];
const status = (el: MingaPlainCheck) => shadow(el).querySelector('[role="status"]')!;

describe('<minga-plain-check>', () => {
  it('is accessible, with findings listed', async () => {
    const el = await fixture<MingaPlainCheck>(
      html`<minga-plain-check value=${LEGAL}></minga-plain-check>`,
    );
    await expect(el).to.be.accessible();
    expect(items(el).length).to.be.greaterThan(2);
  });

  it('shows the INFLESZ score, its band and what formulas measure', async () => {
    const el = await fixture<MingaPlainCheck>(
      html`<minga-plain-check
        value="El alcalde firmó el contrato. La obra empieza el lunes."
      ></minga-plain-check>`,
    );
    expect(text(el)).to.include('Legibilidad: 83,5, muy fácil.');
    expect(text(el)).to.include('Fernández-Huerta: 87,7 (fácil). µ: 97 (muy fácil).');
    expect(text(el)).to.include('no la claridad');
    expect(text(el)).to.include('Nada que revisar.');
    const textarea = shadow(el).querySelector('textarea')!;
    expect(textarea.labels![0]!.textContent).to.equal('Texto');
  });

  it('lists each finding with its explanation and highlights it in place', async () => {
    const el = await fixture<MingaPlainCheck>(
      html`<minga-plain-check value=${LEGAL}></minga-plain-check>`,
    );
    const first = items(el)[0]!;
    expect(first.querySelector('q')!.textContent).to.equal('En virtud de lo dispuesto en');
    expect(first.textContent).to.include('Escriba más sencillo: «según».');
    const marks = [...shadow(el).querySelectorAll('.backdrop mark')].map((m) => m.textContent);
    expect(marks).to.include('En virtud de lo dispuesto en');
    expect(marks).to.include('fue aprobada');
    expect(shadow(el).querySelector('.backdrop')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('analyses as the user types and announces the result politely', async () => {
    const el = await fixture<MingaPlainCheck>(html`<minga-plain-check></minga-plain-check>`);
    shadow(el).querySelector('textarea')!.focus();
    const analysed = oneEvent(el, 'minga-plain-analyze');
    await sendKeys({ type: 'Se remite el informe.' });
    const { detail } = await analysed;
    expect(detail.analysis.words).to.be.greaterThan(0);
    await el.updateComplete;
    expect(el.value).to.equal('Se remite el informe.');
    expect(items(el).map((li) => li.querySelector('q')!.textContent)).to.deep.equal([
      'Se remite',
      'Se remite',
    ]);
    expect(status(el).textContent).to.equal('');
    await new Promise((r) => setTimeout(r, 1700));
    await el.updateComplete;
    expect(status(el).textContent).to.match(/^Legibilidad: .+\. 2 cosas que revisar\.$/);
  });

  it('applies a suggestion by keyboard, then moves the focus to the next finding', async () => {
    const el = await fixture<MingaPlainCheck>(
      html`<minga-plain-check value="En virtud de la ley. Esto coadyuvará."></minga-plain-check>`,
    );
    const apply = shadow(el).querySelector<HTMLButtonElement>('li button.apply')!;
    expect(apply.textContent!.trim()).to.equal('Cambiar por «Por»');
    apply.focus();
    const input = oneEvent(el, 'input');
    await sendKeys({ press: 'Enter' });
    await input;
    await el.updateComplete;
    expect(el.value).to.equal('Por la ley. Esto coadyuvará.');
    expect(status(el).textContent).to.match(/^Cambiado\. Legibilidad: .+\. 1 cosa que revisar\.$/);
    expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Cambiar por «ayudará»');
  });

  it('checks a textarea elsewhere on the page with for="id" and changes it', async () => {
    const wrap = await fixture(
      html`<div>
        <label for="answer">Respuesta</label>
        <textarea id="answer">Por medio de la presente le informo que sí.</textarea>
        <minga-plain-check for="answer"></minga-plain-check>
      </div>`,
    );
    const el = wrap.querySelector('minga-plain-check')!;
    const box = wrap.querySelector('textarea')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('textarea')).to.equal(null);
    expect(items(el)[0]!.textContent).to.include('puede quitarla');
    await expect(wrap).to.be.accessible();
    // "Show in the text" selects the phrase in the box.
    shadow(el).querySelector<HTMLButtonElement>('li button')!.click();
    expect(document.activeElement).to.equal(box);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).to.equal(
      'Por medio de la presente',
    );
    // "Remove" takes the phrase and the space after it out.
    shadow(el).querySelector<HTMLButtonElement>('li button.apply')!.click();
    await el.updateComplete;
    expect(box.value).to.equal('le informo que sí.');
    expect(text(el)).to.include('Nada que revisar.');
    // Typing in the box analyses again.
    box.value = 'Se adjunta el acta.';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(items(el).map((li) => li.querySelector('q')!.textContent)).to.include('Se adjunta');
  });

  it('checks a contenteditable, highlights and replaces in it', async () => {
    const wrap = await fixture(
      html`<div>
        <div
          id="page"
          contenteditable="true"
          role="textbox"
          aria-label="Página"
          aria-multiline="true"
        >
          <p>Hola.</p>
          <p>Esto coadyuvará a efectos de mejorar.</p>
        </div>
        <minga-plain-check for="page"></minga-plain-check>
      </div>`,
    );
    const el = wrap.querySelector('minga-plain-check')!;
    await el.updateComplete;
    const quotes = items(el).map((li) => li.querySelector('q')!.textContent);
    expect(quotes).to.deep.equal(['coadyuvará', 'a efectos de']);
    if ('highlights' in CSS) expect(CSS.highlights.has('minga-plain')).to.equal(true);
    shadow(el).querySelector<HTMLButtonElement>('li button.apply')!.click();
    await el.updateComplete;
    expect(wrap.querySelector('#page p:last-child')!.textContent).to.equal(
      'Esto ayudará a efectos de mejorar.',
    );
    expect(items(el)).to.have.length(1);
  });

  it('speaks English, and says the analysis is for Spanish only', async () => {
    const el = await fixture<MingaPlainCheck>(
      html`<minga-plain-check lang="en" value=${LEGAL}></minga-plain-check>`,
    );
    expect(text(el)).to.include('Readability:');
    expect(text(el)).to.include('The analysis is for Spanish text only.');
    expect(items(el)[0]!.textContent).to.include('Write it plainer: "según".');
    expect(shadow(el).querySelector('label')!.textContent).to.equal('Text');
    await expect(el).to.be.accessible();
  });

  it('does not analyse a text in another language', async () => {
    const el = await fixture<MingaPlainCheck>(
      html`<minga-plain-check text-lang="en" value="The mayor signed."></minga-plain-check>`,
    );
    expect(text(el)).to.include('El análisis es solo para textos en español.');
    expect(items(el)).to.have.length(0);
    expect(text(el)).not.to.include('Legibilidad');
  });

  it('says when the text box of for="id" does not exist', async () => {
    const el = await fixture<MingaPlainCheck>(
      html`<minga-plain-check for="nowhere"></minga-plain-check>`,
    );
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include(
      'No se encuentra el cuadro de texto «nowhere».',
    );
  });

  it('takes part in a form with its name, and takes a site’s own phrases', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <minga-plain-check name="texto" value="Lo decide el ente rector."></minga-plain-check>
      </form>`,
    );
    const el = form.querySelector('minga-plain-check')!;
    expect(new FormData(form).get('texto')).to.equal('Lo decide el ente rector.');
    expect(items(el)).to.have.length(0);
    el.phrases = [{ phrase: 'ente rector', plain: 'ministerio' }];
    await el.updateComplete;
    expect(items(el)[0]!.textContent).to.include('«ministerio»');
  });
});
