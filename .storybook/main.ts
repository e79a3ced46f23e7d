import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const MANIFEST = 'virtual:custom-elements-manifest';

/** custom-elements.json from the sources, so Controls lists each element's API with no build first. */
const manifest = (): Plugin => ({
  name: 'custom-elements-manifest',
  resolveId: (id) => (id === MANIFEST ? `\0${MANIFEST}` : undefined),
  async load(id) {
    if (id !== `\0${MANIFEST}`) return undefined;
    const { customElementsManifest } = await import('../scripts/manifest.mjs');
    return `export default ${JSON.stringify(customElementsManifest())};`;
  },
});

const config: StorybookConfig = {
  // The framework pulls in builder-vite + the web-components renderer; no addons needed.
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  viteFinal: (config) => ({ ...config, plugins: [...(config.plugins ?? []), manifest()] }),
  core: {
    // No phoning home: CI also exports STORYBOOK_DISABLE_TELEMETRY=1.
    disableTelemetry: true,
    // `storybook dev` would otherwise fetch release notes from the internet.
    disableWhatsNewNotifications: true,
  },
};

export default config;
