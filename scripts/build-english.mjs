// Rebuilds the embedded English word list of library/classify/lexicon/data
// (words_en.txt.gz) from its npm packages (versions and licences in
// library/classify/lexicon/data/SOURCES.md).
//
// Usage, from a scratch directory:
//   npm install an-array-of-english-words@2.0.0 @zxcvbn-ts/language-en@4.1.1
//   node /path/to/tamis/scripts/build-english.mjs /path/to/tamis/library/classify/lexicon/data
//
// The list tells an English word capitalised in a title or an
// organisation's name ("Paws of Provence", "Welcome Desk") from an unknown
// surname. English surnames and first names are often words (Smith, Baker,
// Rose, Grace): every word that a kept name list gives as a name is left
// out, so that such a name stays a person. Words that are also French words
// are left out too: the French list already answers for them.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';

const require = createRequire(join(process.cwd(), 'package.json'));
const out = process.argv[2] ?? '.';

const fold = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '')
  .replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss')
  .replace(/[’‘ʼ]/g, "'").toLowerCase();

// Names of the repository's own lists (faker, hand-written) and of
// @zxcvbn-ts/language-en, whose files are NOT swapped (unlike the French
// package): src/firstnames.json holds ~4,900 first names (Aaren, Abigail…),
// src/lastnames.json ~88,800 surnames by decreasing frequency (Smith,
// Johnson…). Its long tail is mostly words (Service, Welcome, Market):
// only its 10,000 most frequent surnames are taken out.
const names = new Set();
const addList = (xs) => { for (const x of xs) names.add(fold(x)); };
addList(require('@zxcvbn-ts/language-en/src/firstnames.json'));
addList(require('@zxcvbn-ts/language-en/src/lastnames.json').slice(0, 10000));
for (const f of ['firstnames.txt', 'firstnames_extra.txt', 'firstnames_gaelic.txt', 'firstnames_ambiguous.txt',
  'firstnames_male.txt', 'firstnames_female.txt', 'lastnames.txt', 'lastnames_extra.txt', 'lastnames_zxcvbn.txt',
  'famous_names.txt']) {
  addList(readFileSync(join(out, f), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(/[\s-]+/)));
}

const french = new Set(gunzipSync(readFileSync(join(out, 'words_fr.txt.gz'))).toString().split('\n'));
const words = [...new Set(require('an-array-of-english-words/index.json').map(fold))]
  .filter((w) => w.length > 2 && /^[a-z'-]+$/.test(w) && !names.has(w) && !french.has(w))
  .sort();
writeFileSync(join(out, 'words_en.txt.gz'), gzipSync(Buffer.from(words.join('\n') + '\n'), { level: 9 }));
console.log(JSON.stringify({ words: words.length, names: names.size }));
