// scripts/release-metadata.mjs: a release writes the repository's public address into every
// publishable package.json and into publiccode.yml, validated against the publiccode.yml schema,
// and refuses when there is no address. Runs the script as `npm run release` does, on copies of
// the repository's real files in a temporary folder, with the obviously sample address below.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import prettier from 'prettier';
import {
  fillPubliccode,
  normaliseRepositoryUrl,
  validatePubliccode,
} from '../../../scripts/release-metadata.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(root, 'scripts/release-metadata.mjs');
const SAMPLE = 'https://example.org/minga-sample/minga';
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'minga-release-metadata-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the files the script touches: root package.json, workspaces, publiccode.yml. */
function sampleTree(name) {
  const dir = join(work, name);
  mkdirSync(dir);
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  cpSync(join(root, 'publiccode.yml'), join(dir, 'publiccode.yml'));
  for (const parent of ['packages', 'apps']) {
    for (const pkg of readdirSync(join(root, parent))) {
      mkdirSync(join(dir, parent, pkg), { recursive: true });
      cpSync(join(root, parent, pkg, 'package.json'), join(dir, parent, pkg, 'package.json'));
    }
  }
  return dir;
}

/** A git repository around a sample tree, with no global or system git configuration. */
function sampleRepo(name, origin) {
  const dir = sampleTree(name);
  const env = isolatedEnv(dir);
  execFileSync('git', ['init', '-q'], { cwd: dir, env });
  if (origin) execFileSync('git', ['remote', 'add', 'origin', origin], { cwd: dir, env });
  return dir;
}

/** The environment of a release: no MINGA_* variable, no git identity, unless given. */
function isolatedEnv(home, extra = {}) {
  const env = { PATH: process.env.PATH, HOME: home, GIT_CONFIG_NOSYSTEM: '1' };
  env.GIT_CONFIG_GLOBAL = join(home, 'no-gitconfig');
  return { ...env, ...extra };
}

const release = (dir, env) =>
  spawnSync(process.execPath, [script, '--root', dir], {
    cwd: dir,
    env: isolatedEnv(dir, env),
    encoding: 'utf8',
  });

const snapshot = (dir) =>
  ['publiccode.yml', 'packages/core/package.json', 'packages/elements/package.json'].map((f) =>
    readFileSync(join(dir, f), 'utf8'),
  );

test('the remote URL forms are normalised to https://host/owner/repo', () => {
  const forms = {
    'git@example.org:minga-sample/minga.git': SAMPLE,
    'ssh://git@example.org:2222/minga-sample/minga.git': SAMPLE,
    'https://someone:s3cr3t-token@example.org/minga-sample/minga.git': SAMPLE,
    'git+https://example.org/minga-sample/minga.git': SAMPLE,
    'git+ssh://git@example.org/minga-sample/minga.git': SAMPLE,
    'http://example.org/minga-sample/minga/': SAMPLE,
    'git://example.org/minga-sample/minga': SAMPLE,
    '  https://Example.ORG/minga-sample/minga.git?ref=main#readme  ': SAMPLE,
    'https://example.org/group/subgroup/minga.git': 'https://example.org/group/subgroup/minga',
    'https://example.org:8443/minga-sample/minga': 'https://example.org:8443/minga-sample/minga',
  };
  for (const [raw, expected] of Object.entries(forms)) {
    assert.equal(normaliseRepositoryUrl(raw), expected, raw);
  }
  // Not the address of a public repository: a local clone, an ssh alias, a bare host.
  for (const raw of [
    '',
    '/work/main',
    '../minga',
    'file:///srv/git/minga.git',
    'work-alias:minga-sample/minga.git',
    'https://example.org',
    'https://example.org/',
    'mailto:someone@example.org',
  ]) {
    assert.equal(normaliseRepositoryUrl(raw), null, raw);
  }
});

test('a release fills every publishable package.json and publiccode.yml, which validates', async () => {
  const dir = sampleTree('filled');
  const run = release(dir, { MINGA_REPOSITORY_URL: SAMPLE, MINGA_MAINTAINER: 'Ana Muestra' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /release metadata: https:\/\/example\.org\/minga-sample\/minga/);
  assert.match(run.stdout, /from MINGA_REPOSITORY_URL/);

  let publishable = 0;
  for (const parent of ['packages', 'apps']) {
    for (const name of readdirSync(join(dir, parent))) {
      const before = readJson(join(root, parent, name, 'package.json'));
      const text = readFileSync(join(dir, parent, name, 'package.json'), 'utf8');
      const pkg = JSON.parse(text);
      if (before.private) {
        assert.deepEqual(pkg, before, `${parent}/${name} is private and stays as it was`);
        continue;
      }
      publishable += 1;
      assert.deepEqual(pkg.repository, {
        type: 'git',
        url: 'git+https://example.org/minga-sample/minga.git',
        directory: `${parent}/${name}`,
      });
      assert.deepEqual(pkg.bugs, { url: `${SAMPLE}/issues` });
      assert.equal(pkg.homepage, `${SAMPLE}#readme`);
      // Nothing else changes, and the file stays as Prettier writes it.
      const { repository: _r, bugs: _b, homepage: _h, ...rest } = pkg;
      assert.deepEqual(rest, before);
      const options = await prettier.resolveConfig(join(root, 'package.json'));
      assert.ok(await prettier.check(text, { ...options, filepath: 'package.json' }));
    }
  }
  assert.ok(publishable >= 7, `${publishable} publishable packages`);

  const text = readFileSync(join(dir, 'publiccode.yml'), 'utf8');
  const doc = yaml.load(text);
  assert.deepEqual(validatePubliccode(doc), []);
  assert.equal(doc.url, SAMPLE);
  assert.equal(doc.landingURL, SAMPLE);
  assert.deepEqual(doc.maintenance, { type: 'community', contacts: [{ name: 'Ana Muestra' }] });
  assert.deepEqual(Object.keys(doc.description), ['es', 'en']);
  assert.equal(doc.softwareType, 'standalone/web');
  assert.equal(doc.legal.license, readJson(join(root, 'package.json')).license);
  assert.deepEqual(doc.localisation.availableLanguages, ['es', 'en']);
  const options = await prettier.resolveConfig(join(root, 'publiccode.yml'));
  assert.ok(await prettier.check(text, { ...options, filepath: 'publiccode.yml' }));

  // A second release from the same address writes the same files.
  const again = snapshot(dir);
  assert.equal(release(dir, { MINGA_REPOSITORY_URL: SAMPLE }).status, 0);
  assert.deepEqual(snapshot(dir), again);
});

test('the address comes from the origin remote, without its credentials', () => {
  const dir = sampleRepo('origin', 'https://someone:s3cr3t@example.org/minga-sample/minga.git');
  const run = release(dir, { MINGA_MAINTAINER: 'Ana Muestra' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /from git remote origin/);
  assert.equal(readJson(join(dir, 'packages/core/package.json')).bugs.url, `${SAMPLE}/issues`);
  assert.doesNotMatch(readFileSync(join(dir, 'publiccode.yml'), 'utf8'), /s3cr3t/);
  // MINGA_REPOSITORY_URL wins over the remote.
  const other = 'https://example.net/minga-sample/minga-fork';
  assert.equal(release(dir, { MINGA_REPOSITORY_URL: other }).status, 0);
  assert.equal(yaml.load(readFileSync(join(dir, 'publiccode.yml'), 'utf8')).url, other);
});

test('a release with no address is refused in one line and changes nothing', () => {
  const dir = sampleRepo('no-origin');
  const before = snapshot(dir);
  const run = release(dir, { MINGA_MAINTAINER: 'Ana Muestra' });
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(
    run.stderr,
    /^minga: release refused: no repository address: .*MINGA_REPOSITORY_URL/,
  );
  assert.deepEqual(snapshot(dir), before);

  // Nor is a clone of a local path (as CI's is) an address, or a malformed variable.
  const local = sampleRepo('local-origin', '/work/main');
  const fromLocal = release(local, { MINGA_MAINTAINER: 'Ana Muestra' });
  assert.equal(fromLocal.status, 1);
  assert.match(fromLocal.stderr, /^minga: release refused: no repository address: origin is/);
  const bad = release(dir, { MINGA_REPOSITORY_URL: 'minga', MINGA_MAINTAINER: 'Ana Muestra' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^minga: release refused: MINGA_REPOSITORY_URL="minga" is not/);
  assert.deepEqual(snapshot(dir), before);
});

test('the maintenance contact is a person named at release, or the release is refused', () => {
  const dir = sampleTree('no-maintainer');
  const before = snapshot(dir);
  const run = release(dir, { MINGA_REPOSITORY_URL: SAMPLE });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /^minga: release refused: no maintainer to name in publiccode\.yml/);
  assert.deepEqual(snapshot(dir), before);
  // Once named, the contact stays through later releases.
  assert.equal(release(dir, { MINGA_REPOSITORY_URL: SAMPLE, MINGA_MAINTAINER: 'Ana' }).status, 0);
  assert.equal(release(dir, { MINGA_REPOSITORY_URL: SAMPLE, MINGA_MAINTAINER: 'Bea' }).status, 0);
  const doc = yaml.load(readFileSync(join(dir, 'publiccode.yml'), 'utf8'));
  assert.deepEqual(doc.maintenance.contacts, [{ name: 'Ana' }]);
});

test('the committed publiccode.yml is complete but for the placeholders a release fills', () => {
  const doc = yaml.load(readFileSync(join(root, 'publiccode.yml'), 'utf8'));
  assert.deepEqual(
    validatePubliccode(doc)
      .map((line) => line.split(' ')[0])
      .sort(),
    ['/landingURL', '/maintenance/contacts/0/name', '/url'],
  );
});

test('the schema refuses what the publiccode.yml standard refuses', () => {
  const text = readFileSync(join(root, 'publiccode.yml'), 'utf8');
  const valid = yaml.load(fillPubliccode(text, { url: SAMPLE, maintainer: 'Ana Muestra' }));
  const broken = (change) => {
    const doc = structuredClone(valid);
    change(doc);
    return validatePubliccode(doc);
  };
  assert.deepEqual(
    broken(() => {}),
    [],
  );
  assert.notDeepEqual(
    broken((d) => (d.description.es.shortDescription = 'x'.repeat(151))),
    [],
  );
  assert.notDeepEqual(
    broken((d) => (d.description.en.longDescription = 'Too short.')),
    [],
  );
  assert.notDeepEqual(
    broken((d) => d.categories.push('open-government')),
    [],
  );
  assert.notDeepEqual(
    broken((d) => delete d.maintenance.contacts),
    [],
  );
  assert.notDeepEqual(
    broken((d) => (d.softwareType = 'web')),
    [],
  );
  assert.notDeepEqual(
    broken((d) => delete d.localisation.localisationReady),
    [],
  );
  assert.notDeepEqual(
    broken((d) => (d.unknownKey = true)),
    [],
  );
  assert.notDeepEqual(
    broken((d) => (d.url = 'example.org/minga')),
    [],
  );
});
