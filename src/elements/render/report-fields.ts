import '../../core/accounts-kind.js';
import '../../i18n/messages-reports.js';
import { renderAccounts } from './accounts.js';
import { accountsStyles } from './accounts-styles.js';
import { renderAttachment } from './attachment.js';
import { registerRenderer } from './extensions.js';

/** The report field types: import this module (the report elements do) to render them. */
registerRenderer('accounts', renderAccounts, accountsStyles);
registerRenderer('attachment', renderAttachment);
