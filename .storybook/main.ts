import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // The framework pulls in builder-vite + the web-components renderer; no addons needed.
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  core: {
    // No phoning home: CI also exports STORYBOOK_DISABLE_TELEMETRY=1.
    disableTelemetry: true,
    // `storybook dev` would otherwise fetch release notes from the internet.
    disableWhatsNewNotifications: true,
  },
};

export default config;
