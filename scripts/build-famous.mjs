// Builds library/classify/lexicon/data/famous_names.txt: persons and fictional characters, from two lists that others
// keep (see library/classify/lexicon/data/SOURCES.md):
//
//   - the Grammalecte French dictionary in Debian's hunspell-fr-classical
//     (MPL-2.0): its patronyms (po:patr: Zola, Jaurès, Mozart…) and its
//     single names (po:prn: Molière, Voltaire, Cosette…);
//   - the BSD calendar files in Debian's calendar package (BSD licence):
//     the full names of the persons whose birth or death they record
//     (calendar.birthday, .music, .history, .lotr, .computer);
//   - the ~38,000 popular Wikipedia article titles of npm's
//     compromise-wikipedia (MIT): those of two to four words that start with
//     a first name of the lists and are no English phrase (« Zinédine
//     Zidane », « Édith Piaf », "Rosalind Franklin"), full names only: a
//     surname alone from it could be a beneficiary's (Kanté, Benzema).
//
// The danger is a volunteer whose surname is famous: every single word that
// is a surname of the name lists (lastnames*.txt, lastnames_zxcvbn.txt), a
// first name (firstnames*.txt), a French word (words_fr.txt.gz) or shorter
// than four letters is left out; full names are kept whole.
//
// Install the two packages in a scratch directory, then run:
//   mkdir /tmp/famous && cd /tmp/famous
//   apt-get download wordnet-base hunspell-fr-classical calendar
//   for d in *.deb; do dpkg -x "$d" x; done
//   npm init -y && npm install compromise-wikipedia@0.1.1 efrt@2.7.0
//   node /path/to/tamis/scripts/build-famous.mjs /path/to/tamis/library/classify/lexicon/data x
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const data = process.argv[2] ?? '.';
const root = process.argv[3] ?? 'x';
const dic = join(root, 'usr/share/hunspell/fr.dic');
const wordnet = join(root, 'usr/share/wordnet/data.noun');
const calendars = join(root, 'usr/share/calendar');

// The classifier's folding (scripts/build-lexicons.mjs).
const fold = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '')
  .replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss')
  .replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i')
  .replace(/[’‘ʼ]/g, "'").toLowerCase();
const lines = (f) => readFileSync(join(data, f), 'utf8').split('\n')
  .map((s) => s.trim()).filter((s) => s && !s.startsWith('#')).map(fold);

// Words that make a single name unsafe: a surname or a first name of the
// lists, or a French word.
const unsafe = new Set([
  ...['lastnames.txt', 'lastnames_extra.txt', 'lastnames_zxcvbn.txt', 'firstnames.txt',
    'firstnames_extra.txt', 'firstnames_ambiguous.txt', 'firstnames_female.txt',
    'firstnames_male.txt'].flatMap(lines),
  ...gunzipSync(readFileSync(join(data, 'words_fr.txt.gz'))).toString('utf8').split('\n'),
]);
const firstNames = new Set(['firstnames.txt', 'firstnames_extra.txt', 'firstnames_ambiguous.txt',
  'firstnames_female.txt', 'firstnames_male.txt'].flatMap(lines));
const commonSurnames = new Set(['lastnames_extra.txt', 'lastnames_zxcvbn.txt'].flatMap(lines));
const safeSingle = (w) => w.length >= 4 && !unsafe.has(w) && /^[a-z][a-z'-]*[a-z]$/.test(w);

const single = new Set();
const full = new Set();
// A name of several words is kept whole; a single word only when safe.
const addName = (raw) => {
  const name = fold(raw).replace(/[-_]/g, ' ').trim();
  if (!/^[a-z' ]+$/.test(name)) return; // initials ("Mrs."), digits
  const ws = name.split(' ');
  // "Paul Simon", "John Henry": a first name and a surname common in France
  // that is also a first name are anybody's name.
  if (ws.length === 2 && firstNames.has(ws[1]) && commonSurnames.has(ws[1])) return;
  if (ws.length > 1) full.add(name);
  else if (safeSingle(name)) single.add(name);
};

// WordNet: "11407591 18 n 02 Zola 0 Emile_Zola 0 001 @i 10363573 n 0000 | …":
// lexicographer file 18 (noun.person), an instance pointer (@i).
let wordnetPersons = 0;
for (const l of readFileSync(wordnet, 'latin1').split('\n')) {
  const f = l.split(' ');
  if (f[1] !== '18' || !l.includes(' @i ')) continue;
  wordnetPersons++;
  const n = parseInt(f[3], 16);
  for (let k = 0; k < n; k++) addName(f[4 + 2 * k]);
}

// Grammalecte: "Zola/L'D'Q' po:patr is:epi is:inv".
let grammalecte = 0;
for (const l of readFileSync(dic, 'utf8').split('\n')) {
  const m = l.match(/^([^/\s]+)\S*\s.*\bpo:patr\b/);
  if (!m || !/^\p{Lu}/u.test(m[1])) continue;
  grammalecte++;
  if (safeSingle(fold(m[1]))) single.add(fold(m[1]));
}

// BSD calendars: "01/27	Wolfgang Amadeus Mozart is born in Salzburg, 1756".
const W = "(?:[A-Z][\\p{L}'’.-]*|de|von|van|da|di|du|la|le|der|del)";
const born = new RegExp(`(${W}(?:\\s+${W})+)(?:,[^,]*,)?\\s+(?:is\\s+|was\\s+)?(?:born|dies|died|dead)`, 'u');
// Titles and descriptions before a name ("Sir", "President", "Chairman").
const lead = /^(?:the|a|an|in|on|dr\.?|sir|queen|king|president|commodore|count|chairman|soviet|chinese|communist|party|country|blues|jazz|composer)$/i;
const files = ['calendar.birthday', 'calendar.music', 'calendar.history', 'calendar.lotr', 'calendar.computer'];
for (const f of files) {
  for (const l of readFileSync(join(calendars, f), 'latin1').split('\n')) {
    const m = l.split('\t').slice(1).join(' ').match(born);
    if (!m) continue;
    let ws = m[1].split(/\s+/);
    while (ws.length > 2 && lead.test(ws[0])) ws = ws.slice(1);
    ws = ws.slice(-4);
    if (ws.length < 2 || ws.some((w) => w.includes('.'))) continue; // initials: "J.D. Salinger"
    addName(ws.join(' '));
    addName(ws.at(-1));
  }
}

// compromise-wikipedia: its titles are packed with efrt, lower-cased.
// A person's title starts with a first name; a title with a function word
// ("angel has fallen") or ending in an English word that is no surname
// ("tim roth filmography", "arcade game") is something else.
const require = createRequire(join(process.cwd(), 'package.json'));
const { unpack } = require('efrt');
const packed = readFileSync(join(process.cwd(), 'node_modules/compromise-wikipedia/src/_model.js'), 'utf8');
const titles = Object.keys(unpack(packed.slice(packed.indexOf('`') + 1, packed.lastIndexOf('`'))));
const english = new Set(gunzipSync(readFileSync(join(data, 'words_en.txt.gz'))).toString('utf8').split('\n'));
const surnames = new Set(['lastnames.txt', 'lastnames_extra.txt', 'lastnames_zxcvbn.txt'].flatMap(lines));
const phraseWords = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'is',
  'was', 'has', 'have', 'my', 'your', 'his', 'her', 'our', 'their', 'vs', 'versus', 'not', 'no']);
let wikipediaPersons = 0;
for (const t of titles) {
  const name = fold(t).replace(/[-_]/g, ' ').trim();
  const ws = name.split(' ');
  if (!/^[a-z' ]+$/.test(name) || ws.length < 2 || ws.length > 4 || !firstNames.has(ws[0])) continue;
  const last = ws.at(-1);
  if (ws.some((w) => phraseWords.has(w)) || english.has(last) && !surnames.has(last)) continue;
  wikipediaPersons++;
  if (ws.length === 2 && firstNames.has(ws[1]) && commonSurnames.has(ws[1])) continue;
  full.add(name);
}

const out = [
  '# Public figures, historical persons and fictional characters (famous_names.go).',
  '# Generated by scripts/build-famous.mjs from WordNet 3.0 (wordnet-base), Grammalecte',
  '# (hunspell-fr-classical, MPL-2.0), the BSD calendar files (calendar) and compromise-wikipedia: see SOURCES.md.',
  '# Do not edit by hand: the script rebuilds it from the packages.',
  '# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (LICENSE-wordnet.txt)',
  '# Grammalecte: Copyright 2007-2018 Dicollecte contributors, MPL-2.0 (LICENSE-grammalecte-MPL-2.0.txt);',
  '# the names it gives are under MPL-2.0, their source is Debian\'s hunspell-fr-classical.',
  '# calendar: Copyright (C) 1980-1998 The Regents of the University of California, BSD (LICENSE-calendar.txt).',
  '# compromise-wikipedia 0.1.1 (npm): Copyright (c) Spencer Kelly, MIT (LICENSE-compromise-wikipedia.txt);',
  '# full names of persons among its popular Wikipedia article titles.',
  '# One folded name a line, hyphens as spaces: a single word is a famous name that is no',
  '# surname, first name or French word of the other lists; several words are a full name.',
  ...[...single].sort(),
  ...[...full].sort(),
];
writeFileSync(join(data, 'famous_names.txt'), out.join('\n') + '\n');
console.log(JSON.stringify({ wordnet_persons: wordnetPersons, grammalecte_patronyms: grammalecte,
  wikipedia_persons: wikipediaPersons, single: single.size, full: full.size }));
