#!/usr/bin/env node
'use strict';
// Compiled by `npm run build:cli` (run by `npm ci` through `prepare`).
require('../lib/cli/main.js')
  .execute(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // execute() catches everything; this is the last guard, in the same one-line form.
      process.stderr.write(`budget-monitor: ${String(error && error.message ? error.message : error).split('\n')[0]}\n`);
      process.exitCode = 2;
    },
  );
