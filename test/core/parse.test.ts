import { expect } from 'chai';
import {
  formatAmount,
  formatNumber,
  formatPercent,
  formatKroner,
  formatKontonr,
  formatPhone,
  formatOrgnr,
  parseAmount,
  parseDate,
  parseEmail,
  parseKontonr,
  parseOrgnr,
  parsePostnr,
  parsePhone,
  isBlank,
  charCount,
} from '../../src/core/index.js';

const value = (r: { ok: boolean; value?: unknown }) => (r.ok ? r.value : undefined);
const code = (r: { ok: boolean; code?: string }) => (r.ok ? undefined : r.code);

describe('ALL-1 amounts: parseAmount', () => {
  const whole: [string, number][] = [
    ['1 000 000', 1_000_000],
    ['1000000', 1_000_000],
    ['1.000.000', 1_000_000],
    ['kr 1 000 000,-', 1_000_000],
    ['1 000 000 kr', 1_000_000],
    ['kr 1 000 000,\u2013', 1_000_000],
    ['kr 1 000 000,\u2014', 1_000_000],
    ['NOK 1000', 1000],
    ['1000 NOK', 1000],
    ['1\u00a0000\u00a0000', 1_000_000],
    ['1\u2009000\u202f000', 1_000_000],
    ['１２３４５', 12_345],
    ['1 000,00', 1000],
    ['  250000  ', 250_000],
    ['0', 0],
    ['10 000 000 000', 10_000_000_000],
  ];
  for (const [input, expected] of whole) it(`reads ${JSON.stringify(input)} as ${expected}`, () => expect(value(parseAmount(input))).to.equal(expected));

  const wrong: [string, string][] = [
    ['-5', 'amount.negative'],
    ['12,5', 'amount.decimals'],
    ['12.50', 'amount.decimals'],
    ['1 000 000,50', 'amount.decimals'],
    ['1e309', 'amount.invalid'],
    ['NaN', 'amount.invalid'],
    ['0x10', 'amount.invalid'],
    ['Infinity', 'amount.invalid'],
    ['12 34', 'amount.invalid'],
    ['99999999999999999999', 'amount.tooLarge'],
    ['10 000 000 001', 'amount.tooLarge'],
  ];
  for (const [input, expected] of wrong) it(`rejects ${JSON.stringify(input)} with ${expected}`, () => expect(code(parseAmount(input))).to.equal(expected));

  it('treats empty and whitespace as no amount', () => {
    expect(value(parseAmount(''))).to.equal(null);
    expect(value(parseAmount('   '))).to.equal(null);
  });

  it('formats as nb-NO: 1 000 000 kr', () => {
    expect(formatAmount(1_000_000).replace(/\s/g, ' ')).to.equal('1 000 000');
    expect(formatKroner(1_000_000).replace(/\s/g, ' ')).to.equal('1 000 000 kr');
  });

  it('round-trips its own formatting', () => {
    for (const n of [0, 7, 1234, 1_000_000, 987_654_321]) expect(value(parseAmount(formatKroner(n)))).to.equal(n);
  });
});

// HTO-S1: the applicant's address; a postal code is 4 digits, kept as text for the leading zero.
describe('HTO-S1 postnummer: parsePostnr', () => {
  it('accepts 0150, 5 020 and full-width digits, as four-digit text', () => {
    expect(value(parsePostnr('0150'))).to.equal('0150');
    expect(value(parsePostnr(' 5 020 '))).to.equal('5020');
    expect(value(parsePostnr('５０２０'))).to.equal('5020');
    expect(value(parsePostnr('  '))).to.equal(null);
  });
  it('rejects ab, 502 and 50201', () => {
    for (const text of ['ab', '502', '50201', '-150']) expect(code(parsePostnr(text)), text).to.equal('postnr.format');
  });
});

describe('ALL-2 organisasjonsnummer: parseOrgnr', () => {
  it('accepts 988 077 917 (valid MOD11)', () => expect(value(parseOrgnr('988 077 917'))).to.equal('988077917'));
  it('rejects 988077918 (wrong check digit)', () => expect(code(parseOrgnr('988077918'))).to.equal('orgnr.checksum'));
  it('rejects 000000000', () => expect(code(parseOrgnr('000000000'))).to.equal('orgnr.checksum'));
  it('rejects 8 digits as the wrong length', () => expect(code(parseOrgnr('98807791'))).to.equal('orgnr.format'));
  it('rejects letters', () => expect(code(parseOrgnr('98807791a'))).to.equal('orgnr.format'));
  it('formats in groups of three', () => expect(formatOrgnr('988077917')).to.equal('988 077 917'));
});

describe('ALL-3 kontonummer: parseKontonr', () => {
  it('accepts 1234.56.78903 with dots', () => expect(value(parseKontonr('1234.56.78903'))).to.equal('12345678903'));
  it('accepts spaces', () => expect(value(parseKontonr('1234 56 78903'))).to.equal('12345678903'));
  it('rejects a wrong check digit', () => expect(code(parseKontonr('12345678904'))).to.equal('kontonr.checksum'));
  it('rejects all zeros', () => expect(code(parseKontonr('00000000000'))).to.equal('kontonr.checksum'));
  it('rejects 10 digits', () => expect(code(parseKontonr('1234567890'))).to.equal('kontonr.format'));
  it('formats as banks print it, as the hint shows it', () => expect(formatKontonr('12345678903')).to.equal('1234 56 78903'));
});

describe('ALL-4 contact: parsePhone and parseEmail', () => {
  it('accepts 8 digits with spaces', () => expect(value(parsePhone('912 34 567'))).to.equal('91234567'));
  it('shows a number as Norwegian numbers are written', () => {
    expect(formatPhone('91234567')).to.equal('912 34 567');
    expect(formatPhone('+4791234567')).to.equal('+47 912 34 567');
    expect(formatPhone('22123456')).to.equal('22 12 34 56');
    expect(formatPhone('123')).to.equal('123');
  });
  it('accepts +47 and 0047', () => {
    expect(value(parsePhone('+47 912 34 567'))).to.equal('+4791234567');
    expect(value(parsePhone('0047 91234567'))).to.equal('+4791234567');
  });
  it('rejects 7 digits and foreign numbers', () => {
    expect(code(parsePhone('9123456'))).to.equal('phone.format');
    expect(code(parsePhone('+46 70 123 45 67'))).to.equal('phone.format');
  });
  it('accepts an address and rejects one without a domain', () => {
    expect(value(parseEmail('kari.nordmann@bergen.kommune.no'))).to.equal('kari.nordmann@bergen.kommune.no');
    expect(code(parseEmail('kari@bergen'))).to.equal('email.format');
    expect(code(parseEmail('kari nordmann@bergen.no'))).to.equal('email.format');
  });
});

describe('ALL-6 dates: parseDate', () => {
  it('reads 15.03.2025, 5.3.2025 and ISO', () => {
    expect(value(parseDate('15.03.2025'))).to.equal('2025-03-15');
    expect(value(parseDate('5.3.2025'))).to.equal('2025-03-05');
    expect(value(parseDate('2025-03-15'))).to.equal('2025-03-15');
  });
  it('rejects 30.02.2025 as a date that does not exist', () => expect(code(parseDate('30.02.2025'))).to.equal('date.invalid'));
  it('rejects text', () => expect(code(parseDate('i morgen'))).to.equal('date.format'));
});

describe('ALL-5 text', () => {
  it('whitespace-only is blank', () => {
    expect(isBlank('   \n\t ')).to.equal(true);
    expect(isBlank(' a ')).to.equal(false);
  });
  it('zero-width or control characters alone are blank; with a letter they are an answer', () => {
    for (const invisible of ['\u200b', '\u200c\u200d', '\u2060', '\ufeff', ' \u200b \u2060 ', '\u0000', '\u0007\u001b', '\u007f\u0085', '\u00ad'])
      expect(isBlank(invisible), JSON.stringify(invisible)).to.equal(true);
    for (const answer of ['a\u200b', '\u200bNei', '👩\u200d💻', '\u0000x']) expect(isBlank(answer), JSON.stringify(answer)).to.equal(false);
  });
  it('counts characters as people do (an emoji is one)', () => expect(charCount('a😀b')).to.equal(3));
});

describe('ALL-1: numbers written as nb-NO writes them, without Intl at start-up', () => {
  it('formatNumber gives exactly what Intl.NumberFormat("nb-NO") gives, for 20 000 values', () => {
    const cases: [number, 'auto' | 'exceptZero'][] = [];
    const specials = [0, -0, 0.5, 1.5, 2.5, -2.5, 0.05, 0.15, 1.45, 999, 1000, 9999, 10000, 123456.789, -1234.5, 1e15, Number.MAX_SAFE_INTEGER, 0.04, -0.04];
    for (const v of specials) cases.push([v, 'auto'], [v, 'exceptZero']);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 10_000; i++) {
      const magnitude = 10 ** Math.floor(random() * 12);
      const v = (random() - 0.3) * magnitude;
      cases.push([v, 'auto'], [Math.round(v * 100) / 100, 'exceptZero']);
    }
    for (const decimals of [0, 1, 3])
      for (const [v, sign] of cases) {
        const intl = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: decimals, signDisplay: sign }).format(v);
        if (formatNumber(v, decimals, sign) !== intl) expect(formatNumber(v, decimals, sign), `${v} (${decimals}, ${sign})`).to.equal(intl);
      }
    expect(formatAmount(1_000_000)).to.equal('1\u00a0000\u00a0000');
    expect(formatPercent(12.345)).to.equal('12,3\u00a0%');
  });
});
