// Embed entry: one <script type="module"> and one <helseteknologi-soknad> tag.
import '../elements/register.js';
import { define } from '../elements/define.js';
import { HelseteknologiSoknad } from '../elements/helseteknologi-soknad.js';

define('helseteknologi-soknad', HelseteknologiSoknad);
export { HelseteknologiSoknad };

declare global {
  interface HTMLElementTagNameMap {
    'helseteknologi-soknad': HelseteknologiSoknad;
  }
}
