import { define } from './define.js';
import { TilskuddFeiloppsummering } from './tilskudd-feiloppsummering.js';
import { TilskuddSjekkliste } from './tilskudd-sjekkliste.js';
import { TilskuddSkjema } from './tilskudd-skjema.js';

/** The generic elements every form needs; each form's embed entry adds its own tag. */
define('tilskudd-skjema', TilskuddSkjema);
define('tilskudd-sjekkliste', TilskuddSjekkliste);
define('tilskudd-feiloppsummering', TilskuddFeiloppsummering);

declare global {
  interface HTMLElementTagNameMap {
    'tilskudd-skjema': TilskuddSkjema;
    'tilskudd-sjekkliste': TilskuddSjekkliste;
    'tilskudd-feiloppsummering': TilskuddFeiloppsummering;
  }
}
