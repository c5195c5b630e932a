/**
 * `npm run bench`: runs every bench module listed here, one after another. Each module
 * exports run(): Promise<void> and prints its own figures. To add one, import it and list it.
 */
import * as engine from './engine.bench';
import * as excelSyncs from './excel-syncs.bench';
import * as scale from './scale.bench';
import * as ui from './ui.bench';

const benches: readonly { readonly name: string; readonly run: () => Promise<void> }[] = [
  { name: 'engine', run: engine.run },
  { name: 'excel-syncs', run: excelSyncs.run },
  { name: 'ui', run: ui.run },
  { name: 'scale', run: scale.run },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  for (const bench of benches) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    console.log(`\n## ${bench.name}`);
    await bench.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
