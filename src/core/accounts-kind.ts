import { accountsData, validateAccounts } from './accounts.js';
import type { AccountsField } from './definition.js';
import { registerFieldKind } from './field-kinds.js';

// Imported by the definitions that have an accounts field (the reports).
registerFieldKind('accounts', {
  validate: (field, value, path, required, ownRule) => validateAccounts(field as AccountsField, value, path, required, ownRule),
  data: (field, value) => accountsData(field as AccountsField, value),
});
