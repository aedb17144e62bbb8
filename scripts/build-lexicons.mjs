// Rebuilds the embedded French lexicons of library/classify/lexicon/data from their
// npm packages (see library/classify/lexicon/data/SOURCES.md for versions and licences).
//
// Usage, from a scratch directory:
//   npm install @zxcvbn-ts/language-fr@4.1.2 an-array-of-french-words@2.0.0 @etalab/decoupage-administratif@6.0.0
//   node /path/to/tamis/scripts/build-lexicons.mjs /path/to/tamis/library/classify/lexicon/data
//
// Every entry is folded the way the classifier folds a token (lower case,
// accents removed, œ → oe), so that the Go side compares without folding.
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(join(process.cwd(), 'package.json'));
const out = process.argv[2] ?? '.';

const fold = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '')
  .replace(/[œŒ]/g, 'oe').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss')
  .replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i')
  .replace(/[’‘ʼ]/g, "'").toLowerCase();
const sortUniq = (xs) => [...new Set(xs)].sort();
const gz = (lines) => gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 });

// French words: one folded word a line. The classifier reads it as a sorted
// list and searches it, so a word costs no map entry.
const words = sortUniq(require('an-array-of-french-words/index.json').map(fold));
writeFileSync(join(out, 'words_fr.txt.gz'), gz(words));

// Surnames: @zxcvbn-ts/language-fr ships its two name lists swapped: its
// src/firstnames.json holds ~10,500 surnames (Abadie, Abitbol, ...) and its
// lastnames.json ~2,500 first names (Achille, Adama, ...). A surname that is
// also a French word (Boulanger, Marchand) is left out: as a capitalised
// word it would make a name of every sentence-initial noun.
const wordSet = new Set(words);
const surnames = sortUniq(require('@zxcvbn-ts/language-fr/src/firstnames.json').map(fold))
  .filter((s) => s.length > 2 && !wordSet.has(s));
writeFileSync(join(out, 'lastnames_zxcvbn.txt'), surnames.join('\n') + '\n');

// Communes: folded name, a tab, the population (INSEE, 0 when unknown).
// Homonyms keep the largest population. Merged communes (communes
// déléguées, associées) and the arrondissements of Paris, Lyon and Marseille
// are kept: people still name them.
const pop = new Map();
for (const c of require('@etalab/decoupage-administratif/data/communes.json')) {
  const k = fold(c.nom);
  pop.set(k, Math.max(pop.get(k) ?? 0, c.population ?? 0));
}
// Départements and régions are places too (« randonnée dans les Vosges »,
// « séjour en Occitanie »): each with the population of its communes, so
// that it counts as the large place it is. A commune of the same name keeps
// the larger figure.
const byCode = { departement: new Map(), region: new Map() };
for (const c of require('@etalab/decoupage-administratif/data/communes.json')) {
  if (c.type !== 'commune-actuelle') continue;
  for (const level of ['departement', 'region']) {
    byCode[level].set(c[level], (byCode[level].get(c[level]) ?? 0) + (c.population ?? 0));
  }
}
// One that is also a name of the lists (Loire, Bretagne, Aube) is left out:
// « Mme Bretagne » must stay a person.
const names = new Set(surnames);
for (const f of readdirSync(out).filter((f) => /^(first|last)names.*\.txt$/.test(f))) {
  for (const line of readFileSync(join(out, f), 'utf8').split('\n')) names.add(fold(line.trim()));
}
for (const [file, level] of [['departements.json', 'departement'], ['regions.json', 'region']]) {
  for (const d of require(`@etalab/decoupage-administratif/data/${file}`)) {
    const k = fold(d.nom);
    if (names.has(k)) continue;
    pop.set(k, Math.max(pop.get(k) ?? 0, byCode[level].get(d.code) ?? 0));
  }
}
const communes = [...pop.keys()].sort().map((k) => `${k}\t${pop.get(k)}`);
writeFileSync(join(out, 'communes_fr.tsv.gz'), gz(communes));

console.log(JSON.stringify({ words: words.length, surnames: surnames.length, communes: communes.length }));
