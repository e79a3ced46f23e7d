import { expect } from 'chai';
import { allMunicipalities, fold, matchMunicipality, searchMunicipalities } from '../../src/core/municipalities.js';

// HTO-S1: the combobox highlights the first search result and Enter picks it, so the first result
// must be the municipality the typed text already names (the one the field holds while typing).
describe('HTO-S1 municipality search: an exact name comes first', () => {
  const first = (q: string) => searchMunicipalities(q, 8)[0]?.number;

  it('a name typed in full comes before longer names starting with it (Hamar before Hamarøy)', () => {
    const cases: Record<string, string> = {
      Hamar: '3403',
      Bø: '1867',
      Ås: '3218',
      Os: '3430',
      Nes: '3228',
      Hå: '1119',
      Ål: '3328',
      Hol: '3330',
      Vågå: '3435',
      Gran: '3446',
      Etne: '4611',
      Flå: '3320',
    };
    for (const [name, number] of Object.entries(cases)) {
      expect(matchMunicipality(name)?.number, `${name} is ${number}`).to.equal(number);
      expect(first(name), name).to.equal(number);
      expect(first(name.toLowerCase()), name.toLowerCase()).to.equal(number);
    }
  });

  it('keeps the order after the exact name: names starting with the text, then the rest', () => {
    const hamar = searchMunicipalities('Hamar', 8).map((m) => m.name);
    expect(hamar).to.deep.equal(['Hamar', 'Hamarøy - Hábmer']);
    const os = searchMunicipalities('os', 50);
    expect(os[0]!.name).to.equal('Os');
    // Then every name with a word starting with "os" (Oslo, Osterøy), then "os" inside a word.
    const starting = os.slice(1).map((m) => /(^|[\s-])os/.test(fold(m.names.join(' '))));
    expect(os.map((m) => m.name)).to.include.members(['Oslo', 'Osterøy']);
    expect(starting.indexOf(false), 'some match inside a word').to.be.greaterThan(0);
    expect(starting.lastIndexOf(true), 'word starts first').to.be.lessThan(starting.indexOf(false));
  });

  it('every name form of every municipality, and `1806 Narvik`, finds what the field would hold first', () => {
    for (const m of allMunicipalities())
      for (const q of [m.name, ...m.names, `${m.number} ${m.name}`, m.number]) expect(first(q), q).to.equal(matchMunicipality(q)!.number);
  });

  it('a name two municipalities share is exact for neither: both are offered, in list order (Herøy)', () => {
    expect(matchMunicipality('Herøy')).to.equal(undefined);
    expect(searchMunicipalities('Herøy', 8).map((m) => m.name)).to.deep.equal(['Herøy (Møre og Romsdal)', 'Herøy (Nordland)']);
  });

  it('a four-digit number that exists is the first (and only) result', () => {
    expect(searchMunicipalities('1875', 8).map((m) => m.number)).to.deep.equal(['1875']);
    expect(searchMunicipalities('3403', 8).map((m) => m.number)).to.deep.equal(['3403']);
  });
});
