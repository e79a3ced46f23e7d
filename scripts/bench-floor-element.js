// The smallest Lit embed, for the load reference in `npm run bench` (scripts/bench-floor.mjs).
import { LitElement, html } from 'lit';

class BenchFloor extends LitElement {
  render() {
    return html`<h1>Søknad om tilskudd</h1><p>Skjemaet lastes.</p>`;
  }
}
customElements.define('bench-floor', BenchFloor);
