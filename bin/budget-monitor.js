#!/usr/bin/env node
'use strict';
// Compiled by `npm run build:cli` (run by `npm ci` through `prepare`).
require('../lib/cli/main.js')
  .execute(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
