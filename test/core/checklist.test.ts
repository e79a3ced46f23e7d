import { expect } from 'chai';
import { FormModel, type FormDefinition } from '../../src/core/index.js';
import { fmkKlage, fmkSoknad } from '../../src/schemes/fmk/index.js';
import { fmkRapport } from '../../src/schemes/fmk/rapport.js';
import { helseteknologiForenklet, helseteknologiRapport, helseteknologiSoknad } from '../../src/schemes/helseteknologi/index.js';

const forms: FormDefinition<any>[] = [helseteknologiSoknad(), helseteknologiForenklet(), helseteknologiRapport(), fmkSoknad(), fmkRapport(), fmkKlage()];

describe('the checklist before anything is typed', () => {
  it('every item of every form is "not started": an answer not given yet is no error (HTO-S2, HTO-S4, FMK-S11)', () => {
    for (const definition of forms) {
      const wrong = new FormModel(definition).checklist.items.filter((i) => i.status !== 'notStarted');
      // Answers worded as a clause ("Beskriv …") are missing too, as `text.required.clause`.
      expect(wrong.map((i) => `${definition.id} ${definition.variant} ${i.id} ${i.status}`)).to.deep.equal([]);
    }
  });

  it('after a submit attempt the same missing answers are errors', () => {
    const model = new FormModel(helseteknologiSoknad());
    model.markSubmitted();
    const description = model.checklist.items.find((i) => i.id === 'description')!;
    expect(description).to.include({ rule: 'HTO-S4', status: 'hasErrors' });
  });
});
