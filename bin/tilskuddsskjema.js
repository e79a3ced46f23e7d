#!/usr/bin/env node
// The package's command line; built by `npm run build` into dist/node/.
import '../dist/node/main.js';
