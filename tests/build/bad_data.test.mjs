// A bad data file must stop the build with a message naming the field path;
// so must a bad translation file and a string table missing a key.
// Each data case writes a broken copy of data/roundtable.json (and its
// translations) and runs
// `cargo check` with ROUNDTABLE_DATA pointing at it (build.rs reads that).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

// The editions: a translation file beside the data file
// (`roundtable.ru.json` beside `roundtable.json`) must cover every text.
function buildWithTranslation(name, code, edit) {
  const base = join(dir, `${name}.json`);
  writeFileSync(base, original);
  for (const other of ['ru', 'kk']) {
    const doc = JSON.parse(readFileSync(join(ROOT, `data/roundtable.${other}.json`), 'utf8'));
    if (other === code) edit(doc);
    writeFileSync(join(dir, `${name}.${other}.json`), JSON.stringify(doc, null, 2));
  }
  return spawnSync('cargo', ['check', '--lib', '--offline', '--quiet'], {
    cwd: ROOT,
    env: { ...process.env, ROUNDTABLE_DATA: base },
    encoding: 'utf8',
  });
}

test('a statement left untranslated in the Russian edition fails the build, naming it', () => {
  const r = buildWithTranslation('ru-missing', 'ru', (d) => delete d.statements['s-amrin-prevention']);
  assertFails(r, 'statements.s-amrin-prevention: no translation');
  assert.match(r.stderr, /ru-missing\.ru\.json is invalid/);
});

test('a Kazakh headline template without its {figure} fails the build', () => {
  const r = buildWithTranslation('kk-template', 'kk', (d) => {
    d.statistics['st-crisis-centres'].takeaway = 'Қазақстанда дағдарыс орталықтары бар';
  });
  assertFails(
    r,
    'statistics.st-crisis-centres.takeaway: {figure} appears 0 times where the English template has it 1 times',
  );
});

test('an empty translation fails the build', () => {
  const r = buildWithTranslation('ru-empty', 'ru', (d) => (d.event.title = ' '));
  assertFails(r, 'event.title: text is empty');
});

// The string tables: each language's `Words` is a struct literal, so a key
// missing in one language is a compile error naming the key and the file.
// A crate of the domain and the languages alone (as build.rs compiles them,
// in a target folder of its own) is built from a copy of src/: once as it
// is, which must build (so the failure below is the key's), and once with
// one key taken out of the Russian table, which must not.
test('a string missing from the Russian table fails the build, naming the key and the language', () => {
  const copy = mkdtempSync(join(tmpdir(), 'rb-words-'));
  cpSync(join(ROOT, 'src/briefing'), join(copy, 'src/briefing'), { recursive: true });
  cpSync(join(ROOT, 'src/lang'), join(copy, 'src/lang'), { recursive: true });
  cpSync(join(ROOT, 'Cargo.lock'), join(copy, 'Cargo.lock'));
  writeFileSync(
    join(copy, 'Cargo.toml'),
    [
      '[package]',
      'name = "rb-words-check"',
      'version = "0.0.0"',
      'edition = "2021"',
      '[lib]',
      'path = "lib.rs"',
      '[dependencies]',
      'serde = { version = "1", features = ["derive"] }',
      'databake = { version = "0.2", features = ["derive"] }',
      'serde_json = "1"',
      'serde_path_to_error = "0.1"',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(copy, 'lib.rs'),
    [
      'extern crate alloc;',
      '#[allow(dead_code, unused_imports)]',
      '#[path = "src/briefing/mod.rs"]',
      'mod briefing;',
      '#[allow(dead_code, unused_imports)]',
      '#[path = "src/lang/mod.rs"]',
      'mod lang;',
      '',
    ].join('\n'),
  );
  const check = () =>
    spawnSync('cargo', ['check', '--lib', '--offline', '--quiet'], {
      cwd: copy,
      env: { ...process.env, CARGO_TARGET_DIR: join(ROOT, 'target/words-check') },
      encoding: 'utf8',
    });
  const untouched = check();
  assert.equal(untouched.status, 0, untouched.stderr);
  const table = join(copy, 'src/lang/words/ru.rs');
  const lines = readFileSync(table, 'utf8').split('\n');
  const key = lines.findIndex((l) => l.trimStart().startsWith('clear_filters:'));
  assert.ok(key > 0, 'the Russian table has a clear_filters line');
  lines.splice(key, 1);
  writeFileSync(table, lines.join('\n'));
  const broken = check();
  assert.notEqual(broken.status, 0, 'the build must fail');
  assert.match(broken.stderr, /missing field `clear_filters` in initializer of `Words`/);
  assert.match(broken.stderr, /src\/lang\/words\/ru\.rs/);
});
