import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import type { CustomElementDeclaration, Package } from 'custom-elements-manifest/schema.js';
import { ROOT } from './support.js';

// custom-elements.json as shipped (`npm run build` writes it from the elements' JSDoc headers),
// held against the sources, so that a new event, attribute, part or theme property cannot ship
// undocumented.

const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/custom-elements.json'), 'utf8')) as Package;
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d): d is CustomElementDeclaration & { kind: 'class' } => 'customElement' in d && d.customElement === true);
const element = (tag: string) => {
  const found = elements.find((d) => d.tagName === tag);
  assert.ok(found, `<${tag}> is not in custom-elements.json`);
  return found;
};
const names = (list: { name: string }[] | undefined) => new Set((list ?? []).map((x) => x.name));

/** Every source file under a folder, with its text. */
function sources(dir: string): [string, string][] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.includes('generated'))
    .map((f) => [`${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8')]);
}
const all = (pattern: RegExp, files: [string, string][]) => new Set(files.flatMap(([, text]) => [...text.matchAll(pattern)].map((m) => m[1])));
const elementSources = sources('src/elements');

describe('custom-elements.json', () => {
  it('is a valid Custom Elements Manifest (the schema of the custom-elements-manifest package)', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 2));
    assert.equal(manifest.schemaVersion, '2.1.0');
  });

  it('has every tag that a define() call registers, each with a summary and its definition', () => {
    const defined = all(/define\('([a-z-]+)'/g, [...sources('src/elements'), ...sources('src/embed')]);
    assert.ok(defined.size >= 8, `only ${defined.size} tags found in the sources`);
    const definitions = new Set(manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
    for (const tag of defined) {
      assert.ok(element(tag).summary, `<${tag}> has no @summary`);
      assert.ok(definitions.has(tag), `<${tag}> has no custom-element-definition export`);
    }
    assert.deepEqual(new Set(elements.map((d) => d.tagName)), defined);
  });

  it('documents every event class: on the form (they all reach it) and the checklist its own', () => {
    const types = all(/static readonly type = '([a-z-]+)'/g, elementSources);
    assert.ok(types.size >= 7, `only ${types.size} event types found`);
    for (const tag of ['tilskudd-skjema', 'helseteknologi-soknad', 'fmk-rapport']) assert.deepEqual(names(element(tag).events), types, `<${tag}>'s @event tags`);
    assert.deepEqual(names(element('tilskudd-sjekkliste').events), new Set(['tilskudd-sjekkliste-change', 'tilskudd-navigate']));
    for (const d of elements) for (const e of d.events ?? []) assert.ok(e.description, `<${d.tagName}> @event ${e.name} has no description`);
  });

  it('documents every attribute the elements read, their Lit properties included', () => {
    const read = all(/(?:get|has)Attribute\('([a-z-]+)'\)/g, elementSources);
    read.delete('lang'); // pageLang() reads the page's lang, not the element's
    assert.ok(read.has('action') && read.has('no-draft'), 'the attribute scan found nothing');
    const form = names(element('tilskudd-skjema').attributes);
    for (const name of read) assert.ok(form.has(name), `<tilskudd-skjema> reads "${name}" but has no @attr for it`);
    for (const d of elements) {
      for (const a of d.attributes ?? []) assert.ok(a.description, `<${d.tagName}> attribute "${a.name}" has no description`);
      for (const m of d.members ?? []) assert.ok(m.description, `<${d.tagName}> member "${m.name}" has no description`);
    }
    // Attributes from Lit's `static properties`, with the property they set.
    const soknad = element('helseteknologi-soknad').attributes ?? [];
    assert.equal(soknad.find((a) => a.name === 'hide-checklist')?.fieldName, 'hideChecklist');
    assert.equal(soknad.find((a) => a.name === 'variant')?.fieldName, 'variant');
    assert.ok(!soknad.some((a) => a.name === 'config'), 'config is a property only (attribute: false)');
  });

  it('documents every theme property (--tilskudd-*) an element uses, and the README lists them', () => {
    const theming = /^Theming:[\s\S]*?\n\n/m.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[0] ?? '';
    const used = all(/var\((--tilskudd-[a-z-]+)/g, elementSources);
    assert.ok(used.size >= 10, `only ${used.size} theme properties found`);
    // The form holds the checklist and the error summary, so all of them theme it.
    assert.deepEqual(names(element('tilskudd-skjema').cssProperties), used);
    for (const [tag, file] of [['tilskudd-sjekkliste', 'tilskudd-sjekkliste.ts'], ['tilskudd-feiloppsummering', 'tilskudd-feiloppsummering.ts']]) {
      assert.deepEqual(names(element(tag).cssProperties), all(/var\((--tilskudd-[a-z-]+)/g, elementSources.filter(([path]) => path.endsWith(`/${file}`))), `<${tag}>`);
    }
    // The paragraph shortens `--tilskudd-color-x` to `-x` after the first.
    for (const name of used) assert.ok(theming.includes(`\`${name.replace(/^--tilskudd-color(?=-)/, '')}\``) || theming.includes(`\`${name}\``), `the README's theming paragraph lacks ${name}`);
  });

  it('documents every part an element renders', () => {
    for (const [path, text] of elementSources) {
      const parts = all(/part="([a-z-]+)"/g, [[path, text]]);
      if (!parts.size) continue;
      const tag = elements.find((d) => path.endsWith(`${d.tagName}.ts`))?.tagName;
      assert.ok(tag, `${path} renders parts but is no element module`);
      for (const part of parts) assert.ok(names(element(tag).cssParts).has(part), `<${tag}> renders part "${part}" without @csspart`);
    }
  });

  it('gives a subclass what it inherits, marked as inherited, and its own members', () => {
    const rapport = element('fmk-rapport');
    const value = rapport.members?.find((m) => m.name === 'value');
    assert.deepEqual(value?.inheritedFrom, { name: 'TilskuddSkjema', module: 'src/elements/tilskudd-skjema.ts' });
    assert.equal(rapport.members?.find((m) => m.name === 'application')?.inheritedFrom?.name, 'FollowUpForm');
    assert.ok(names(rapport.members).has('submit') && names(rapport.events).has('tilskudd-submit'));
    const fmk = element('fmk-soknad');
    assert.equal(fmk.members?.find((m) => m.name === 'deadline')?.inheritedFrom, undefined);
    assert.ok(!names(fmk.members).has('connectedCallback') && !names(fmk.members).has('render'), 'lifecycle callbacks are not API');
  });
});
