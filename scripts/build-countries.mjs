// Rebuilds library/classify/lexicon/data/words/countries.txt from the npm
// package i18n-iso-countries (MIT): the name of every ISO 3166 country in
// English and in French, every alias, as the first word a name is said
// by (« Bosnie » of « Bosnie-Herzégovine », "Congo"); names that open
// with a common word (République, Royaume, Îles, United, Republic…) and
// France itself (arriving from France tells no origin here) are left out.
// Read by classify/arrival_from.go.
//
//   mkdir /tmp/cty && cd /tmp/cty && npm init -y >/dev/null
//   npm install i18n-iso-countries@7.14.0
//   node /path/to/tamis/scripts/build-countries.mjs /path/to/tamis/library/classify/lexicon/data
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const countries = require('i18n-iso-countries');

const out = process.argv[2];
if (!out) {
  console.error('usage: node build-countries.mjs <data directory>');
  process.exit(2);
}
const common = new Set(['République', 'Royaume', 'Îles', 'Ile', 'Île', 'Saint', 'Sainte', 'Territoire', 'Terres', 'État', 'États',
  'United', 'Republic', 'Islands', 'Kingdom', 'State', 'Federated', 'Democratic', 'Holy', 'Heard', 'British', 'French', 'Northern',
  'South', 'North', 'Central', 'Western', 'New', 'Nouvelle', 'Sud', 'Nord', 'Christmas', 'Cook', 'Marshall', 'Solomon', 'Virgin',
  'Turks', 'Wallis', 'Norfolk', 'Bouvet', 'Pitcairn', 'Minor', 'Caribbean', 'American', 'Outlying', 'Man', 'Vatican', 'Jersey', 'France',
  'Great', 'Isle', 'Islamic', 'Océan', "People's", 'Russian', 'Syrian', 'Czech', 'Dominican', 'Equatorial', 'Cap', 'Cape', 'San', 'Sint', 'Pays']);
const words = new Set();
for (const lang of ['en', 'fr']) {
  for (const names of Object.values(countries.getNames(lang, { select: 'all' }))) {
    for (const name of names) {
      const w = name.replace(/^(Le|La|Les|L'|The)\s+/u, '').split(/[\s,(-]/u)[0];
      if (/^\p{Lu}[\p{L}']+$/u.test(w) && !common.has(w)) words.add(w);
    }
  }
}
const head = [
  '# Countries, from the npm package i18n-iso-countries 7.14.0 (MIT, Copyright (c)',
  '# 2016 widdix GmbH): the first word of every English and French name and',
  '# alias of an ISO 3166 country, rebuilt by scripts/build-countries.mjs; see',
  '# SOURCES.md. A person who arrived from, came from or fled one of them',
  '# (« arrivée de Bosnie en 2019 », "came over from Eritrea") tells an origin.',
  '# Read by classify/arrival_from.go.',
];
const list = [...words].sort((a, b) => a.localeCompare(b, 'fr'));
fs.writeFileSync(path.join(out, 'words', 'countries.txt'), head.concat(list).join('\n') + '\n');
console.log(list.length, 'countries');
