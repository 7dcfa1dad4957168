// @custom-elements-manifest/analyzer config shared by every package (run from the package
// folder by its build script). Besides custom-elements.json it writes, for editors and JSX:
// - vscode.html-custom-data.json and vscode.css-custom-data.json (VS Code custom data),
// - web-types.json (JetBrains IDEs),
// - dist/custom-elements-jsx.d.ts (JSX types for React 19 and other JSX users).
// The manifest points at the built files (dist/*.js), which is what an installed package has.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * Rewrites src/*.ts paths to dist/*.js, and keeps only the events documented with `@fires`
 * (the analyzer also guesses events from `dispatchEvent(new X())`, without their names).
 */
function distPaths() {
  return {
    name: 'minga-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.path = toDist(mod.path);
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) {
            declaration.events = declaration.events.filter((e) => e.name?.startsWith('minga-'));
          }
          if (declaration.superclass?.module)
            declaration.superclass.module = toDist(declaration.superclass.module);
        }
        for (const exp of mod.exports ?? []) {
          if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
        }
      }
    },
  };
}

/**
 * The JSX generator imports only the element classes; event types named in `@fires`
 * (`MingaSortChangeEvent['detail']`) need importing too.
 */
function jsxImports(file) {
  return {
    name: 'minga-jsx-imports',
    packageLinkPhase() {
      if (!existsSync(file)) return;
      const text = readFileSync(file, 'utf8');
      const declared = new Set(
        [...text.matchAll(/\b(?:type|interface) (Minga[A-Za-z]+)/g)].map((m) => m[1]),
      );
      const used = new Set(
        (text.match(/\bMinga[A-Za-z]+\b/g) ?? []).filter((n) => !declared.has(n)),
      );
      // One import of everything, in place of the generator's (one per element).
      const body = text.replace(/^import type \{[^}]*\} from "\.\/index\.js";\n/gm, '');
      const fixed = `import type { ${[...used].sort().join(', ')} } from "./index.js";\n${body}`;
      writeFileSync(file, fixed);
    },
  };
}

const shared = { hideLogs: true, descriptionSrc: 'summary' };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    distPaths(),
    customElementVsCodePlugin({
      ...shared,
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({
      ...shared,
      outdir: '.',
      webTypesFileName: 'web-types.json',
      packageJson: false,
    }),
    customElementJsxPlugin({
      ...shared,
      outdir: './dist',
      fileName: 'custom-elements-jsx.d.ts',
      componentTypePath: () => './index.js',
    }),
    jsxImports('./dist/custom-elements-jsx.d.ts'),
  ],
};
