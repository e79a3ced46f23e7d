// Embed entry: one <script type="module"> and one <fmk-klage> tag.
import '../elements/register.js';
import { define } from '../elements/define.js';
import { FmkKlage } from '../elements/fmk-klage.js';

define('fmk-klage', FmkKlage);
export { FmkKlage };

declare global {
  interface HTMLElementTagNameMap {
    'fmk-klage': FmkKlage;
  }
}
