// Checks what `npm publish` would ship for every public package: the tarball's file list
// (built ESM, types, manifest, editor data, README, LICENSE; no tests, stories, sources or
// benchmarks), then publint and "are the types wrong" on the packed tarball. Run after the
// build: `npm run check:packages`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { root } from './preflight.mjs';

const packagesDir = join(root, 'packages');
const failures = [];
const fail = (pkg, message) => failures.push(`${pkg}: ${message}`);

const FORBIDDEN = [
  /\.test\./,
  /^src\//,
  /^stories\//,
  /^test\//,
  /^bench\//,
  /^scripts\//,
  /tsconfig/,
  /\.tsbuildinfo$/,
  /\.map$/,
];

const work = mkdtempSync(join(tmpdir(), 'minga-pack-'));
try {
  for (const name of readdirSync(packagesDir)) {
    const dir = join(packagesDir, name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (pkg.private) continue;
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
        cwd: dir,
        encoding: 'utf8',
      }),
    );
    const files = packed.files.map((f) => f.path).sort();
    const required = ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts'];
    if (pkg.customElements) required.push(pkg.customElements);
    if (pkg['web-types']) required.push(pkg['web-types'].replace(/^\.\//, ''));
    if (pkg.exports?.['./define.js']) required.push('dist/define.js', 'dist/define.d.ts');
    if (pkg.exports?.['./custom-elements-jsx']) required.push('dist/custom-elements-jsx.d.ts');
    for (const file of required) if (!files.includes(file)) fail(pkg.name, `missing ${file}`);
    for (const file of files) {
      if (FORBIDDEN.some((re) => re.test(file))) fail(pkg.name, `should not ship ${file}`);
    }
    for (const field of ['license', 'engines', 'keywords', 'exports', 'sideEffects']) {
      if (pkg[field] === undefined) fail(pkg.name, `package.json has no "${field}"`);
    }
    const firstCondition = Object.keys(pkg.exports?.['.'] ?? {})[0];
    if (firstCondition !== 'types') fail(pkg.name, 'exports["."] must list "types" first');

    const tarball = join(work, packed.filename);
    const { messages, pkg: linted } = await publint({ pkgDir: dir, strict: true });
    for (const message of messages) {
      fail(pkg.name, `publint ${message.type}: ${formatMessage(message, linted) ?? message.code}`);
    }
    try {
      execFileSync(
        join(root, 'node_modules/.bin/attw'),
        [tarball, '--profile', 'esm-only', '--format', 'table-flipped'],
        { encoding: 'utf8', stdio: 'pipe' },
      );
    } catch (error) {
      fail(pkg.name, `are-the-types-wrong:\n${error.stdout || error.message}`);
    }
    console.log(`${pkg.name}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('packages: every tarball has what it needs and nothing else');
