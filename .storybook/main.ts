import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

// Stories use every package from its source, so designers see edits live and one copy of
// @minga/core (one message registry) serves every element.
const sourceAliases = readdirSync(packagesDir)
  .filter((name) => existsSync(`${packagesDir}${name}/src/index.ts`))
  .map((name) => ({
    find: new RegExp(`^@minga/${name}$`),
    replacement: `${packagesDir}${name}/src/index.ts`,
  }));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['./docs/*.mdx', '../packages/*/stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Documentación' },
  viteFinal: (vite) => ({
    ...vite,
    resolve: { ...vite.resolve, alias: [...sourceAliases] },
    // Storybook's own manager and docs chunks are large; they are not what users download.
    build: { ...vite.build, chunkSizeWarningLimit: 4000 },
  }),
};

export default config;
