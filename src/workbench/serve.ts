/**
 * `npm run workbench`: serves the built workbench (dist/workbench) on http://localhost:3001.
 * PORT overrides the port.
 */
import { join } from 'node:path';
import { serveDirectory } from './static-server';

const port = Number(process.env.PORT ?? 3001);
void serveDirectory(join(__dirname, '..', '..', 'dist', 'workbench'), port).then((server) => {
  console.log(`Workbench: ${server.url}`);
});
