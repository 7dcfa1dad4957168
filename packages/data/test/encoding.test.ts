import { expect } from '@minga/test-utils';
import { ByteDecoder, sniffBom } from '../src/index.js';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('ByteDecoder', () => {
  it('sniffs BOMs', () => {
    expect(sniffBom(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))).to.deep.equal({
      encoding: 'utf-8',
      length: 3,
    });
    expect(sniffBom(Uint8Array.of(0xff, 0xfe, 0x61, 0))).to.deep.equal({
      encoding: 'utf-16le',
      length: 2,
    });
    expect(sniffBom(Uint8Array.of(0xfe, 0xff, 0, 0x61))).to.deep.equal({
      encoding: 'utf-16be',
      length: 2,
    });
    expect(sniffBom(utf8('abc'))).to.equal(undefined);
  });
  it('decodes UTF-8 split in the middle of a character', () => {
    const bytes = utf8('Información');
    const d = new ByteDecoder();
    const text =
      d.decode(bytes.subarray(0, 8)) +
      d.decode(bytes.subarray(8)) +
      d.decode(new Uint8Array(0), true);
    expect(text).to.equal('Información');
    expect(d.encoding).to.equal('utf-8');
  });
  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const d = new ByteDecoder();
    expect(d.decode(latin1('Informaci\xf3n'), true)).to.equal('Información');
    expect(d.encoding).to.equal('windows-1252');
    expect(d.fellBack).to.equal(true);
  });
  it('falls back late when the first chunks were ASCII only', () => {
    const d = new ByteDecoder();
    const text = d.decode(latin1('a;b\n1;2\n')) + d.decode(latin1('Se\xf1or;3\n'), true);
    expect(text).to.equal('a;b\n1;2\nSeñor;3\n');
    expect(d.encoding).to.equal('windows-1252');
  });
  it('marks replaced characters when a UTF-8 file turns invalid', () => {
    const d = new ByteDecoder();
    const text = d.decode(utf8('año;')) + d.decode(latin1('a\xf1o'), true);
    expect(text).to.equal('año;a\uFFFDo');
    expect(d.replaced).to.equal(true);
  });
  it('uses a forced encoding, and tells UTF-16 without BOM', () => {
    const d = new ByteDecoder('windows-1252');
    expect(d.decode(utf8('ó'), true)).to.equal('Ã³');
    const u = new ByteDecoder();
    const le = new Uint8Array(20);
    'a;b\n1;2\nxy'.split('').forEach((c, i) => (le[i * 2] = c.charCodeAt(0)));
    expect(u.decode(le, true)).to.equal('a;b\n1;2\nxy');
    expect(u.encoding).to.equal('utf-16le');
    expect(() => new ByteDecoder('no-such-encoding').decode(utf8('a'), true)).to.throw();
  });
});
