/** custom-elements.json for the elements in src/elements (see manifest.mjs). */
export function customElementsManifest(): { schemaVersion: string; modules: unknown[] };
