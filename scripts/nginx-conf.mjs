#!/usr/bin/env node
// `npm run nginx:conf -- [--root /var/www/vneid-guide] [--server-name vneid.phuong.gov.vn] [--cert … --key …]`:
// prints the nginx server block for this site (headers, gzip, redirects, 404 page, the staff app's
// own policy), generated from the same definitions as dist/_headers (src/lib/security-headers.ts).
// Save it as /etc/nginx/conf.d/vneid-guide.conf, copy dist/ to <root><basePath>, run `nginx -t`.
import { parseArgs } from 'node:util';
import { loadDeploySettings } from '../src/build/deploy-settings.ts';
import { nginxServerBlock } from '../src/lib/security-headers.ts';
import { scopedPolicies } from '../src/build/scoped-policies.ts';

const deploy = loadDeploySettings();
const { values } = parseArgs({ options: { root: { type: 'string' }, 'server-name': { type: 'string' }, cert: { type: 'string' }, key: { type: 'string' }, port: { type: 'string' } } });
if (Boolean(values.cert) !== Boolean(values.key)) {
  console.error('Cần cả --cert và --key (chứng chỉ HTTPS và khóa), hoặc bỏ cả hai. Sửa: ghi đủ hai đường dẫn.');
  process.exit(2);
}
process.stdout.write(
  nginxServerBlock({
    base: deploy.base,
    root: values.root ?? '/var/www/vneid-guide',
    serverName: values['server-name'] ?? new URL(deploy.site).hostname,
    ...(values.cert && values.key ? { tls: { certificate: values.cert, key: values.key } } : {}),
    ...(values.port ? { port: Number(values.port) } : {}),
    scoped: scopedPolicies(deploy),
  }),
);
