import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Long answers print whole. A textarea prints only the rows it shows, so a 4 000-character
 * answer would come out as its first lines. Where `field-sizing: content` works (the print
 * styles set it), the browser grows it; elsewhere this grows each textarea to its text for the
 * print and gives back the height it had, one the user dragged included.
 */
export class PrintController implements ReactiveController {
  private restore: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    if (CSS.supports('field-sizing', 'content')) return;
    addEventListener('beforeprint', this.before);
    addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.before);
    removeEventListener('afterprint', this.after);
  }

  private before = () => {
    this.restore?.();
    this.restore = growForPrint(this.host.renderRoot);
  };

  private after = () => {
    this.restore?.();
    this.restore = undefined;
  };
}

/** Grows every textarea under `root` to show all its text; returns what puts the heights back. */
export function growForPrint(root: ParentNode): () => void {
  const grown = [...root.querySelectorAll('textarea')].filter((area) => area.scrollHeight > area.clientHeight);
  const heights = grown.map((area) => area.style.height);
  // Read every height before writing any: one layout, not one per textarea.
  const needed = grown.map((area) => area.scrollHeight + area.offsetHeight - area.clientHeight);
  grown.forEach((area, i) => (area.style.height = `${needed[i]}px`));
  return () => grown.forEach((area, i) => (area.style.height = heights[i]!));
}
