#!/usr/bin/env node
// The CLI runs the Node build of the core (lib/), made by `npm install` (prepare) or `npm run build:lib`.
import('../lib/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('broadsheet: the Node build is missing; run `npm install` (or `npm run build:lib`) first');
    process.exit(1);
  }
  throw error;
});
