// Rebuilds library/classify/lexicon/data/words/demonyms.txt from the
// npm package i18n-nationality (MIT): the nationality of every ISO 3166
// country in English and in French (masculine as listed, and its
// feminine), one word a line; names of territories ("Bouvet Island") and
// entries of several words are left out. Read by origin_of.go.
//
//   mkdir /tmp/nat && cd /tmp/nat && npm init -y >/dev/null
//   npm install i18n-nationality@1.4.0
//   node /path/to/tamis/scripts/build-demonyms.mjs /path/to/tamis/library/classify/lexicon/data
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const pkg = path.dirname(require.resolve('i18n-nationality/package.json'));

const out = process.argv[2];
if (!out) {
  console.error('usage: node build-demonyms.mjs <data directory>');
  process.exit(2);
}
const read = (lang) => Object.values(JSON.parse(fs.readFileSync(path.join(pkg, 'langs', lang + '.json'), 'utf8')).nationalities);
// one word (a hyphen joins), the parenthesis that tells two Congos apart dropped
const oneWord = (s) => {
  const w = s.replace(/\s*\(.*\)\s*$/, '').trim();
  return /^[\p{L}-]+$/u.test(w) ? w : null;
};
// the French feminine of a masculine nationality: Algérien → Algérienne
const irregular = { Grec: 'Grecque', Turc: 'Turque' };
const feminine = (w) => {
  if (irregular[w]) return irregular[w];
  if (/e$/.test(w)) return w;
  if (/(ien|éen)$/.test(w)) return w + 'ne';
  return w + 'e';
};
const words = new Set();
for (const s of read('en')) {
  const w = oneWord(s);
  if (w) words.add(w);
}
for (const s of read('fr')) {
  const w = oneWord(s);
  if (w) {
    words.add(w);
    words.add(feminine(w));
  }
}
const sorted = [...words].sort((a, b) => a.localeCompare(b, 'fr'));
const header = [
  '# origin_of.go: nationalities, from the npm package i18n-nationality 1.4.0 (MIT,',
  '# Copyright (c) 2016 widdix GmbH), English and French (with the French feminine),',
  '# rebuilt by scripts/build-demonyms.mjs; see SOURCES.md. A nationality said of a',
  '# person (« she is Nigerian », "of Kurdish origin") tells an origin.',
];
fs.writeFileSync(path.join(out, 'words', 'demonyms.txt'), header.join('\n') + '\n' + sorted.join('\n') + '\n');
console.log(sorted.length, 'nationalities');
