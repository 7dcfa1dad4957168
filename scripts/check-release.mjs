// The release flow, rehearsed on a copy: a sample changeset, `changeset version` (versions and
// CHANGELOGs, dependents bumped as the config says), then `npm publish --dry-run` of every
// public package of the real tree. Run: npm run check:release (after npm run build).
import { execFileSync } from 'node:child_process';
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
import { root } from './preflight.mjs';

const failures = [];
const check = (ok, label) => {
  console.log(`${ok ? '✓' : '✗'} ${label}`);
  if (!ok) failures.push(label);
};
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const publicPackages = readdirSync(join(root, 'packages')).filter(
  (name) => !readJson(join(root, 'packages', name, 'package.json')).private,
);

const copy = mkdtempSync(join(tmpdir(), 'minga-release-'));
try {
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
  mkdirSync(join(copy, '.changeset'));
  cpSync(join(root, '.changeset/config.json'), join(copy, '.changeset/config.json'));
  for (const name of readdirSync(join(root, 'packages'))) {
    mkdirSync(join(copy, 'packages', name), { recursive: true });
    cpSync(
      join(root, 'packages', name, 'package.json'),
      join(copy, 'packages', name, 'package.json'),
    );
  }
  writeFileSync(
    join(copy, '.changeset/sample-release.md'),
    "---\n'@minga/core': minor\n---\n\nA sample change, to rehearse the release.\n",
  );
  execFileSync(join(root, 'node_modules/.bin/changeset'), ['version'], {
    cwd: copy,
    stdio: 'pipe',
  });
  const before = readJson(join(root, 'packages/core/package.json')).version;
  const core = readJson(join(copy, 'packages/core/package.json'));
  check(
    core.version !== before && core.version.split('.')[1] !== before.split('.')[1],
    `@minga/core ${before} → ${core.version} (minor)`,
  );
  const changelog = join(copy, 'packages/core/CHANGELOG.md');
  check(
    existsSync(changelog) && readFileSync(changelog, 'utf8').includes('A sample change'),
    '@minga/core CHANGELOG.md written',
  );
  for (const name of publicPackages.filter((n) => n !== 'core')) {
    const pkg = readJson(join(copy, 'packages', name, 'package.json'));
    if (!pkg.dependencies?.['@minga/core']) continue;
    check(
      pkg.dependencies['@minga/core'].includes(core.version),
      `${pkg.name} depends on @minga/core ${pkg.dependencies['@minga/core']}`,
    );
  }
  check(!existsSync(join(copy, '.changeset/sample-release.md')), 'the changeset was consumed');
} catch (error) {
  check(false, `changeset version: ${error.stderr ?? error.message}`);
} finally {
  rmSync(copy, { recursive: true, force: true });
}

for (const name of publicPackages) {
  try {
    execFileSync('npm', ['publish', '--dry-run', '--access', 'public'], {
      cwd: join(root, 'packages', name),
      stdio: 'pipe',
    });
    check(true, `npm publish --dry-run packages/${name}`);
  } catch (error) {
    check(false, `npm publish --dry-run packages/${name}: ${error.stderr}`);
  }
}

if (failures.length) process.exit(1);
