// Merges the custom-elements manifests of every Minga package into this package's
// custom-elements.json, so editors and Storybook that read @minga/elements see every element.
// Module paths become `../{package}/dist/…`: the sibling package folder, which is where it is
// both in this repository (packages/*) and once installed (node_modules/@minga/*).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PACKAGES = ['core', 'data-table', 'sdg', 'info-request', 'transparency', 'plain'];

const prefix = (name, path) =>
  typeof path === 'string' && path.startsWith('dist/') ? `../${name}/${path}` : path;

const modules = [];
for (const name of PACKAGES) {
  const file = join(pkg, '..', name, 'custom-elements.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: build @minga/${name} before @minga/elements.`);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const mod of manifest.modules ?? []) {
    mod.path = prefix(name, mod.path);
    for (const declaration of mod.declarations ?? []) {
      if (declaration.superclass?.module)
        declaration.superclass.module = prefix(name, declaration.superclass.module);
      for (const member of declaration.members ?? [])
        if (member.inheritedFrom?.module)
          member.inheritedFrom.module = prefix(name, member.inheritedFrom.module);
    }
    for (const exp of mod.exports ?? [])
      if (exp.declaration?.module) exp.declaration.module = prefix(name, exp.declaration.module);
    modules.push(mod);
  }
}

const merged = { schemaVersion: '1.0.0', readme: 'README.md', modules };
writeFileSync(join(pkg, 'custom-elements.json'), `${JSON.stringify(merged, null, 2)}\n`);
const tags = modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
console.log(
  `custom-elements.json: ${modules.length} modules, ${tags.length} elements (${tags.join(', ')})`,
);
