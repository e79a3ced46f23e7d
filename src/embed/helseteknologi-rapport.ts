// Embed entry: one <script type="module"> and one <helseteknologi-rapport> tag.
import '../elements/register.js';
import { define } from '../elements/define.js';
import { HelseteknologiRapport } from '../elements/helseteknologi-rapport.js';

define('helseteknologi-rapport', HelseteknologiRapport);
export { HelseteknologiRapport };

declare global {
  interface HTMLElementTagNameMap {
    'helseteknologi-rapport': HelseteknologiRapport;
  }
}
