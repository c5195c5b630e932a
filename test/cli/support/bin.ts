// The package's bin (bin/budget-monitor.js) runs the compiled lib/cli/main.js; this runs the same from source under tsx.
import { execute } from '../../../src/cli/main';

execute(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
