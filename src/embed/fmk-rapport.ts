// Embed entry: one <script type="module"> and one <fmk-rapport> tag.
import '../elements/register.js';
import { define } from '../elements/define.js';
import { FmkRapport } from '../elements/fmk-rapport.js';

define('fmk-rapport', FmkRapport);
export { FmkRapport };

declare global {
  interface HTMLElementTagNameMap {
    'fmk-rapport': FmkRapport;
  }
}
