#!/usr/bin/env node
// Serves the built site on loopback: `node scripts/serve.mjs [dir] [--base /sub/] [--port 4321]`.
// Defaults come from content/settings/site.yaml, so `npm start` serves exactly what was built.
import { parseArgs } from 'node:util';
import { loadDeploySettings } from '../src/build/deploy-settings.ts';
import { startStaticServer } from './lib/static-server.mjs';

const deploy = loadDeploySettings();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
});
const root = positionals[0] ?? deploy.outDir;
const server = await startStaticServer({
  root,
  base: values.base ?? deploy.base,
  port: Number(values.port ?? process.env.PORT ?? 4321),
  host: values.host ?? '127.0.0.1',
});
console.log(`Đang phục vụ ${root} tại ${server.url} (Ctrl+C để dừng)`);
