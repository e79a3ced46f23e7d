#!/usr/bin/env node
// custom-elements.json (Custom Elements Manifest, schema 2.1.0) from the elements' own sources:
// each element's JSDoc header (@summary @event @attr @csspart @cssproperty @slot), Lit's
// `static properties`, and its public accessors and methods. Tag names come from the `define()`
// calls, which live apart from the classes (src/elements/register.ts, src/embed/*.ts).
// TypeScript's parser is enough (no type checker): types are written out in the sources.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ELEMENTS = 'src/elements';
const DEFINERS = ['src/elements/register.ts', ...readdirSync(join(ROOT, 'src/embed')).map((f) => `src/embed/${f}`)];
/** Platform and Lit callbacks: public in JavaScript, but not the element's API. */
const LIFECYCLE = /^(constructor|render|update|updated|firstUpdated|willUpdate|shouldUpdate|createRenderRoot|scheduleUpdate|performUpdate|getUpdateComplete)$|Callback$/;

const parse = (path) => ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true);
const has = (node, kind) => (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
const nameOf = (member) => member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
const clean = (text) => text.replace(/\s*\n\s*/g, ' ').trim();

/** The comment text of a node's JSDoc (without tags), and its tags as [name, text]. */
function jsDoc(node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const doc = docs.at(-1);
  const text = (c) => (typeof c === 'string' ? c : ts.getTextOfJSDocComment(c) ?? '');
  return {
    description: doc ? clean(text(doc.comment)) : '',
    tags: (doc?.tags ?? []).map((tag) => [tag.tagName.text, clean(text(tag.comment))]),
  };
}

/** `@event name - what` → { name, description }. */
const named = (text) => {
  const [, name, description = ''] = /^(\S+)(?:\s+-\s+(.*))?$/.exec(text) ?? [];
  return { name, ...(description && { description }) };
};

/** Lit's `static properties = { name: { type, attribute, reflect } }` → fields and attributes. */
function litProperties(cls, typeOf, describe) {
  const members = [];
  const attributes = [];
  const statics = cls.members.find((m) => ts.isPropertyDeclaration(m) && has(m, ts.SyntaxKind.StaticKeyword) && nameOf(m) === 'properties');
  if (!statics?.initializer || !ts.isObjectLiteralExpression(statics.initializer)) return { members, attributes };
  for (const prop of statics.initializer.properties) {
    if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue; // `...Base.properties`: inherited
    const name = prop.name.getText();
    const options = Object.fromEntries(prop.initializer.properties.filter(ts.isPropertyAssignment).map((o) => [o.name.getText(), o.initializer.getText()]));
    const type = typeOf(name) ?? { String: 'string', Boolean: 'boolean', Number: 'number' }[options.type];
    const attribute = options.attribute === 'false' ? undefined : options.attribute ? JSON.parse(options.attribute.replace(/'/g, '"')) : name.toLowerCase();
    const description = describe(name);
    members.push({ kind: 'field', name, ...(type && { type: { text: type } }), ...(description && { description }), ...(attribute && { attribute }), ...(options.reflect === 'true' && { reflects: true }) });
    if (attribute) attributes.push({ name: attribute, fieldName: name, ...(type && { type: { text: type } }), ...(description && { description }) });
  }
  return { members, attributes };
}

/** Public accessors, readonly fields and methods that are not lifecycle callbacks. */
function publicMembers(cls, litNames) {
  const members = [];
  const seen = new Set(litNames);
  for (const m of cls.members) {
    const name = nameOf(m);
    if (!name || seen.has(name) || LIFECYCLE.test(name)) continue;
    if ([ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword, ts.SyntaxKind.StaticKeyword, ts.SyntaxKind.DeclareKeyword].some((k) => has(m, k))) continue;
    const { description } = jsDoc(m);
    const extra = description ? { description } : {};
    if (ts.isMethodDeclaration(m)) {
      seen.add(name);
      const parameters = m.parameters.map((p) => ({ name: p.name.getText(), ...(p.type && { type: { text: p.type.getText() } }) }));
      members.push({ kind: 'method', name, ...extra, ...(parameters.length && { parameters }), ...(m.type && { return: { type: { text: m.type.getText() } } }) });
    } else if (ts.isGetAccessorDeclaration(m)) {
      seen.add(name);
      const setter = cls.members.some((s) => ts.isSetAccessorDeclaration(s) && nameOf(s) === name);
      members.push({ kind: 'field', name, ...(m.type && { type: { text: m.type.getText() } }), ...extra, ...(!setter && { readonly: true }) });
    } else if (ts.isPropertyDeclaration(m)) {
      seen.add(name);
      members.push({ kind: 'field', name, ...(m.type && { type: { text: m.type.getText() } }), ...extra, ...(has(m, ts.SyntaxKind.ReadonlyKeyword) && { readonly: true }) });
    }
  }
  return members;
}

/** One exported class with a `@summary` → its declaration (own members only), or undefined. */
function declaration(cls, path, imports) {
  const { description, tags } = jsDoc(cls);
  const tag = (name) => tags.filter(([t]) => t === name).map(([, text]) => text);
  const heritage = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const superName = heritage?.expression.getText();
  const superModule = superName && imports.get(superName);
  const declared = (name) => cls.members.find((m) => (ts.isPropertyDeclaration(m) || ts.isGetAccessorDeclaration(m)) && nameOf(m) === name);
  const lit = litProperties(cls, (name) => declared(name)?.type?.getText(), (name) => (declared(name) ? jsDoc(declared(name)).description : ''));
  const attrTags = tag('attr').map(named);
  return {
    kind: 'class',
    name: cls.name.text,
    ...(tag('summary')[0] && { summary: tag('summary')[0] }),
    // Storybook shows `description` only: the summary stands in when the header has no more.
    description: description || tag('summary')[0] || '',
    ...(superName && { superclass: { name: superName, ...(superModule?.startsWith('.') ? { module: join(dirname(path), superModule).replace(/\.js$/, '.ts') } : { package: superModule }) } }),
    customElement: true,
    members: [...lit.members, ...publicMembers(cls, lit.members.map((m) => m.name))],
    attributes: [...lit.attributes, ...attrTags],
    events: tag('event').map(named),
    slots: tag('slot').map(named),
    cssParts: tag('csspart').map(named),
    cssProperties: tag('cssproperty').map(named),
  };
}

/** What a subclass inherits (members, attributes, events, parts, properties, slots), marked as such. */
function inherit(declarations) {
  const byName = new Map(declarations.map((d) => [d.decl.name, d]));
  const done = new Set();
  const resolve = (entry) => {
    if (done.has(entry)) return entry.decl;
    done.add(entry);
    const base = byName.get(entry.decl.superclass?.name);
    if (!base) return entry.decl;
    const parent = resolve(base);
    for (const list of ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties']) {
      const own = new Set(entry.decl[list].map((x) => x.name));
      for (const item of parent[list]) if (!own.has(item.name)) entry.decl[list].push({ ...item, inheritedFrom: item.inheritedFrom ?? { name: parent.name, module: base.path } });
    }
    return entry.decl;
  };
  for (const entry of declarations) resolve(entry);
}

export function customElementsManifest() {
  const tags = new Map(); // class name → tag
  const definitions = [];
  for (const path of DEFINERS) {
    const source = parse(path);
    const found = [];
    const visit = (node) => {
      if (ts.isCallExpression(node) && node.expression.getText() === 'define' && node.arguments.length === 2 && ts.isStringLiteral(node.arguments[0])) {
        found.push([node.arguments[0].text, node.arguments[1].getText()]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    for (const [tag, cls] of found) tags.set(cls, tag);
    if (found.length) definitions.push({ path, found });
  }

  const classes = [];
  for (const file of readdirSync(join(ROOT, ELEMENTS)).filter((f) => f.endsWith('.ts')).sort()) {
    const path = `${ELEMENTS}/${file}`;
    const source = parse(path);
    const imports = new Map();
    for (const s of source.statements) {
      if (!ts.isImportDeclaration(s) || !s.importClause?.namedBindings || !ts.isNamedImports(s.importClause.namedBindings)) continue;
      for (const el of s.importClause.namedBindings.elements) imports.set(el.name.text, s.moduleSpecifier.text);
    }
    for (const s of source.statements) {
      if (ts.isClassDeclaration(s) && s.name && has(s, ts.SyntaxKind.ExportKeyword)) classes.push({ decl: declaration(s, path, imports), path });
    }
  }
  // Elements only: classes that come down from LitElement (not the event classes beside them).
  const byName = new Map(classes.map((c) => [c.decl.name, c]));
  const isElement = (name) => name === 'LitElement' || (byName.has(name) && isElement(byName.get(name).decl.superclass?.name));
  const entries = classes.filter((c) => isElement(c.decl.name));
  inherit(entries);
  for (const { decl } of entries) {
    if (tags.has(decl.name)) decl.tagName = tags.get(decl.name);
    else delete decl.customElement; // a base class (FollowUpForm): no tag of its own
  }
  const modules = [];
  for (const path of [...new Set(entries.map((e) => e.path))]) {
    const declarations = entries.filter((e) => e.path === path).map((e) => e.decl);
    modules.push({
      kind: 'javascript-module',
      path,
      declarations,
      exports: declarations.map((d) => ({ kind: 'js', name: d.name, declaration: { name: d.name, module: path } })),
    });
  }

  const where = new Map(entries.map(({ decl, path }) => [decl.name, path]));
  for (const { path, found } of definitions) {
    modules.push({
      kind: 'javascript-module',
      path,
      declarations: [],
      exports: found.map(([tag, cls]) => ({ kind: 'custom-element-definition', name: tag, declaration: { name: cls, module: where.get(cls) } })),
    });
  }
  return { schemaVersion: '2.1.0', readme: 'README.md', modules };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = resolve(ROOT, process.argv[2] ?? 'dist/custom-elements.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(customElementsManifest(), null, 2)}\n`);
  console.log(`${relative(ROOT, out)} written`);
}
