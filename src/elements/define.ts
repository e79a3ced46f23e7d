/** Registration apart from the classes, and safe when two bundles on one page both define. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
