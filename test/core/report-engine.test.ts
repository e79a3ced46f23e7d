import '../../src/core/accounts-kind.js';
import { expect } from 'chai';
import {
  FormModel,
  applicationData,
  deadlineStatus,
  deviation,
  isLarge,
  parseInteger,
  resolveToday,
  share,
  submissionData,
  sumAccounts,
  validate,
  validateAccounts,
  yearlyDeadline,
  type AccountsField,
  type FormDefinition,
} from '../../src/core/index.js';

/** Two cost elements, one of them own-only, two payers: the shape of HTO-R3. */
const rowsField: AccountsField = {
  key: 'costs',
  type: 'accounts',
  label: 'x.costs',
  required: true,
  rule: 'X-3',
  explanationRule: 'X-3',
  explanationMaxLength: 100,
  payerRule: 'X-7',
  threshold: { percent: 10, amount: 10000 },
  columns: [
    { key: 'grant', label: 'x.grant' },
    { key: 'own', label: 'x.own' },
  ],
  rows: [
    { key: 'staff', label: 'x.staff' },
    { key: 'software', label: 'x.software', payers: ['own'] },
  ],
};

/** Free lines with one budget/actual pair each: the shape of FMK-R3. */
const linesField: AccountsField = {
  key: 'lines',
  type: 'accounts',
  label: 'x.lines',
  required: true,
  explanationRule: 'X-2',
  explanationMaxLength: 100,
  threshold: { percent: 10, amount: 0 },
};

describe('accounts (engine): sums', () => {
  it('per cell, per column and in total, with the difference in kroner and per cent', () => {
    const sums = sumAccounts(rowsField, {
      staff: { grant: { budget: 400000, actual: 380000 }, own: { budget: 200000, actual: 230000 } },
      software: { own: { budget: 150000, actual: 150000 } },
    });
    expect(sums.rows[0]!.cells.grant).to.deep.equal({ budget: 400000, actual: 380000, difference: -20000, percent: -5 });
    expect(sums.rows[0]!.cells.own).to.deep.equal({ budget: 200000, actual: 230000, difference: 30000, percent: 15 });
    expect(sums.rows[1]!.cells).to.have.keys(['own']);
    expect(sums.columns.grant).to.deep.equal({ budget: 400000, actual: 380000, difference: -20000, percent: -5 });
    expect(sums.columns.own).to.deep.equal({ budget: 350000, actual: 380000, difference: 30000, percent: 8.6 });
    expect(sums.total).to.deep.equal({ budget: 750000, actual: 760000, difference: 10000, percent: 1.3 });
    expect(sums.large).to.deep.equal(['staff']);
  });

  it('a threshold needs both the per cent and the kroner; spending on no budget counts as large', () => {
    const threshold = { percent: 10, amount: 10000 };
    expect(isLarge(deviation(50000, 56000), threshold), '12 % but 6 000 kr').to.equal(false);
    expect(isLarge(deviation(1000000, 1080000), threshold), '80 000 kr but 8 %').to.equal(false);
    expect(isLarge(deviation(100000, 89000), threshold), '−11 % and −11 000 kr').to.equal(true);
    expect(isLarge(deviation(0, 20000), threshold), 'no budget').to.equal(true);
    expect(isLarge(deviation(0, 9999), threshold), 'no budget, under 10 000 kr').to.equal(false);
  });

  it('HTO-R3 / FMK-R3, HTO-S8: an exact half of a tenth rounds away from zero, however the division falls', () => {
    expect(deviation(400000, 601000).percent, '+50,25 %').to.equal(50.3);
    expect(deviation(400000, 198000).percent, '−50,5 %').to.equal(-50.5);
    expect(deviation(400000, 199000).percent, '−50,25 %').to.equal(-50.3);
    expect(deviation(800000, 1203000).percent, '+50,375 %').to.equal(50.4);
    expect(share(201000, 400000), '50,25 %').to.equal(50.3);
    expect(share(203000, 400000), '50,75 %').to.equal(50.8);
    expect(share(1, 3), '33,33 %').to.equal(33.3);
  });

  it('HTO-R3 / FMK-R3: a deviation is large on its exact share, not on the share as shown (9,95 % shows as 10 %)', () => {
    const threshold = { percent: 10, amount: 10000 };
    expect(deviation(200000, 219900).percent).to.equal(10);
    expect(isLarge(deviation(200000, 219900), threshold), '9,95 %').to.equal(false);
    expect(isLarge(deviation(200000, 180100), threshold), '−9,95 %').to.equal(false);
    expect(isLarge(deviation(200000, 220000), threshold), 'exactly 10 %').to.equal(true);
    expect(isLarge(deviation(200000, 180000), threshold), 'exactly −10 %').to.equal(true);
    expect(deviation(0, 20000).percent).to.equal(null);
    expect(deviation(800000, 790000).percent, 'half away from zero').to.equal(-1.3);
    expect(deviation(800000, 810000).percent).to.equal(1.3);
  });

  it('a row whose actual is not in yet is not reported, so not large', () => {
    const sums = sumAccounts(rowsField, { staff: { grant: { budget: 400000 } } });
    expect(sums.rows[0]!).to.include({ reported: false, large: false });
  });

  it('free lines are summed by index', () => {
    const sums = sumAccounts(linesField, [
      { what: 'Utvikling', budget: 300000, actual: 360000 },
      { what: 'Test', budget: 100000, actual: 100000 },
    ]);
    expect(sums.rows.map((r) => [r.key, r.label, r.large])).to.deep.equal([
      ['0', 'Utvikling', true],
      ['1', 'Test', false],
    ]);
    expect(sums.total).to.include({ budget: 400000, actual: 460000, difference: 60000, percent: 15 });
  });
});

describe('accounts (engine): validation', () => {
  const issues = (field: AccountsField, value: unknown) => validateAccounts(field, value, 'a', true, field.rule).map((i) => `${i.path} ${i.rule} ${i.code}`);

  it('a large deviation asks for its explanation, and is satisfied by one', () => {
    const value = { staff: { grant: { budget: 100000, actual: 150000 }, own: { budget: 0, actual: 0 } } };
    expect(issues(rowsField, value)).to.deep.equal(['a.staff.explanation X-3 accounts.explanation.required']);
    expect(issues(rowsField, { staff: { ...value.staff, explanation: '   ' } }), 'whitespace is no explanation').to.have.length(1);
    expect(issues(rowsField, { staff: { ...value.staff, explanation: 'Flere timer enn ventet' } })).to.deep.equal([]);
  });

  it('an actual is required where there was a budget; ALL-1 in every cell; a closed cell holds nothing', () => {
    const value = {
      staff: { grant: { budget: 100000 }, own: { budget: { unparseable: '12,5' }, actual: -3 } },
      software: { grant: { actual: 5000 } },
    };
    expect(issues(rowsField, value)).to.deep.equal([
      'a.staff.grant.actual X-3 accounts.actual.required',
      'a.staff.own.budget ALL-1 amount.decimals',
      'a.staff.own.actual ALL-1 amount.negative',
      'a.software.grant.actual X-7 budget.closedCell',
    ]);
  });

  it('empty and required is one error; a line with amounts says what it is', () => {
    expect(issues(linesField, [])).to.deep.equal(['a ALL-1 accounts.required']);
    expect(issues(linesField, [{ what: ' ', budget: 1000, actual: 1000 }])).to.deep.equal(['a.0.what ALL-5 budget.lineWhat.required']);
  });

  it('the submission keeps open cells, and an explanation only where the deviation is large', () => {
    const definition: FormDefinition = {
      id: 't', version: '1', scheme: 't', form: 't', variant: 't', title: 't', rules: [], compute: () => ({}), checklist: [],
      sections: [{ id: 's', key: 'acc', title: 's', fields: [rowsField, linesField] }],
    };
    const data = {
      acc: {
        costs: {
          staff: { grant: { budget: 100, actual: 100 }, own: { budget: 50, actual: 50 }, explanation: 'stale' },
          software: { own: { budget: 10, actual: 30000 }, explanation: 'Ny lisens' },
        },
        lines: [{ what: 'Utvikling', budget: 300000, actual: 300000, explanation: 'stale', extra: 1 }],
      },
    };
    expect(submissionData(definition, data)).to.deep.equal({
      acc: {
        costs: {
          staff: { grant: { budget: 100, actual: 100 }, own: { budget: 50, actual: 50 }, explanation: null },
          software: { own: { budget: 10, actual: 30000 }, explanation: 'Ny lisens' },
        },
        lines: [{ what: 'Utvikling', budget: 300000, actual: 300000, explanation: null }],
      },
    });
    expect(validate(definition, data, {})).to.deep.equal([]);
  });
});

describe('integer and attachment field types (engine)', () => {
  const definition: FormDefinition = {
    id: 't', version: '1', scheme: 't', form: 't', variant: 't', title: 't', rules: [], compute: () => ({}),
    checklist: [
      { id: 'always', rule: 'X-1', label: 'x', section: 's', paths: ['count'] },
      { id: 'onlyWhenBig', rule: 'X-4', label: 'x', section: 's', paths: ['file'], when: (data) => (data.count as number) >= 10 },
    ],
    sections: [
      {
        id: 's', title: 's', fields: [
          { key: 'count', type: 'integer', label: 'x.count', required: true, min: 1, max: 100 },
          { key: 'file', type: 'attachment', label: 'x.file', required: true, accept: 'application/pdf,.pdf', maxSize: 1024 },
        ],
      },
    ],
  };
  const codes = (data: object) => new FormModel(definition, data as never).issues.map((i) => `${i.path} ${i.code}`);

  it('an integer is digits, optionally grouped; not money, not negative', () => {
    expect(parseInteger('1 200')).to.deep.equal({ ok: true, value: 1200 });
    expect(parseInteger(' 12 ')).to.deep.equal({ ok: true, value: 12 });
    expect(parseInteger('')).to.deep.equal({ ok: true, value: null });
    expect(parseInteger('-3')).to.deep.include({ ok: false, code: 'integer.negative' });
    expect(parseInteger('12,5')).to.deep.include({ ok: false, code: 'integer.invalid' });
    expect(parseInteger('tolv')).to.deep.include({ ok: false, code: 'integer.invalid' });
  });

  it('min and max bound an integer, with the bounds in the message params', () => {
    const m = new FormModel(definition, { count: 101, file: { name: 'a.pdf', size: 10, type: 'application/pdf' } });
    expect(m.issues).to.deep.equal([{ path: 'count', rule: 'ALL-5', severity: 'error', code: 'integer.range', params: { field: 'x.count', min: 1, max: 100 } }]);
  });

  it('an attachment is { name, size, type }: its type and size are checked', () => {
    expect(codes({ count: 5, file: { name: 'a.pdf', size: 10, type: 'application/pdf' } })).to.deep.equal([]);
    expect(codes({ count: 5, file: { name: 'A.PDF', size: 10, type: '' } }), 'by extension').to.deep.equal([]);
    expect(codes({ count: 5, file: { name: 'a.docx', size: 10, type: 'application/msword' } })).to.deep.equal(['file attachment.type']);
    expect(codes({ count: 5, file: { name: 'a.pdf', size: 2048, type: 'application/pdf' } })).to.deep.equal(['file attachment.tooLarge']);
    expect(codes({ count: 5, file: { name: 'a.pdf', size: 0, type: 'application/pdf' } })).to.deep.equal(['file attachment.empty']);
    expect(codes({ count: 5, file: 'a.pdf' })).to.deep.equal(['file attachment.invalid']);
    expect(codes({ count: 5 })).to.deep.equal(['file attachment.required']);
  });

  it('the submission carries the attachment\'s name, size and type only', () => {
    const data = submissionData(definition, { count: 5, file: { name: 'a.pdf', size: 10, type: 'application/pdf', lastModified: 1 } });
    expect(data).to.deep.equal({ count: 5, file: { name: 'a.pdf', size: 10, type: 'application/pdf' } });
  });

  it('a checklist item with `when` exists only while it holds', () => {
    expect(new FormModel(definition, { count: 5 }).checklist.items.map((i) => i.id)).to.deep.equal(['always']);
    expect(new FormModel(definition, { count: 50 }).checklist.items.map((i) => i.id)).to.deep.equal(['always', 'onlyWhenBig']);
  });
});

describe('deadlines as configuration (engine)', () => {
  it('a yearly deadline: 1 April the year after', () => {
    expect(yearlyDeadline(2024, { month: 4, day: 1, yearsAfter: 1 })).to.equal('2025-04-01');
  });
  it('the deadline day is in time; the day after has passed', () => {
    expect(deadlineStatus('2025-04-01', '2025-03-02')).to.deep.equal({ deadline: '2025-04-01', daysLeft: 30, passed: false });
    expect(deadlineStatus('2025-04-01', '2025-04-01')).to.include({ daysLeft: 0, passed: false });
    expect(deadlineStatus('2025-04-01', '2025-04-02')).to.include({ daysLeft: -1, passed: true });
  });
  it('"today" is injected when it is a real date, else the clock\'s', () => {
    expect(resolveToday('2025-04-02')).to.equal('2025-04-02');
    expect(resolveToday('2025-02-30', new Date(2026, 0, 5))).to.equal('2026-01-05');
    expect(resolveToday(undefined, new Date(2026, 0, 5))).to.equal('2026-01-05');
  });
});

describe('prefill from an application (engine)', () => {
  it('takes a submission of an accepted schema, or bare data; refuses another schema', () => {
    const data = { goals: [] };
    expect(applicationData({ schema: 'a/soknad', data }, ['a/soknad'])).to.equal(data);
    expect(applicationData({ schema: 'b/soknad', data }, ['a/soknad'])).to.equal(undefined);
    expect(applicationData(data, ['a/soknad'])).to.equal(data);
    expect(applicationData('junk', ['a/soknad'])).to.equal(undefined);
    expect(applicationData(null, ['a/soknad'])).to.equal(undefined);
  });
});
