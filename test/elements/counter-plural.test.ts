import { expect } from 'chai';
import { setIn } from '../../src/core/index.js';
import { t } from '../../src/i18n/texts.js';
import { validApplication } from '../fixtures/helseteknologi.js';
import { cleanupLocale, switchLocale } from '../support/i18n.js';
import { $, mount, text } from './helpers.js';

afterEach(cleanupLocale);

/** The application with its 4 000-character background `length` characters long. */
const withBackground = (length: number) => mount('helseteknologi-soknad', setIn(validApplication(), 'description.background', 'a'.repeat(length)));
const counter = (el: Awaited<ReturnType<typeof withBackground>>) => text($(el, '#f-description-background-count'));
const message = (el: Awaited<ReturnType<typeof withBackground>>) => text($(el, '#f-description-background-msg .message.error'));

describe('ALL-5 the counter and the too-long message say one character in the singular', () => {
  it('English: 1 character remaining, 1 character too many; 2 in the plural', async () => {
    const el = await withBackground(3999);
    await switchLocale(el, 'en');
    expect(counter(el)).to.equal('You have 1 character remaining');
    el.value = setIn(el.value, 'description.background', 'a'.repeat(4001));
    await el.updateComplete;
    expect(counter(el)).to.equal('You have 1 character too many');
    expect(message(el)).to.equal('Error:The answer must be 4 000 characters or fewer. You have 1 character too many – shorten it.');
    el.value = setIn(el.value, 'description.background', 'a'.repeat(4002));
    await el.updateComplete;
    expect(counter(el)).to.equal('You have 2 characters too many');
    expect(message(el)).to.equal('Error:The answer must be 4 000 characters or fewer. You have 2 characters too many – shorten it.');
    el.value = setIn(el.value, 'description.background', 'a'.repeat(3998));
    await el.updateComplete;
    expect(counter(el)).to.equal('You have 2 characters remaining');
  });

  it('bokmål and nynorsk say "1 tegn" / "1 teikn" as before', async () => {
    const el = await withBackground(4001);
    expect(counter(el)).to.equal('Du har 1 tegn for mye');
    expect(message(el)).to.equal('Feil:Svaret kan ha høyst 4 000 tegn. Du har 1 tegn for mye – kort det ned.');
    await switchLocale(el, 'nn');
    expect(counter(el)).to.equal('Du har 1 teikn for mykje');
    expect(message(el)).to.equal('Feil:Svaret kan ha høgst 4 000 teikn. Du har 1 teikn for mykje – kort det ned.');
    el.value = setIn(el.value, 'description.background', 'a'.repeat(3999));
    await el.updateComplete;
    expect(counter(el)).to.equal('Du har 1 teikn igjen');
  });
});

describe('ALL-5 the too-long message groups its numbers as the counter does', () => {
  it('"høyst 4 000 tegn" and "16 006 tegn for mye", the same numbers as the counter', async () => {
    const el = await withBackground(20_006);
    expect(counter(el)).to.equal('Du har 16 006 tegn for mye');
    expect(message(el)).to.equal('Feil:Svaret kan ha høyst 4 000 tegn. Du har 16 006 tegn for mye – kort det ned.');
    expect(t('text.tooLong', { max: 100_000, over: 1_234_567 })).to.equal('Svaret kan ha høyst 100\u00a0000 tegn. Du har 1\u00a0234\u00a0567 tegn for mye – kort det ned.');
  });
});
