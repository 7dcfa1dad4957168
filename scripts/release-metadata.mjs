// The public address of the repository, written at release time where a release needs it: the
// `repository` (with `directory`), `bugs` and `homepage` of every publishable package.json, and
// `url` and `landingURL` in publiccode.yml. The address comes from the place the release is cut
// from: `MINGA_REPOSITORY_URL` when set, otherwise `git remote get-url origin`, normalised to
// https://host/owner/repo (no credentials, no `.git`). Without one the release stops with one
// line: no address is ever guessed. The same goes for publiccode.yml's maintenance contact, a
// person: `MINGA_MAINTAINER`, otherwise `git config user.name`, written only while the file
// still holds its placeholder. The filled publiccode.yml is validated against
// scripts/publiccode.schema.json before anything is written.
// Run: node scripts/release-metadata.mjs [--root DIR]   (`npm run release` runs it first)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import yaml from 'js-yaml';

const here = fileURLToPath(new URL('.', import.meta.url));
const schema = JSON.parse(readFileSync(join(here, 'publiccode.schema.json'), 'utf8'));

/** A release that cannot go on; its message is the one line the command prints. */
export class ReleaseMetadataError extends Error {}

/**
 * `git@host:owner/repo.git`, `ssh://git@host:22/owner/repo.git`,
 * `https://user:token@host/owner/repo.git`, `git+https://host/owner/repo` and the like, as
 * `https://host/owner/repo`; null for what is not the address of a repository on a public host
 * (a local path, `file:`, an ssh alias without a domain, a bare host).
 */
export function normaliseRepositoryUrl(raw) {
  const text = String(raw ?? '')
    .trim()
    .replace(/^git\+/, '');
  if (!text) return null;
  let host;
  let port = '';
  let path;
  const scp = /^(?:[^@/\s]+@)?([^@/:\s]+):(?!\/\/)([^\s]+)$/.exec(text);
  if (!text.includes('://') && scp) {
    [, host, path] = scp;
  } else {
    let url;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return null;
    host = url.hostname;
    // A web port belongs to the address; an ssh or git port does not serve https.
    if (url.protocol === 'https:' || url.protocol === 'http:')
      port = url.port ? `:${url.port}` : '';
    path = decodeURIComponent(url.pathname);
  }
  host = host.toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) return null;
  const segments = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter(Boolean);
  if (!segments.length || segments.some((s) => s === '.' || s === '..' || /\s/.test(s))) {
    return null;
  }
  return `https://${host}${port}/${segments.join('/')}`;
}

const git = (args, cwd) => {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
      .trim()
      .split('\n')[0];
  } catch {
    return '';
  }
};

/** The repository's public address and where it came from; throws when there is none. */
export function findRepositoryUrl({ cwd, env = process.env }) {
  const fromEnv = env.MINGA_REPOSITORY_URL?.trim();
  if (fromEnv) {
    const url = normaliseRepositoryUrl(fromEnv);
    if (!url) {
      throw new ReleaseMetadataError(
        `MINGA_REPOSITORY_URL="${fromEnv}" is not the address of a repository: ` +
          'give its public https://host/owner/repo address.',
      );
    }
    return { url, source: 'MINGA_REPOSITORY_URL' };
  }
  const origin = git(['remote', 'get-url', 'origin'], cwd);
  if (!origin) {
    throw new ReleaseMetadataError(
      'no repository address: there is no git remote "origin" and MINGA_REPOSITORY_URL is not ' +
        'set. Add the public remote (git remote add origin …) or set ' +
        'MINGA_REPOSITORY_URL=https://host/owner/repo, then run this again.',
    );
  }
  const url = normaliseRepositoryUrl(origin);
  if (!url) {
    throw new ReleaseMetadataError(
      `no repository address: origin is "${origin}", not a public repository. Release from a ` +
        'clone of the public repository, or set MINGA_REPOSITORY_URL=https://host/owner/repo.',
    );
  }
  return { url, source: 'git remote origin' };
}

/** The person named as maintenance contact, or null. */
export function findMaintainer({ cwd, env = process.env }) {
  const name = env.MINGA_MAINTAINER?.trim() || git(['config', 'user.name'], cwd);
  return name ? name.replace(/\s+/g, ' ') : null;
}

/** Every workspace package that npm would publish (not private), with its folder. */
export function publishablePackages(root) {
  const { workspaces = [] } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const found = [];
  for (const pattern of workspaces) {
    const parent = pattern.replace(/\/\*$/, '');
    if (!existsSync(join(root, parent))) continue;
    for (const name of readdirSync(join(root, parent)).sort()) {
      const file = join(root, parent, name, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8'));
      if (!pkg.private) found.push({ directory: `${parent}/${name}`, file, pkg });
    }
  }
  return found;
}

/** What a package.json says about where it comes from. */
export function packageMetadata(url, directory) {
  return {
    repository: { type: 'git', url: `git+${url}.git`, directory },
    bugs: { url: `${url}/issues` },
    homepage: `${url}#readme`,
  };
}

/** The fields in place if the package has them, otherwise right after `license`. */
function withMetadata(pkg, metadata) {
  if (Object.keys(metadata).every((key) => key in pkg)) return { ...pkg, ...metadata };
  const out = {};
  for (const [key, value] of Object.entries(pkg)) {
    if (key in metadata) continue;
    out[key] = value;
    if (key === 'license') Object.assign(out, metadata);
  }
  return 'license' in pkg ? out : { ...out, ...metadata };
}

let validator;
/** The schema's complaints about a parsed publiccode.yml, one line each; empty when valid. */
export function validatePubliccode(doc) {
  validator ??= new Ajv2020({ allErrors: true }).compile(schema);
  if (validator(doc)) return [];
  return validator.errors.map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** A YAML scalar the way Prettier writes it (single quotes unless the value has one). */
const yamlString = (value) =>
  value.includes("'") && !value.includes('"')
    ? JSON.stringify(value)
    : `'${value.replaceAll("'", "''")}'`;

const PLACEHOLDER_CONTACT = /^( {4}- name: )'<maintainer: [^>]*>'$/m;

/**
 * publiccode.yml with the address (and the contact, while it is a placeholder) written in,
 * comments and layout kept. Throws when the result is not a valid publiccode.yml.
 */
export function fillPubliccode(text, { url, maintainer }) {
  let out = text
    .replace(/^url: .*$/m, `url: ${yamlString(url)}`)
    .replace(/^landingURL: .*$/m, `landingURL: ${yamlString(url)}`);
  if (PLACEHOLDER_CONTACT.test(out)) {
    if (!maintainer) {
      throw new ReleaseMetadataError(
        'no maintainer to name in publiccode.yml: set MINGA_MAINTAINER="First Last" (a person) ' +
          'or git config user.name, then run this again.',
      );
    }
    out = out.replace(PLACEHOLDER_CONTACT, (_, lead) => `${lead}${yamlString(maintainer)}`);
  }
  const doc = yaml.load(out);
  const problems = validatePubliccode(doc);
  if (doc?.url !== url || doc?.landingURL !== url) problems.unshift('url/landingURL not written');
  if (problems.length) {
    throw new ReleaseMetadataError(`publiccode.yml would not be valid: ${problems.join('; ')}`);
  }
  return out;
}

/** Writes the address into every publishable package.json and publiccode.yml under root. */
export function writeReleaseMetadata(root, { url, maintainer }) {
  const publiccode = join(root, 'publiccode.yml');
  // Everything is checked before anything is written: a refused release changes no file.
  const filled = fillPubliccode(readFileSync(publiccode, 'utf8'), { url, maintainer });
  const written = [];
  for (const { directory, file, pkg } of publishablePackages(root)) {
    const next = withMetadata(pkg, packageMetadata(url, directory));
    writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
    written.push(`${directory}/package.json`);
  }
  writeFileSync(publiccode, filled);
  written.push('publiccode.yml');
  return written;
}

function main() {
  const at = process.argv.indexOf('--root');
  const root =
    at > 0 ? resolve(process.argv[at + 1]) : fileURLToPath(new URL('..', import.meta.url));
  try {
    const { url, source } = findRepositoryUrl({ cwd: root });
    const written = writeReleaseMetadata(root, { url, maintainer: findMaintainer({ cwd: root }) });
    console.log(`release metadata: ${url} (from ${source}) written to ${written.join(', ')}`);
  } catch (error) {
    if (!(error instanceof ReleaseMetadataError)) throw error;
    console.error(`minga: release refused: ${error.message}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
