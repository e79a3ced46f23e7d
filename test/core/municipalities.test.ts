import { expect } from 'chai';
import { allMunicipalities, findMunicipality, formatMunicipality, matchMunicipality, searchMunicipalities } from '../../src/core/municipalities.js';

// HTO-S1: the applicant is a municipality of the 2024 list (shared/data/kommuner-2024.csv, read
// into src/data by scripts/gen-kommuner.mjs, its numbers stored as steps).
describe('HTO-S1 the 2024 municipality list', () => {
  const list = allMunicipalities();

  it('has all 357 municipalities, each a unique four-digit number in a county', () => {
    expect(list).to.have.length(357);
    expect(new Set(list.map((m) => m.number)).size).to.equal(357);
    for (const m of list) {
      expect(m.number, m.name).to.match(/^\d{4}$/);
      expect(m.county, m.number).to.not.equal('');
    }
    expect(new Set(list.map((m) => m.county)).size).to.equal(15);
  });

  it('reads each number right, also after a county change and a long step', () => {
    const pick = (n: string) => {
      const m = findMunicipality(n);
      return m && `${m.number} ${m.name} (${m.county})`;
    };
    expect(pick('0301')).to.equal('0301 Oslo (Oslo)');
    expect(pick('1101')).to.equal('1101 Eigersund (Rogaland)');
    expect(pick('1103')).to.equal('1103 Stavanger (Rogaland)');
    expect(pick('1505')).to.equal('1505 Kristiansund (Møre og Romsdal)');
    expect(pick('4601')).to.equal('4601 Bergen (Vestland)');
    expect(pick('5001')).to.equal('5001 Trondheim (Trøndelag)');
    expect(pick('5501')).to.equal('5501 Tromsø (Troms)');
    expect(pick('5636')).to.equal('5636 Unjárga - Nesseby (Finnmark)');
    expect(list.at(-1)!.number).to.equal('5636');
    expect(findMunicipality('0302')).to.equal(undefined);
  });

  it('finds every name form, by number and by name typed without accents', () => {
    const names = (q: string) => searchMunicipalities(q).map((m) => m.number);
    expect(names('Kautokeino')).to.deep.equal(['5612']);
    expect(names('guovdageaidnu')).to.deep.equal(['5612']);
    expect(names('karasjok')).to.deep.equal(['5610']);
    expect(names('tromso')[0]).to.equal('5501');
    expect(names('5501')).to.deep.equal(['5501']);
    expect(matchMunicipality('Snåsa')?.number).to.equal('5041');
    expect(matchMunicipality('Snåase')?.number).to.equal('5041');
    expect(matchMunicipality('1806 Narvik')?.number).to.equal('1806');
    expect(formatMunicipality('5041')).to.equal('5041 Snåase - Snåsa');
  });
});
