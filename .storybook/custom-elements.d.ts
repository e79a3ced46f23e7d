// Served by the plugin in main.ts: the manifest, built from the sources at each load.
declare module 'virtual:custom-elements-manifest' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
