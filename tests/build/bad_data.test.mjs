// A bad data file must stop the build with a message naming the field path.
// Each case writes a broken copy of data/roundtable.json and runs
// `cargo check` with ROUNDTABLE_DATA pointing at it (build.rs reads that).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const original = readFileSync(join(ROOT, 'data/roundtable.json'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'rb-bad-data-'));

function buildWith(name, edit) {
  const doc = JSON.parse(original);
  edit(doc);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2));
  return spawnSync('cargo', ['check', '--lib', '--offline', '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, ROUNDTABLE_DATA: file },
    encoding: 'utf8',
  });
}

function assertFails(result, expectedLine) {
  assert.notEqual(result.status, 0, 'the build must fail');
  assert.match(result.stderr, /error: the roundtable data in .* is invalid:/);
  assert.ok(
    result.stderr.split('\n').some((l) => l.trim().startsWith(expectedLine)),
    `expected "${expectedLine}" in:\n${result.stderr}`,
  );
}

test('removing a speaker\'s country basis fails the build', () => {
  const r = buildWith('no-basis', (d) => delete d.speakers[3].country_basis);
  assertFails(r, 'speakers[3]: missing field `country_basis`');
});

test('citing paragraph 15 fails the build', () => {
  const r = buildWith('paragraph-15', (d) => (d.statements[4].paragraph = 15));
  assertFails(
    r,
    'statements[4].paragraph: paragraph 15 is outside the report, which has paragraphs 1 to 14',
  );
});

test('a statement by an unknown speaker fails the build', () => {
  const r = buildWith('unknown-speaker', (d) => (d.statements[7].speaker = 'kirkora2'));
  assertFails(r, 'statements[7].speaker: no speaker with id "kirkora2"');
});

test('the shipped data builds', () => {
  const r = spawnSync('cargo', ['check', '--lib', '--offline', '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, ROUNDTABLE_DATA: join(ROOT, 'data/roundtable.json') },
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
});
