// Embed entry: one <script type="module"> and one <fmk-soknad> tag.
import '../elements/register.js';
import { define } from '../elements/define.js';
import { FmkSoknad } from '../elements/fmk-soknad.js';

define('fmk-soknad', FmkSoknad);
export { FmkSoknad };

declare global {
  interface HTMLElementTagNameMap {
    'fmk-soknad': FmkSoknad;
  }
}
