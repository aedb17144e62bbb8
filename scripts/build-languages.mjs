// Rebuilds library/classify/lexicon/data/words/languages.txt from the npm
// package iso-639-1 (MIT): the English name of every ISO 639-1 language,
// one-word names only ("Arabic", "Tamil"; "Scottish Gaelic" left out,
// the parenthesis of "Hebrew (modern)" dropped), and not a first name or
// a surname of the name lists (a name is read as a name first). English
// capitalises languages as it does nationalities ("with English lessons",
// "Arabic homework club"): the word class of demonyms.txt reads both.
//
//   mkdir /tmp/lang && cd /tmp/lang && npm init -y >/dev/null
//   npm install iso-639-1@3.1.6
//   node /path/to/tamis/scripts/build-languages.mjs /path/to/tamis/library/classify/lexicon/data
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const pkg = path.dirname(require.resolve('iso-639-1/package.json'));
const list = require(path.join(pkg, 'src', 'data.js'));

const out = process.argv[2];
if (!out) {
  console.error('usage: node build-languages.mjs <data directory>');
  process.exit(2);
}
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const names = new Set();
for (const f of ['firstnames.txt', 'firstnames_extra.txt', 'lastnames.txt', 'lastnames_extra.txt', 'lastnames_zxcvbn.txt']) {
  for (const line of fs.readFileSync(path.join(out, f), 'utf8').split('\n')) {
    if (line && !line.startsWith('#')) names.add(fold(line.trim()));
  }
}
const words = new Set();
for (const { name } of Object.values(list)) {
  const w = name.replace(/\s*\(.*\)\s*$/, '').trim();
  if (/^[\p{L}-]+$/u.test(w) && !names.has(fold(w))) words.add(w);
}
const sorted = [...words].sort((a, b) => a.localeCompare(b, 'en'));
const header = [
  '# Languages in English, from the npm package iso-639-1 3.1.6 (MIT, Copyright (c)',
  '# Mei Qingguang), one-word names that are no first name nor surname of the name',
  '# lists, rebuilt by scripts/build-languages.mjs; see SOURCES.md. English capitalises',
  '# a language as a nationality ("with English lessons"): word class cDemonym, with',
  '# demonyms.txt (nationality_adjective.go, origin_of.go).',
];
fs.writeFileSync(path.join(out, 'words', 'languages.txt'), header.join('\n') + '\n' + sorted.join('\n') + '\n');
console.log(sorted.length, 'languages');
