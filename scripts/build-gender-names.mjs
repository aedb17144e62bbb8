// Rebuilds library/classify/lexicon/data/firstnames_female.txt and
// firstnames_male.txt from @faker-js/faker: the first names faker gives
// to one gender only (a name in both lists is in neither), less the names
// French usage gives to both (Camille, Dominique, Claude...).
//
//   mkdir /tmp/faker && cd /tmp/faker && npm init -y >/dev/null
//   npm install @faker-js/faker@10.6.0
//   node /path/to/tamis/scripts/build-gender-names.mjs /path/to/tamis/library/classify/lexicon/data
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

// faker is installed in the working directory, not next to this script
const require = createRequire(path.join(process.cwd(), 'package.json'));
const { allLocales } = require('@faker-js/faker');

const out = process.argv[2];
if (!out) {
  console.error('usage: node build-gender-names.mjs <data directory>');
  process.exit(2);
}
const locales = ['fr', 'fr_BE', 'fr_CA', 'fr_CH', 'fr_LU', 'fr_SN', 'en', 'en_GB', 'en_US', 'en_AU', 'en_CA',
  'en_IE', 'en_GH', 'en_NG', 'en_ZA', 'en_IN', 'de', 'es', 'it', 'pt_PT', 'pt_BR', 'nl', 'pl', 'ro', 'tr', 'vi', 'ar'];
const unisex = new Set(('Camille Dominique Claude Alix Sacha Sasha Charlie Morgan Eden Noa Andrea Andréa Ange Lou ' +
  'Alex Sam Jo Kim Ali Loïs Maé Mael Maël Noé Noë Jessie Jackie Frankie Robin Leslie Ashley Jordan Taylor Jamie ' +
  'Casey Riley Avery Quinn Kelly Shannon Tracy Lee Gaby Gabi Cyrille Yannick Claudie Michele Nicola Luca Simone ' +
  'Daniele Gabriele Emanuele').split(' '));
// French usage decides a name the French locales give one gender only
// (Maxime is male in French, female elsewhere); other locales decide the rest.
const gendered = (locs) => {
  const f = new Set(), m = new Set();
  for (const l of locs) {
    const p = allLocales[l]?.person?.first_name;
    if (!p) continue;
    (p.female || []).forEach((x) => f.add(x));
    (p.male || []).forEach((x) => m.add(x));
  }
  return [f, m];
};
const [frF, frM] = gendered(locales.filter((l) => l.startsWith('fr')));
const [allF, allM] = gendered(locales);
const frOnly = (a, b) => new Set([...a].filter((x) => !b.has(x)));
const [female, male] = [frOnly(frF, frM), frOnly(frM, frF)];
for (const x of allF) if (!frF.has(x) && !frM.has(x) && !allM.has(x)) female.add(x);
for (const x of allM) if (!frF.has(x) && !frM.has(x) && !allF.has(x)) male.add(x);
const only = (a, b) => [...a].filter((x) => !b.has(x) && !unisex.has(x)).sort();
const header = (g) => `# ${g} first names (faker ${locales.length} locales, see SOURCES.md): read by gendered_couple.go\n`;
fs.writeFileSync(path.join(out, 'firstnames_female.txt'), header('Female') + only(female, male).join('\n') + '\n');
fs.writeFileSync(path.join(out, 'firstnames_male.txt'), header('Male') + only(male, female).join('\n') + '\n');
