import { expect } from 'chai';
import { FormModel, setIn, walkDefinition, type Data, type Issue } from '../../src/core/index.js';
import { helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';
import { validApplication } from '../fixtures/helseteknologi.js';

const definition = helseteknologiSoknad();
const model = (data: Data) => new FormModel(definition, data);
const errorsOf = (m: FormModel<any>) => m.issues.filter((i) => i.severity === 'error');
const at = (m: FormModel<any>, path: string): Issue[] => m.issues.filter((i) => i.path === path);
const change = (path: string, value: unknown) => model(setIn(validApplication(), path, value));

describe('the valid fixture', () => {
  it('has no errors and a complete checklist', () => {
    const m = model(validApplication());
    expect(errorsOf(m)).to.deep.equal([]);
    expect(m.checklist.complete).to.equal(m.checklist.total);
  });
});

describe('ALL-1 amounts in the budget', () => {
  it('a negative amount is an error at its cell', () => {
    const m = change('budget.costs.training.grant', -5);
    expect(at(m, 'budget.costs.training.grant')[0]).to.include({ rule: 'ALL-1', code: 'amount.negative' });
  });
  it('øre are an error', () => {
    const m = change('budget.costs.training.grant', 12.5);
    expect(at(m, 'budget.costs.training.grant')[0]).to.include({ rule: 'ALL-1', code: 'amount.decimals' });
  });
  it('text that did not parse stays in the model and is an error', () => {
    const m = change('budget.costs.training.grant', { unparseable: '12,5' });
    expect(m.get('budget.costs.training.grant')).to.deep.equal({ unparseable: '12,5' });
    expect(at(m, 'budget.costs.training.grant')[0]).to.include({ rule: 'ALL-1', code: 'amount.decimals' });
  });
  it('a string where a number belongs is an error, not a crash', () => {
    const m = change('budget.totalCost', '1000000');
    expect(at(m, 'budget.totalCost')[0]).to.include({ rule: 'ALL-1', code: 'amount.invalid' });
  });
});

describe('ALL-2 and HTO-S11 payment details', () => {
  it('a wrong check digit in the organisation number is an error', () => {
    expect(at(change('applicant.orgnr', '988077918'), 'applicant.orgnr')[0]).to.include({ rule: 'ALL-2', code: 'orgnr.checksum' });
  });
  it('a missing organisation number is an HTO-S11 error', () => {
    expect(at(change('applicant.orgnr', null), 'applicant.orgnr')[0]).to.include({ rule: 'HTO-S11', code: 'orgnr.required' });
  });
});

describe('ALL-3 kontonummer', () => {
  it('a wrong check digit is an error', () => {
    expect(at(change('applicant.kontonr', '12345678904'), 'applicant.kontonr')[0]).to.include({ rule: 'ALL-3', code: 'kontonr.checksum' });
  });
  it('a missing account number is an HTO-S11 error', () => {
    expect(at(change('applicant.kontonr', ''), 'applicant.kontonr')[0]).to.include({ rule: 'HTO-S11', code: 'kontonr.required' });
  });
});

describe('ALL-4 contact person', () => {
  it('e-mail and phone are checked', () => {
    expect(at(change('applicant.contact.email', 'kari@bergen'), 'applicant.contact.email')[0]).to.include({ rule: 'ALL-4', code: 'email.format' });
    expect(at(change('applicant.contact.phone', '123'), 'applicant.contact.phone')[0]).to.include({ rule: 'ALL-4', code: 'phone.format' });
  });
});

describe('ALL-5 free text', () => {
  it('whitespace only does not answer a required question', () => {
    expect(at(change('description.background', '   \n  '), 'description.background')[0]).to.include({ rule: 'HTO-S4', code: 'text.required' });
  });
  it('zero-width or control characters alone do not answer it either, and are sent as null', () => {
    for (const invisible of ['\u200b\u200c\u200d', '\u2060\ufeff', '\u0000\u0007']) {
      const m = change('description.background', invisible);
      expect(at(m, 'description.background')[0], JSON.stringify(invisible)).to.include({ rule: 'HTO-S4', code: 'text.required' });
      expect(m.submission('nb').data.description).to.have.property('background', null);
    }
  });
  it('100 000 characters in a 4 000 character answer are too long, and kept whole', () => {
    const long = 'x'.repeat(100_000);
    const m = change('description.background', long);
    expect(at(m, 'description.background')[0]).to.deep.include({ rule: 'ALL-5', code: 'text.tooLong', params: { field: 'hto.description.background', max: 4000, over: 96_000 } });
    expect((m.get('description.background') as string).length).to.equal(100_000);
  });
});

describe('ALL-6 dates', () => {
  it('an end date before the start date is an error', () => {
    expect(at(change('project.end', '2024-12-31'), 'project.end')[0]).to.include({ rule: 'ALL-6', code: 'date.beforeStart' });
  });
  it('the same day is fine', () => {
    expect(at(change('project.end', '2025-01-01'), 'project.end')).to.deep.equal([]);
  });
});

describe('HTO-S1 applicant', () => {
  it('a municipality must be chosen from the 2024 list', () => {
    expect(at(change('applicant.municipality', null), 'applicant.municipality')[0]).to.include({ rule: 'HTO-S1', code: 'municipality.required' });
    expect(at(change('applicant.municipality', '9999'), 'applicant.municipality')[0]).to.include({ code: 'municipality.unknown' });
  });
  it('Helse Nord through UNN may apply for Svalbard, with no municipality', () => {
    const m = change('applicant.kind', 'svalbard');
    expect(errorsOf(m)).to.deep.equal([]);
    expect(m.submission('nb').data.applicant).to.not.have.property('municipality');
  });
  it('no other kind of applicant is accepted', () => {
    expect(at(change('applicant.kind', 'fastlege'), 'applicant.kind')[0]).to.include({ code: 'choice.invalid' });
  });
  it('HTO-S1: partners are other municipalities: not the applicant, and none twice', () => {
    const bergen = { kind: 'municipality', municipality: '4601', role: 'Prøver ut', confirmation: 'no' };
    const asPartner = setIn(setIn(validApplication(), 'applicant.municipality', '4601'), 'partners', [bergen, { ...bergen, municipality: '4624' }, { ...bergen, municipality: '4624' }]);
    const issues = model(asPartner).issues.filter((i) => i.path.startsWith('partners.') && i.path.endsWith('.municipality'));
    expect(issues.map((i) => `${i.path} ${i.rule} ${i.severity} ${i.code}`)).to.deep.equal([
      'partners.0.municipality HTO-S1 error hto.partner.isApplicant',
      'partners.2.municipality HTO-S1 error hto.partner.twice',
    ]);
    // Svalbard's applicant has no municipality (hidden, kept in the data): no partner is the applicant then.
    const svalbard = setIn(asPartner, 'applicant.kind', 'svalbard');
    expect(model(svalbard).issues.filter((i) => i.code === 'hto.partner.isApplicant')).to.deep.equal([]);
  });
  it('other organisations may be partners but need a name', () => {
    const m = change('partners.0', { kind: 'other', role: 'Fastlegekontor', confirmation: 'no' });
    expect(at(m, 'partners.0.name')[0]).to.include({ code: 'text.required' });
  });
});

describe('HTO-S2 required content', () => {
  it('goals, risks and budget are required', () => {
    let m = change('goals', []);
    expect(at(m, 'goals')[0]).to.include({ rule: 'HTO-S2', code: 'hto.goals.required' });
    m = change('risks', []);
    expect(at(m, 'risks')[0]).to.include({ rule: 'HTO-S2', code: 'hto.risks.required' });
    m = change('budget.costs', {});
    expect(at(m, 'budget.costs')[0]).to.include({ rule: 'HTO-S2', code: 'budget.required' });
  });
  it('other funding must be stated either way', () => {
    const m = change('budget.hasOtherFunding', null);
    expect(at(m, 'budget.hasOtherFunding')[0]).to.include({ rule: 'HTO-S2', code: 'hto.budget.hasOther.required' });
  });
  it('the description of the measures is not complete while the project description is empty', () => {
    const status = (m: FormModel<any>) => m.checklist.items.find((i) => i.id === 'measures')!.status;
    expect(status(model(validApplication()))).to.equal('complete');
    const m = change('description', {});
    expect(m.checklist.items.find((i) => i.id === 'measures')!.rule).to.equal('HTO-S2');
    expect(status(m)).to.equal('inProgress');
  });
  it('internal/external control measures are not asked for', () => {
    const keys = JSON.stringify(definition.sections.map((s) => s.fields.map((f) => f.key)));
    expect(keys).to.not.match(/control/i);
  });
});

describe('HTO-S3 signature', () => {
  it('HTO-S3: signed on or before today, not after (a slip of the year)', () => {
    const on = (date: string, today: string) =>
      new FormModel(helseteknologiSoknad({ today }), setIn(validApplication(), 'signature.date', date)).issues.filter((i) => i.path === 'signature.date').map((i) => `${i.rule} ${i.code}`);
    expect(on('2026-11-23', '2026-11-23'), 'today').to.deep.equal([]);
    expect(on('2026-11-24', '2026-11-23'), 'tomorrow').to.deep.equal(['HTO-S3 hto.signature.date.future']);
    expect(on('2062-11-23', '2026-11-23')).to.deep.equal(['HTO-S3 hto.signature.date.future']);
  });
  it('delegated authority asks for the delegation', () => {
    const m = change('signature.authority', 'delegated');
    expect(at(m, 'signature.delegation')[0]).to.include({ rule: 'HTO-S3', code: 'text.required.clause' });
  });
  it('the confirmation must be ticked', () => {
    expect(at(change('signature.confirmed', false), 'signature.confirmed')[0]).to.include({ rule: 'HTO-S3', code: 'hto.signature.confirm.required' });
  });
  it('for Svalbard (HTO-S1) UNN\'s director signs for UNN, not a kommunedirektør for the municipality', () => {
    const labels = (m: FormModel<any>) => {
      const seen: string[] = [];
      walkDefinition(definition, m.data, ({ field, path }) => {
        if (path === 'signature.authority' && field.type === 'radio') seen.push(...field.options.map((o) => o.label));
        if (path === 'signature.confirmed') seen.push(field.label);
      });
      return seen;
    };
    const municipality = model(validApplication());
    expect(labels(municipality)).to.deep.equal([
      'hto.signature.authority.director', 'hto.signature.authority.delegated', 'hto.signature.confirm',
    ]);
    expect(municipality.checklist.items.find((i) => i.id === 'signature')!.label).to.equal('hto.check.signature');

    const unn = change('applicant.kind', 'svalbard');
    expect(labels(unn)).to.deep.equal([
      'hto.signature.authority.unn.director', 'hto.signature.authority.unn.delegated', 'hto.signature.confirm.unn',
    ]);
    const item = unn.checklist.items.filter((i) => i.id === 'signature');
    expect(item.map((i) => [i.label, i.rule, i.status])).to.deep.equal([['hto.check.signature.unn', 'HTO-S3', 'complete']]);
    // The same key and value in the JSON: the head of the applicant signs.
    expect(unn.submission('nb').data.signature).to.include({ authority: 'director', confirmed: true });

    const unanswered = model(setIn(setIn(validApplication(), 'applicant.kind', 'svalbard'), 'signature.authority', null));
    expect(at(unanswered, 'signature.authority')).to.have.length(1);
    expect(at(unanswered, 'signature.authority')[0]).to.include({ rule: 'HTO-S3', code: 'hto.signature.authority.unn.required' });
  });
});

describe('HTO-S4 project description', () => {
  it('has every point of §3 as its own required answer', () => {
    const section = definition.sections.find((s) => s.id === 'beskrivelse')!;
    expect(section.fields.map((f) => f.key)).to.deep.equal([
      'background', 'status', 'gains', 'riskAndStakeholders', 'procurement', 'participants', 'anchoring',
      'management', 'standards', 'implementation', 'division', 'userParticipation', 'budgetOverview',
    ]);
    expect(errorsOf(change('description', {})).filter((i) => i.rule === 'HTO-S4')).to.have.length(13);
  });
});

describe('HTO-S6 technology area and phase', () => {
  it('must come from the configured lists', () => {
    expect(at(change('project.area', 'innovasjon'), 'project.area')[0]).to.include({ rule: 'HTO-S6', code: 'choice.invalid' });
    expect(at(change('project.phase', null), 'project.phase')[0]).to.include({ rule: 'HTO-S6', code: 'choice.required' });
  });
  it('the lists are configuration', () => {
    const custom = helseteknologiSoknad({ areas: [{ value: 'ki', label: 'hto.area.journal' }], phases: [{ value: 'drift', label: 'hto.phase.innforing' }] });
    const m = new FormModel(custom, setIn(setIn(validApplication(), 'project.area', 'ki'), 'project.phase', 'drift'));
    expect(errorsOf(m)).to.deep.equal([]);
  });
});

describe('HTO-S7 who may pay for each cost element', () => {
  it('a grant on software (own financing only) is an error at that cell', () => {
    const m = change('budget.costs.software.grant', 50000);
    expect(at(m, 'budget.costs.software.grant')[0]).to.include({ rule: 'HTO-S7', code: 'budget.closedCell' });
  });
  it('also on a line of travel', () => {
    const m = change('budget.costs.travel', { lines: [{ what: 'Fly', grant: 1000, own: 1000 }] });
    expect(at(m, 'budget.costs.travel.lines.0.grant')[0]).to.include({ rule: 'HTO-S7' });
  });
  it('lines sum into their element', () => {
    const m = model(validApplication());
    expect(m.computed.budget.elements.meetings).to.deep.equal({ grant: 20000, own: 10000 });
  });
});

describe('HTO-S8 own financing is required and the grant covers only part', () => {
  /** The valid application with one payer's column empty, in every cost element and line. */
  const without = (payer: 'grant' | 'own') => {
    const data = validApplication();
    const costs = data.budget as { costs: Record<string, Record<string, unknown>> };
    for (const row of Object.values(costs.costs)) {
      row[payer] = null;
      if (Array.isArray(row.lines)) for (const line of row.lines) line[payer] = null;
    }
    return data;
  };
  it('no own financing is an error', () => {
    const data = without('own');
    expect(model(data).issues.filter((i) => i.rule === 'HTO-S8').map((i) => i.code)).to.include('hto.own.missing');
  });
  it('HTO-S8: an application for no grant at all is an error (own financing alone asks for nothing)', () => {
    const data = without('grant');
    expect(model(data).issues.filter((i) => i.rule === 'HTO-S8').map((i) => i.code)).to.include('hto.grant.missing');
    expect(model(validApplication()).issues.filter((i) => i.code === 'hto.grant.missing')).to.deep.equal([]);
  });
  it('a grant as large as the total cost is an error', () => {
    const m = change('budget.totalCost', 520000);
    expect(m.issues.filter((i) => i.rule === 'HTO-S8').map((i) => i.code)).to.include('hto.grant.notPart');
  });
  it('a total cost of 0 entered is an answer: the grant is then no part of it (HTO-S8), and the financing is over (HTO-S9)', () => {
    const m = change('budget.totalCost', 0);
    expect(m.issues.filter((i) => i.rule === 'HTO-S8').map((i) => i.code)).to.deep.equal(['hto.grant.notPart']);
    expect(m.issues.find((i) => i.rule === 'HTO-S9')).to.deep.include({ code: 'hto.financing.over', params: { amount: 1_000_000 } });
    expect(m.blockingIssues.length).to.be.greaterThan(0);
  });
  it('a total cost not yet answered gives neither (its own field says it is required)', () => {
    const m = change('budget.totalCost', null);
    expect(m.issues.filter((i) => i.code.startsWith('hto.financing.') || i.code === 'hto.grant.notPart')).to.deep.equal([]);
    expect(m.issues.map((i) => i.path)).to.include('budget.totalCost');
  });
});

describe('HTO-S9 financing balances', () => {
  it('a gap is an error that names the amount', () => {
    const m = change('budget.totalCost', 1_100_000);
    expect(m.issues.find((i) => i.rule === 'HTO-S9')).to.deep.include({ code: 'hto.financing.gap', params: { amount: 100000 } });
    expect(m.computed.budget.balanced).to.equal(false);
  });
  it('shares are computed', () => {
    expect(model(validApplication()).computed.budget.shares).to.deep.equal({ grant: 52, own: 43, other: 5 });
  });
});

describe('HTO-S10 assessment guidance', () => {
  it('weights project 80 % and budget 20 %, and links to sections that exist', () => {
    const guidance = definition.sections[0]!.fields[0]!;
    expect(guidance).to.include({ type: 'guidance', rule: 'HTO-S10' });
    const groups = (guidance as unknown as { groups: { weight: number; items: { sections: string[] }[] }[] }).groups;
    expect(groups.map((g) => g.weight)).to.deep.equal([80, 20]);
    const ids = new Set(definition.sections.map((s) => s.id));
    for (const item of groups.flatMap((g) => g.items)) for (const s of item.sections) expect(ids.has(s), s).to.equal(true);
  });
});

describe('submission JSON', () => {
  it('leaves out hidden answers and keeps amounts as integers', () => {
    const data = setIn(validApplication(), 'budget.hasOtherFunding', 'no');
    const m = model(data);
    const s = m.submission('nb', new Date('2024-11-21T13:32:00Z'));
    expect(s.data.budget).to.not.have.property('otherFunding');
    expect(m.get('budget.otherFunding')).to.have.length(1);
    expect(s).to.include({ schema: 'helseteknologi/soknad', schemaVersion: '1.0.0', form: 'soknad', variant: 'full', locale: 'nb', submittedAt: '2024-11-21T13:32:00.000Z' });
  });
});

describe('rules and sums see the data as it would be sent', () => {
  it('HTO-S1: a Svalbard applicant\'s hidden municipality is kept in the form but not counted in computed', () => {
    const m = change('applicant.kind', 'svalbard');
    expect(m.get('applicant.municipality'), 'kept while hidden').to.equal('4601');
    expect((m.computed as { applicant: { municipality: string | null } }).applicant.municipality).to.equal(null);
    expect(m.submission('nb').computed).to.deep.equal(m.computed);
  });

  it('FMK-R4: a "substantial deviation" answer hidden while "carried out as described?" is unanswered raises no warning', async () => {
    const { fmkRapport } = await import('../../src/schemes/fmk/rapport.js');
    const { completeFmkRapport } = await import('../../stories/fixtures/fmk-rapport.js');
    const report = (carriedOut: string | null) => {
      const data = completeFmkRapport();
      return new FormModel(fmkRapport(), setIn(setIn(data, 'execution.carriedOut', carriedOut), 'execution.substantial', 'yes'));
    };
    const warned = (m: FormModel<any>) => m.issues.some((i) => i.rule === 'FMK-R4' && i.code === 'fmkr.substantial.warning');
    expect(warned(report('partly')), 'shown when the answer is asked').to.equal(true);
    expect(warned(report(null)), 'not when it is hidden').to.equal(false);
  });
});
