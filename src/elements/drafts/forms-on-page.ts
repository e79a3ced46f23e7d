/**
 * The form elements connected to this page, in whatever root: the document's own are found by a
 * query, but a form inside another element's shadow root is seen only here. Two forms of one kind
 * without `draft-key` each need a draft of their own (DraftController's keyFor), in any root.
 */
const connected = new Set<Element>();

export const formConnected = (form: Element): void => void connected.add(form);
export const formDisconnected = (form: Element): void => void connected.delete(form);

/** The connected forms of this tag: the document's in document order, then those in shadow roots, in the order they came. */
export function formsOnPage(tag: string): Element[] {
  const inDocument = [...document.querySelectorAll(tag)];
  const elsewhere = [...connected].filter((form) => form.localName === tag && form.isConnected && form.getRootNode() !== document);
  return [...inDocument, ...elsewhere];
}
