import { expect } from '@minga/test-utils';
import { analyze } from './analyze.js';
import { BUREAUCRATIC_PHRASES } from './phrases.js';
import { explain } from './messages.js';
import type { FindingType } from './findings.js';

/** The findings of one type in `text`, as [text found, suggestion]. */
function found(text: string, type: FindingType, options = {}) {
  return analyze(text, options)
    .findings.filter((f) => f.type === type)
    .map((f) => [f.text, f.suggestion]);
}

describe('findings', () => {
  it('long sentences: over 30 words by default, or the limit given', () => {
    const long = `${'Los vecinos del barrio piden agua '.repeat(7).trim()}.`;
    expect(found(long, 'long-sentence')).to.have.length(1);
    const f = analyze(long).findings.find((x) => x.type === 'long-sentence')!;
    expect(f.params).to.deep.equal({ words: 42, max: 30 });
    expect(explain(f)).to.equal(
      'Frase de 42 palabras. Las frases de más de 30 palabras cuestan; divídala en dos o tres.',
    );
    expect(found('Los vecinos del barrio piden agua.', 'long-sentence')).to.deep.equal([]);
    expect(found('Uno dos tres cuatro.', 'long-sentence', { maxSentenceWords: 3 })).to.have.length(
      1,
    );
  });

  it('long paragraphs: over 5 lines', () => {
    const para = 'El agua llega los lunes. '.repeat(20);
    expect(found(para, 'long-paragraph')).to.have.length(1);
    expect(found('El agua llega los lunes.', 'long-paragraph')).to.deep.equal([]);
  });

  it('passive voice with ser + participle, not adjectives', () => {
    expect(found('La solicitud fue aprobada ayer.', 'passive')).to.deep.equal([
      ['fue aprobada', undefined],
    ]);
    expect(found('Los documentos serán debidamente entregados.', 'passive')).to.have.length(1);
    expect(found('El informe ha sido escrito.', 'passive')).to.have.length(1);
    expect(found('El concejo aprobó la solicitud.', 'passive')).to.deep.equal([]);
    expect(found('Es un abogado. Son todos vecinos.', 'passive')).to.deep.equal([]);
    expect(found('Es abogado y es empleado municipal.', 'passive')).to.deep.equal([]);
  });

  it('impersonal "se" with an administrative verb, not a reflexive one', () => {
    expect(found('Se remite el informe.', 'impersonal-se')).to.deep.equal([
      ['Se remite', undefined],
    ]);
    expect(found('Se les notificará por correo.', 'impersonal-se')).to.have.length(1);
    expect(found('El alcalde se reunió con los vecinos.', 'impersonal-se')).to.deep.equal([]);
  });

  it('gerunds that open a sentence, not cuando or mundo', () => {
    expect(found('Considerando lo anterior, firmamos.', 'initial-gerund')).to.deep.equal([
      ['Considerando', undefined],
    ]);
    expect(found('Cuando llegue, firme. Mundo nuevo.', 'initial-gerund')).to.deep.equal([]);
    expect(found('Firmamos considerando lo anterior.', 'initial-gerund')).to.deep.equal([]);
  });

  it('chains of nominalisations', () => {
    expect(
      found('Pedimos la realización de la verificación del pago.', 'nominalization'),
    ).to.deep.equal([['realización de la verificación', undefined]]);
    expect(found('Pedimos que verifiquen el pago.', 'nominalization')).to.deep.equal([]);
    expect(found('La dirección de obras.', 'nominalization')).to.deep.equal([]);
  });

  it('bureaucratic phrases with their plain alternative, keeping the capital', () => {
    expect(found('En virtud de la ley, firmamos.', 'bureaucratic')).to.deep.equal([
      ['En virtud de', 'Por'],
    ]);
    expect(found('Esto coadyuvará al barrio a efectos de mejorar.', 'bureaucratic')).to.deep.equal([
      ['coadyuvará', 'ayudará'],
      ['a efectos de', 'para'],
    ]);
    // Accents and case do not hide a phrase; an empty alternative means "leave it out".
    const omit = analyze('POR MEDIO DE LA PRESENTE le informo.').findings[0]!;
    expect(omit.suggestion).to.equal('');
    expect(explain(omit)).to.contain('puede quitarla');
    expect(found('Por favor, venga el lunes.', 'bureaucratic')).to.deep.equal([]);
    // "virtud" alone is a word, not the phrase.
    expect(found('La virtud de la paciencia.', 'bureaucratic')).to.deep.equal([]);
  });

  it('"proceder a" + infinitive: the verb itself, conjugated when it is sure', () => {
    expect(found('Se procede a notificar.', 'bureaucratic')).to.deep.equal([
      ['procede a notificar', 'notifica'],
    ]);
    expect(found('Procederemos a resolver.', 'bureaucratic')).to.deep.equal([
      ['Procederemos a resolver', 'Resolveremos'],
    ]);
    // A stem-changing verb ("cierra") is left to the writer.
    expect(found('Procede a cerrar.', 'bureaucratic')).to.deep.equal([
      ['Procede a cerrar', undefined],
    ]);
    expect(found('Procede con cuidado.', 'bureaucratic')).to.deep.equal([]);
  });

  it('has at least 150 phrases and takes a site’s own', () => {
    expect(BUREAUCRATIC_PHRASES.length).to.be.at.least(150);
    const phrases = [{ phrase: 'ente rector', plain: 'ministerio' }];
    expect(found('Lo decide el ente rector.', 'bureaucratic', { phrases })).to.deep.equal([
      ['ente rector', 'ministerio'],
    ]);
    expect(found('Lo decide el ente rector.', 'bureaucratic')).to.deep.equal([]);
  });

  it('acronyms on first use without their spelled-out form', () => {
    expect(found('La LOTAIP obliga. La LOTAIP protege.', 'acronym')).to.deep.equal([
      ['LOTAIP', undefined],
    ]);
    expect(
      found('La Ley Orgánica de Transparencia (LOTAIP) obliga. La LOTAIP protege.', 'acronym'),
    ).to.deep.equal([]);
    expect(found('El GAD (Gobierno Autónomo Descentralizado) responde.', 'acronym')).to.deep.equal(
      [],
    );
    expect(
      found('Descargue el PDF. Siglo XXI. AVISO PARA TODOS LOS VECINOS.', 'acronym'),
    ).to.deep.equal([]);
    expect(found('Lo dice el CNE.', 'acronym', { knownAcronyms: ['CNE'] })).to.deep.equal([]);
  });

  it('double negatives, with the positive form when there is one', () => {
    expect(found('No es imposible pedirlo.', 'double-negative')).to.deep.equal([
      ['No es imposible', 'Es posible'],
    ]);
    expect(found('Eso no es ilegal.', 'double-negative')).to.deep.equal([
      ['no es ilegal', 'es legal'],
    ]);
    expect(found('No deja de ser útil.', 'double-negative')).to.have.length(1);
    expect(found('No se atenderá sin cita.', 'double-negative')).to.have.length(1);
    expect(found('No es importante. Es posible.', 'double-negative')).to.deep.equal([]);
    expect(found('No hay agua.', 'double-negative')).to.deep.equal([]);
  });

  it('can ignore finding types, and sorts findings by position', () => {
    const a = analyze('Se remite el informe en virtud de la ley.', { ignore: ['impersonal-se'] });
    expect(a.findings.map((f) => f.type)).to.deep.equal(['bureaucratic', 'bureaucratic']);
    expect(a.findings[0]!.start).to.be.lessThan(a.findings[1]!.start);
  });

  it('gives ranges that point at the text found', () => {
    const text = 'Hola.\n\nEn virtud de la ley, la solicitud fue aprobada.';
    for (const f of analyze(text).findings) expect(text.slice(f.start, f.end)).to.equal(f.text);
  });

  it('explains every finding type in English too', () => {
    const f = analyze('En virtud de la ley.').findings[0]!;
    expect(explain(f, 'en')).to.equal('Bureaucratic phrase. Write it plainer: "por".');
  });
});
