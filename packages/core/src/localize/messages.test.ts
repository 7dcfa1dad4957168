import { expect, takeWarnings } from '@minga/test-utils';
import { registerTranslation, registeredLocales, translate } from './messages.js';

registerTranslation('es', {
  'spec.hello': 'Hola, {name}',
  'spec.rows': { zero: 'Ninguna fila', one: '{count} fila', other: '{count} filas' },
  'spec.only-es': 'Solo en español',
  'spec.fn': (params) => `Función ${String(params.n)}`,
  'spec.when': 'Recibida el {date}',
});
registerTranslation('en', {
  'spec.hello': 'Hello, {name}',
  'spec.rows': { one: '{count} row', other: '{count} rows' },
  'spec.when': 'Received on {date}',
});

describe('localization', () => {
  it('interpolates parameters', () => {
    expect(translate('es', 'spec.hello', { name: 'Rosa' })).to.equal('Hola, Rosa');
    expect(translate('en', 'spec.hello', { name: 'Rosa' })).to.equal('Hello, Rosa');
  });

  it('chooses plural forms with Intl.PluralRules and formats the count', () => {
    expect(translate('es', 'spec.rows', { count: 0 })).to.equal('Ninguna fila');
    expect(translate('es', 'spec.rows', { count: 1 })).to.equal('1 fila');
    expect(translate('es', 'spec.rows', { count: 100000 })).to.equal('100.000 filas');
    expect(translate('en', 'spec.rows', { count: 0 })).to.equal('0 rows');
    expect(translate('en', 'spec.rows', { count: 1 })).to.equal('1 row');
    expect(translate('en', 'spec.rows', { count: 2500 })).to.equal('2,500 rows');
  });

  it('formats dates in the message language', () => {
    const date = new Date(Date.UTC(2026, 10, 29, 15));
    expect(translate('es', 'spec.when', { date })).to.equal('Recibida el 29 nov 2026');
    expect(translate('en', 'spec.when', { date })).to.equal('Received on Nov 29, 2026');
  });

  it('supports function messages', () => {
    expect(translate('es', 'spec.fn', { n: 3 })).to.equal('Función 3');
  });

  it('falls back key by key to Spanish', () => {
    expect(translate('en', 'spec.only-es')).to.equal('Solo en español');
  });

  it('uses the base language for a regional variant', () => {
    expect(translate('en-GB', 'spec.hello', { name: 'Tom' })).to.equal('Hello, Tom');
    expect(translate('es-EC', 'spec.hello', { name: 'Tom' })).to.equal('Hola, Tom');
  });

  it('falls back to Spanish for an unknown or malformed locale', () => {
    expect(translate('xx', 'spec.hello', { name: 'Tom' })).to.equal('Hola, Tom');
    expect(translate('not a locale!', 'spec.hello', { name: 'Tom' })).to.equal('Hola, Tom');
    expect(translate('', 'spec.hello', { name: 'Tom' })).to.equal('Hola, Tom');
  });

  it('renders a Spanish fallback with Spanish plural rules and formats', () => {
    registerTranslation('fr', { 'spec.hello': 'Bonjour, {name}' });
    expect(translate('fr', 'spec.rows', { count: 1000 })).to.equal('1.000 filas');
  });

  it('registers a new locale at run time and lets it override one message', () => {
    registerTranslation('qu', { 'spec.hello': 'Alli puncha, {name}' });
    expect(registeredLocales()).to.include('qu');
    expect(translate('qu', 'spec.hello', { name: 'Sisa' })).to.equal('Alli puncha, Sisa');
    registerTranslation('qu', { 'spec.rows': { other: '{count} siqi' } });
    expect(translate('qu', 'spec.hello', { name: 'Sisa' })).to.equal('Alli puncha, Sisa');
    expect(translate('QU', 'spec.rows', { count: 2 })).to.equal('2 siqi');
  });

  it('with keep, only adds the messages a locale lacks (a late catalogue does not undo a page)', () => {
    registerTranslation('en', { 'spec.late': 'Page wording' });
    registerTranslation('en', { 'spec.late': 'Catalogue', 'spec.late2': 'Added' }, { keep: true });
    expect(translate('en', 'spec.late')).to.equal('Page wording');
    expect(translate('en', 'spec.late2')).to.equal('Added');
    registerTranslation('en', { 'spec.late': 'Changed' });
    expect(translate('en', 'spec.late')).to.equal('Changed');
  });

  it('never returns the raw key: an unknown key gives an empty string and a dev warning', () => {
    expect(translate('es', 'spec.does-not-exist')).to.equal('');
    const warnings = takeWarnings();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('spec.does-not-exist');
  });

  it('leaves no placeholder behind when a parameter is missing', () => {
    expect(translate('es', 'spec.hello')).to.equal('Hola, ');
  });

  it('ships the core messages in Spanish and English', () => {
    expect(translate('es', 'core.retry')).to.equal('Intentar de nuevo');
    expect(translate('en', 'core.retry')).to.equal('Try again');
    expect(translate('es', 'core.results', { count: 125 })).to.equal('125 resultados');
    expect(translate('es', 'core.results', { count: 0 })).to.equal('Sin resultados');
  });
});
