import { expect } from '@minga/test-utils';
import { base64Size, parseRequest, validateRequest, type InfoRequest } from './schema.js';
import { isOverdue } from './status.js';
import { isRequestReceipt, requestUrl } from './client.js';

const valid: InfoRequest = {
  requesterType: 'person',
  name: 'Ana Pérez',
  idType: 'cedula',
  idNumber: '1714307103',
  email: 'ana@example.com',
  onBehalf: false,
  description: 'Los contratos de recolección de basura de 2025.',
  delivery: 'email',
  format: 'csv',
  declaration: true,
};

const fields = (data: unknown, lang = 'es') =>
  validateRequest(data, lang).map((e) => `${e.field}:${e.code}`);

describe('schema', () => {
  it('accepts a complete request and normalizes it', () => {
    const result = parseRequest({
      ...valid,
      name: '  Ana Pérez ',
      idNumber: '171430710-3',
      extra: 1,
    });
    expect(result.success).to.equal(true);
    expect(result.output?.name).to.equal('Ana Pérez');
    expect(result.output?.idNumber).to.equal('1714307103');
    expect(result.output).not.to.have.property('extra');
  });

  it('reports every missing field once, in form order, with Spanish messages', () => {
    const errors = validateRequest({});
    expect(errors.map((e) => `${e.field}:${e.code}`)).to.deep.equal([
      'requesterType:required',
      'name:required',
      'idType:required',
      'idNumber:required',
      'email:required',
      'description:required',
      'delivery:required',
      'declaration:required',
    ]);
    expect(errors[1]!.message).to.equal('Escriba su nombre completo.');
  });

  it('checks the ID number by type', () => {
    expect(fields({ ...valid, idNumber: '1714307104' })).to.deep.equal(['idNumber:cedula']);
    expect(fields({ ...valid, idType: 'ruc', idNumber: '1714307103' })).to.deep.equal([
      'idNumber:ruc',
    ]);
    expect(fields({ ...valid, idType: 'ruc', idNumber: '1792060346001' })).to.deep.equal([]);
    expect(fields({ ...valid, idType: 'passport', idNumber: 'X1' })).to.deep.equal([
      'idNumber:passport',
    ]);
    expect(fields({ ...valid, idNumber: '' })).to.deep.equal(['idNumber:required']);
    expect(
      validateRequest({ ...valid, idNumber: '', idType: undefined }, 'es', { requireId: false }),
    ).to.deep.equal([]);
  });

  it('rejects an email without a domain and gives the message in English too', () => {
    expect(fields({ ...valid, email: 'ana@' })).to.deep.equal(['email:email']);
    expect(fields({ ...valid, email: 'ana' })).to.deep.equal(['email:email']);
    const [error] = validateRequest({ ...valid, email: 'ana@' }, 'en');
    expect(error!.message).to.equal('Enter a full email address, like name@example.com.');
  });

  it('limits the description in characters, counting an emoji once', () => {
    const [error] = validateRequest({ ...valid, description: 'a'.repeat(20_000) });
    expect(error!.code).to.equal('too_long');
    expect(error!.params).to.deep.equal({ count: 20_000, max: 10_000 });
    expect(error!.message).to.contain('20.000 caracteres');
    expect(fields({ ...valid, description: '😀'.repeat(10_000) })).to.deep.equal([]);
    expect(fields({ ...valid, description: 'corto' })).to.deep.equal(['description:too_short']);
  });

  it('keeps HTML, emoji and right-to-left text as text', () => {
    const html = '<img src=x onerror="alert(1)"> مرحبا 😀';
    const result = parseRequest({ ...valid, name: html, description: `${html} contratos` });
    expect(result.success).to.equal(true);
    expect(result.output?.name).to.equal(html);
  });

  it('requires whom a person represents and the proof', () => {
    expect(fields({ ...valid, onBehalf: true })).to.deep.equal([
      'representedName:required',
      'proof:required',
    ]);
    expect(
      fields({ ...valid, requesterType: 'organization', idType: 'ruc', idNumber: '1792060346001' }),
    ).to.deep.equal(['contactName:required', 'proof:required']);
  });

  it('checks attachments: type, size and that the data matches the size', () => {
    const data = btoa('%PDF-1.4 test');
    const proof = { name: 'poder.pdf', type: 'application/pdf', size: base64Size(data), data };
    const base = { ...valid, onBehalf: true, representedName: 'Junta parroquial' };
    expect(fields({ ...base, proof })).to.deep.equal([]);
    expect(fields({ ...base, proof: { ...proof, type: 'text/html' } })).to.deep.equal([
      'proof:file_type',
    ]);
    expect(fields({ ...base, proof: { ...proof, size: 30_000_000 } })).to.deep.equal([
      'proof:file_too_large',
    ]);
    expect(fields({ ...base, proof: { ...proof, size: proof.size + 1 } })).to.deep.equal([
      'proof:invalid',
    ]);
    const [error] = validateRequest({ ...base, proof: { ...proof, size: 30_000_000 } });
    expect(error!.message).to.equal('El archivo pesa 30 MB. El máximo es 5 MB.');
  });

  it('needs a format only for email delivery; checks phones', () => {
    expect(fields({ ...valid, format: undefined })).to.deep.equal(['format:required']);
    expect(fields({ ...valid, delivery: 'pickup', format: undefined })).to.deep.equal([]);
    expect(fields({ ...valid, phone: '099 123 4567' })).to.deep.equal([]);
    expect(fields({ ...valid, phone: '12' })).to.deep.equal(['phone:phone']);
    expect(fields({ ...valid, phone: 'llámeme' })).to.deep.equal(['phone:phone']);
  });

  it('rejects a body that is not an object', () => {
    expect(fields('hola')).to.deep.equal([':invalid']);
    expect(fields(null)).to.deep.equal([':invalid']);
  });
});

describe('status and client helpers', () => {
  const record = {
    status: 'in_progress' as const,
    dueAt: '2026-12-15T04:59:59.999Z',
    extendedDueAt: '2026-12-20T04:59:59.999Z',
  };

  it('derives overdue from the deadline, the extension and the state', () => {
    expect(isOverdue(record, new Date('2026-12-14T20:00:00Z'))).to.equal(false);
    expect(isOverdue(record, new Date('2026-12-15T05:00:00Z'))).to.equal(true);
    const extended = { ...record, status: 'extended' as const };
    expect(isOverdue(extended, new Date('2026-12-16T12:00:00Z'))).to.equal(false);
    expect(isOverdue(extended, new Date('2026-12-21T12:00:00Z'))).to.equal(true);
    expect(isOverdue({ ...record, status: 'answered' }, new Date('2027-01-01'))).to.equal(false);
  });

  it('checks the shape of a receipt and builds request URLs', () => {
    const receipt = {
      code: 'SAIP-1',
      receivedAt: '2026-12-04T15:20:00Z',
      dueAt: '2026-12-15T04:59:59.999Z',
      extendedDueAt: '2026-12-20T04:59:59.999Z',
      status: 'received',
    };
    expect(isRequestReceipt(receipt)).to.equal(true);
    expect(isRequestReceipt({ ...receipt, dueAt: 'mañana' })).to.equal(false);
    expect(isRequestReceipt({ ...receipt, status: 'lost' })).to.equal(false);
    expect(requestUrl('/api/requests/', 'SAIP 1/2')).to.equal('/api/requests/SAIP%201%2F2');
  });
});
