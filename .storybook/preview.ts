import { setCustomElementsManifest, type ArgTypes, type Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:custom-elements-manifest';

// Controls list each element's attributes, properties, events, parts and theme properties.
setCustomElementsManifest(manifest);

/**
 * The manifest's rows document the API; only the args a story chose a control for reach its
 * element, so the others show no control (changing them would do nothing). An attribute row
 * that a story's own control already stands for (`hide-checklist`) is left out.
 */
function documentedOnly({ argTypes }: { argTypes: ArgTypes }): ArgTypes {
  const named = new Set(Object.values(argTypes).filter((a) => a.control !== undefined).map((a) => a.name));
  const rows = Object.entries(argTypes).filter(([key, a]) => a.control !== undefined || !(a.table?.category === 'attributes' && named.has(key)));
  return Object.fromEntries(rows.map(([key, a]) => [key, a.control === undefined ? { ...a, control: false } : a]));
}

const preview: Preview = {
  parameters: { layout: 'padded' },
  argTypesEnhancers: [documentedOnly],
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
