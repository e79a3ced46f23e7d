import { ref } from 'lit/directives/ref.js';
import { isStoredFile, walkDefinition } from '../../src/core/index.js';
import type { TilskuddSkjema } from '../../src/index.js';

/**
 * A story's prefill stands for answers a user gave, files included. The JSON names a file but
 * holds no content, so the element gets a stand-in of that name, size and type for each one;
 * without it the form rightly asks for the file again (`attachment.missing`).
 */
export function standInFiles(el: TilskuddSkjema): void {
  if (!el.definition) return;
  walkDefinition(el.definition, el.value, ({ field, path, value }) => {
    if (field.type === 'attachment' && isStoredFile(value) && !el.files.has(path))
      el.files.set(path, new File([new Uint8Array(value.size)], value.name, { type: value.type }));
  });
}

/** In a story's template, on the form element: stand-in files once its prefill is in. */
export const withStandInFiles = () =>
  ref((node) => {
    const el = node as TilskuddSkjema | undefined;
    if (el) void el.updateComplete.then(() => standInFiles(el));
  });
