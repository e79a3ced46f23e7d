import { expect } from 'chai';

/**
 * Two forms' embeds on one page, each with the kit inside (as built: `npm test` builds dist/
 * first). The inner elements are defined by the first bundle, and must show the second's texts
 * in the page's one language.
 */
const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(check(), what).to.equal(true);
};
const texts = (root: ParentNode | null | undefined, selector: string) => [...(root?.querySelectorAll(selector) ?? [])].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());

describe('two embeds on one page (helseteknologi-soknad, then fmk-soknad)', () => {
  it('the second form\'s checklist shows its texts, not their keys, and a language switch reaches every element of both', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      await import('/dist/helseteknologi-soknad.js' as string);
      await import('/dist/fmk-soknad.js' as string);
      document.body.innerHTML = '<helseteknologi-soknad id="a" no-draft></helseteknologi-soknad><fmk-soknad id="b" no-draft></fmk-soknad>';
      const b = document.getElementById('b')!;
      const checklist = () => b.shadowRoot?.querySelector('tilskudd-sjekkliste')?.shadowRoot;
      await until(() => texts(checklist(), 'li a').length > 0, 'the FMK checklist is rendered');
      expect(texts(checklist(), 'li a').filter((label) => /^fmk\./.test(label)), 'message keys shown').to.deep.equal([]);

      b.setAttribute('lang', 'en');
      await until(() => texts(b.shadowRoot, 'h1')[0] !== texts(document.getElementById('a')!.shadowRoot, 'h1')[0] || texts(checklist(), 'h2')[0] !== 'Dette må søknaden inneholde', 'English arrives');
      await until(() => texts(checklist(), 'h2')[0] !== 'Dette må søknaden inneholde', 'the checklist heading in English');
      await (b as unknown as { submit(): Promise<boolean> }).submit();
      const summary = () => b.shadowRoot?.querySelector('tilskudd-feiloppsummering');
      await until(() => !!(summary()?.shadowRoot ?? summary())?.querySelector('h2'), 'the error summary is shown');
      const heading = texts(summary()?.shadowRoot ?? summary(), 'h2')[0];
      expect(heading, 'the error summary heading').to.not.equal('Det er noe som må rettes');
      // One language per page: the first form follows.
      const a = document.getElementById('a')!;
      await until(() => texts(a.shadowRoot?.querySelector('tilskudd-sjekkliste')?.shadowRoot, 'h2')[0] === texts(checklist(), 'h2')[0], 'both checklists in one language');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('no text for')), 'missing texts').to.deep.equal([]);
  });

  it('a quick switch back (en, then nb as soon as en is ready) ends in the language asked for last', async () => {
    document.documentElement.lang = 'nb';
    document.body.innerHTML = '<helseteknologi-soknad id="c" no-draft></helseteknologi-soknad><fmk-soknad id="d" no-draft></fmk-soknad>';
    const heading = (id: string) => texts(document.getElementById(id)!.shadowRoot?.querySelector('tilskudd-sjekkliste')?.shadowRoot, 'h2')[0];
    await until(() => !!heading('c') && !!heading('d'), 'both checklists');
    let flipped = false;
    const flip = (event: Event) => {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (flipped || detail.status !== 'ready' || detail.readyLocale !== 'en') return;
      flipped = true;
      document.documentElement.lang = 'nb';
    };
    addEventListener('lit-localize-status', flip);
    try {
      document.documentElement.lang = 'en';
      await until(() => flipped, 'English ready once');
      await new Promise((r) => setTimeout(r, 1000));
      expect([heading('c'), heading('d')]).to.deep.equal(['Dette må søknaden inneholde', 'Dette må søknaden inneholde']);
    } finally {
      removeEventListener('lit-localize-status', flip);
    }
  });
});
