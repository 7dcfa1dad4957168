// The release flow, rehearsed on a throwaway copy of the packages (the working tree is never
// touched): a sample changeset through `changeset version` (versions and CHANGELOGs, dependents
// bumped as the config says); scripts/release-metadata.mjs refusing a release without an address,
// then writing an obviously sample address into every public package.json and publiccode.yml,
// which must validate; then `npm publish --dry-run` of every public package as it would ship.
// Run: npm run check:release (after npm run build).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { root } from './preflight.mjs';
import { publishablePackages, validatePubliccode } from './release-metadata.mjs';

// Obviously samples (example.org is reserved for examples): not the project's address or maintainer.
const SAMPLE_URL = 'https://example.org/minga-sample/minga';
const SAMPLE_MAINTAINER = 'Sample Maintainer';

const failures = [];
const check = (ok, label) => {
  console.log(`${ok ? '✓' : '✗'} ${label}`);
  if (!ok) failures.push(label);
};
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const publicPackages = publishablePackages(root);
const untouched = ['publiccode.yml', ...publicPackages.map((p) => `${p.directory}/package.json`)];
const before = untouched.map((file) => readFileSync(join(root, file), 'utf8'));

const copy = mkdtempSync(join(tmpdir(), 'minga-release-'));
console.log(
  `Release rehearsal on a throwaway copy (${copy}), with the sample address ${SAMPLE_URL} ` +
    `and the sample maintainer "${SAMPLE_MAINTAINER}": neither is the project's, and the ` +
    'working tree is not touched.',
);
try {
  for (const file of ['package.json', '.npmrc', 'publiccode.yml', '.changeset/config.json']) {
    if (existsSync(join(root, file))) cpSync(join(root, file), join(copy, file));
  }
  for (const parent of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, parent))) {
      const from = join(root, parent, name);
      const to = join(copy, parent, name);
      if (parent === 'packages') {
        cpSync(from, to, { recursive: true, filter: (src) => !src.includes('node_modules') });
      } else {
        mkdirSync(to, { recursive: true });
        cpSync(join(from, 'package.json'), join(to, 'package.json'));
      }
    }
  }

  // 1. changeset version.
  writeFileSync(
    join(copy, '.changeset/sample-release.md'),
    "---\n'@minga/core': minor\n---\n\nA sample change, to rehearse the release.\n",
  );
  try {
    execFileSync(join(root, 'node_modules/.bin/changeset'), ['version'], {
      cwd: copy,
      stdio: 'pipe',
    });
    const versionBefore = readJson(join(root, 'packages/core/package.json')).version;
    const core = readJson(join(copy, 'packages/core/package.json'));
    check(
      core.version !== versionBefore && core.version.split('.')[1] !== versionBefore.split('.')[1],
      `@minga/core ${versionBefore} → ${core.version} (minor)`,
    );
    const changelog = join(copy, 'packages/core/CHANGELOG.md');
    check(
      existsSync(changelog) && readFileSync(changelog, 'utf8').includes('A sample change'),
      '@minga/core CHANGELOG.md written',
    );
    for (const { directory } of publicPackages) {
      const pkg = readJson(join(copy, directory, 'package.json'));
      if (pkg.name === '@minga/core' || !pkg.dependencies?.['@minga/core']) continue;
      check(
        pkg.dependencies['@minga/core'].includes(core.version),
        `${pkg.name} depends on @minga/core ${pkg.dependencies['@minga/core']}`,
      );
    }
    check(!existsSync(join(copy, '.changeset/sample-release.md')), 'the changeset was consumed');
  } catch (error) {
    check(false, `changeset version: ${error.stderr ?? error.message}`);
  }

  // 2. The repository's address: refused without one, written and valid with the sample.
  const metadata = (env) =>
    spawnSync(process.execPath, [join(root, 'scripts/release-metadata.mjs'), '--root', copy], {
      cwd: copy,
      env,
      encoding: 'utf8',
    });
  const { MINGA_REPOSITORY_URL: _url, MINGA_MAINTAINER: _who, ...withoutAddress } = process.env;
  const refused = metadata(withoutAddress);
  check(
    refused.status === 1 && /^minga: release refused: no repository address/.test(refused.stderr),
    `a release without an address is refused: ${refused.stderr.trim()}`,
  );
  const filled = metadata({
    ...withoutAddress,
    MINGA_REPOSITORY_URL: SAMPLE_URL,
    MINGA_MAINTAINER: SAMPLE_MAINTAINER,
  });
  check(filled.status === 0, `release-metadata.mjs: ${(filled.stdout || filled.stderr).trim()}`);
  for (const { directory } of publicPackages) {
    const pkg = readJson(join(copy, directory, 'package.json'));
    const expected = [
      { type: 'git', url: 'git+https://example.org/minga-sample/minga.git', directory },
      { url: 'https://example.org/minga-sample/minga/issues' },
      'https://example.org/minga-sample/minga#readme',
    ];
    check(
      JSON.stringify([pkg.repository, pkg.bugs, pkg.homepage]) === JSON.stringify(expected),
      `${pkg.name}: repository ${pkg.repository?.url} (${pkg.repository?.directory}), bugs, homepage`,
    );
  }
  const publiccode = yaml.load(readFileSync(join(copy, 'publiccode.yml'), 'utf8'));
  const problems = validatePubliccode(publiccode);
  check(
    problems.length === 0 && publiccode.url === SAMPLE_URL && publiccode.landingURL === SAMPLE_URL,
    `publiccode.yml: url and landingURL ${publiccode.url}, valid against ` +
      `scripts/publiccode.schema.json${problems.length ? `: ${problems.join('; ')}` : ''}`,
  );

  // 3. npm publish --dry-run of every public package, with its metadata as npm takes it.
  for (const { directory } of publicPackages) {
    const run = spawnSync('npm', ['publish', '--dry-run', '--access', 'public'], {
      cwd: join(copy, directory),
      encoding: 'utf8',
    });
    // npm rewrites a `repository`, `bugs` or `homepage` it finds malformed, and says so.
    const corrected = /"(repository|bugs|homepage)[^"]*" (was|is)/.test(run.stderr);
    check(
      run.status === 0 && !corrected,
      `npm publish --dry-run ${directory}` +
        (run.status === 0 && !corrected ? '' : `: ${run.stderr}`),
    );
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}

check(
  untouched.every((file, i) => readFileSync(join(root, file), 'utf8') === before[i]),
  'the working tree is untouched (publiccode.yml and package.json files as committed)',
);

if (failures.length) process.exit(1);
