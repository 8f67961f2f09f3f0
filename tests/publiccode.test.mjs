// publiccode.yml: the keys the publiccode.yml standard (0.4) and issue 30 ask for, with values
// that agree with the project (the licence in Cargo.toml, the page's languages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const code = parse(readFileSync(`${root}publiccode.yml`, 'utf8'));
const cargo = readFileSync(`${root}Cargo.toml`, 'utf8');

test('publiccode.yml has the standard\'s keys, in Dutch and English, and the project\'s licence', () => {
  assert.equal(code.publiccodeYmlVersion, '0.4');
  assert.equal(code.name, 'Uitstroomrekenaar');
  assert.match(code.url, /^https:\/\/\S+$/);
  assert.deepEqual(code.platforms, ['web']);
  assert.ok(Array.isArray(code.categories) && code.categories.length > 0);
  assert.ok(['concept', 'development', 'beta', 'stable', 'obsolete'].includes(code.developmentStatus));
  assert.equal(code.softwareType, 'standalone/web');
  for (const lang of ['nl', 'en']) {
    const d = code.description[lang];
    assert.ok(d, `description.${lang}`);
    assert.ok(d.shortDescription.length > 0 && d.shortDescription.length <= 150, `${lang} shortDescription: ${d.shortDescription.length} characters`);
    assert.ok(d.longDescription.length >= 150 && d.longDescription.length <= 10000, `${lang} longDescription: ${d.longDescription.length} characters`);
    assert.ok(Array.isArray(d.features) && d.features.length > 0 && d.features.every((f) => typeof f === 'string' && f.length <= 100));
  }
  const licence = cargo.match(/^license = "([^"]+)"$/m)[1];
  assert.equal(code.legal.license, licence);
  assert.ok(['internal', 'contract', 'community', 'none'].includes(code.maintenance.type));
  if (['internal', 'community'].includes(code.maintenance.type)) assert.ok(code.maintenance.contacts?.[0]?.name);
  assert.deepEqual(code.localisation.availableLanguages, ['nl', 'en']);
  assert.equal(typeof code.localisation.localisationReady, 'boolean');
});
