// Fails CI on (1) a message without nynorsk or English text, or with placeholders its source no
// longer has, (2) locales/*.xlf not extracted from the code as it is (a text changed or added
// without `npm run localize:extract`, so its translation was never looked at), and (3) visible text in an element
// template that bypasses msg(): letters in an html`` literal, or in a static aria-label,
// placeholder, title or alt. Run: npm run check:i18n
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const problems = [];

for (const locale of ['nn', 'en']) {
  const xlf = readFileSync(`locales/${locale}.xlf`, 'utf8');
  const units = [...xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  if (!units.length) problems.push(`locales/${locale}.xlf has no messages`);
  for (const [, id, body] of units) {
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
    if (!target || !target.replace(/<x [^>]*\/>/g, '').trim()) problems.push(`${locale}: "${id}" is not translated`);
    // A translation left from an older source: its placeholders no longer match (one missing, or
    // an id now standing for another value), and the message would show the wrong figure.
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const placeholders = (text) => [...text.matchAll(/<x [^>]*\/>/g)].map((m) => m[0]).sort().join(' ');
    if (target && placeholders(target) !== placeholders(source)) problems.push(`${locale}: "${id}" has other placeholders than its source; translate it again`);
  }
}

// Extract afresh into a scratch folder and compare each message's source with the stored one.
const sourcesOf = (xlf) => new Map([...xlf.matchAll(/<trans-unit id="([^"]+)">[\s\S]*?<source>([\s\S]*?)<\/source>/g)].map((m) => [m[1], m[2]]));
const scratch = mkdtempSync(join(tmpdir(), 'check-i18n-'));
try {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.interchange.xliffDir = scratch;
  // Paths in a config are read from the config's folder.
  config.tsConfig = resolve(config.tsConfig);
  config.inputFiles = config.inputFiles.map((glob) => resolve(glob));
  const configFile = join(scratch, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(config));
  execFileSync(join('node_modules', '.bin', 'lit-localize'), ['extract', '--config', configFile], { stdio: 'pipe' });
  const fresh = sourcesOf(readFileSync(join(scratch, 'nn.xlf'), 'utf8'));
  if (!fresh.size) problems.push('lit-localize extract found no messages in the code');
  for (const locale of ['nn', 'en']) {
    const stored = sourcesOf(readFileSync(`locales/${locale}.xlf`, 'utf8'));
    const stale = [...fresh].filter(([id, text]) => stored.get(id) !== text).map(([id]) => id);
    if (stale.length) problems.push(`locales/${locale}.xlf: ${stale.join(', ')} changed in the code; run npm run localize:extract and look at the translation`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
for (const file of files('src/elements').filter((f) => f.endsWith('.ts'))) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText())) {
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t.rawText] : [t.head.rawText, ...t.templateSpans.map((s) => s.literal.rawText)];
      const markup = parts.join('\u0000');
      const text = markup
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/<[^>]*>/g, ' ') // tags with their attributes
        .replace(/&[a-z]+;|&#\d+;/g, ' ');
      const letters = text.split('\u0000').join(' ').match(/\p{L}{2,}/gu);
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (letters) problems.push(`${file}:${line}: text outside msg(): ${letters.join(' ')}`);
      for (const m of markup.matchAll(/\s(aria-label|placeholder|title|alt)="([^"\u0000]*)"/g))
        if (/\p{L}/u.test(m[2])) problems.push(`${file}:${line}: static ${m[1]}="${m[2]}" outside msg()`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`check-i18n: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('check-i18n: every message translated into nn and en; no element text bypasses msg()');
