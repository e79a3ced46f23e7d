import type { Preview } from '@storybook/web-components-vite';

const preview: Preview = {
  parameters: { layout: 'padded' },
  // Toolbar switch that stories can read as `context.globals.locale`.
  globalTypes: {
    locale: {
      description: 'Språk / locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'nb', title: 'Bokmål' },
          { value: 'nn', title: 'Nynorsk' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nb' },
  decorators: [
    // Put `lang` on the iframe's root element, the one that <html lang> based
    // lookups (Intl, screen readers, :lang()) see, without wrapping the story DOM.
    (story, context) => {
      document.documentElement.lang = String(context.globals.locale ?? 'nb');
      return story();
    },
  ],
};

export default preview;
