// Where things are: the repository, the built sites, the artifacts folder,
// and the data file the tests draw their expectations from.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The release build (`trunk build --release`). */
export const DIST = join(ROOT, 'dist');
/** The test build: hostile data and the test-only panic trigger. */
export const DIST_TEST = join(ROOT, 'dist-test');
/** Screenshots written by the tests, for people to look at. */
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
/** The data file the build bakes in: the tests' oracle. */
export const DATA = JSON.parse(await readFile(join(ROOT, 'data/roundtable.json'), 'utf8'));
