// The staff editing app's configuration and widgets, without a browser: every field is one of the
// project's rules, the widgets refuse what the schemas refuse with the same message, and every
// phrase of the interface is Vietnamese. tests/e2e/cms.spec.ts drives the app itself.
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/src/en/index.js';
import { cmsConfig, cmsPolicy } from '../../src/build/cms-config';
import { VIETNAMESE } from '../../src/components/cms/locale-vi';
import { asText, validateField } from '../../src/components/cms/widgets';
import { FIELD_RULES, missingMessage, type FieldId } from '../../src/lib/field-rules';
import { sessionSchema, contactPointSchema } from '../../src/schemas/ward';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, path = ''): string[] => Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${path}${k}.`) : [`${path}${k}`]));

describe('the app speaks Vietnamese', () => {
  it('has a Vietnamese phrase for every phrase of the English interface', () => {
    const vi = new Set(keys(VIETNAMESE as Tree));
    expect(keys(en as unknown as Tree).filter((k) => !vi.has(k))).toEqual([]);
  });
});

describe('the configuration comes from the field rules', () => {
  const config = cmsConfig({ siteUrl: 'https://vneid.example.gov.vn', sources: [{ id: 'phuong-xa-cong-bo', title: 'T', issuer: 'I' }] });
  const fields = (list: unknown[]): Record<string, unknown>[] => (list as Record<string, unknown>[]).flatMap((f) => [f, ...fields((f.fields as unknown[]) ?? [])]);
  const all = config.collections.flatMap((c) => fields([...((c as { fields?: unknown[] }).fields ?? []), ...((c as { files?: { fields: unknown[] }[] }).files ?? []).flatMap((f) => f.fields)]));

  it('uses only the project\'s checked widgets for what staff type, each naming a rule of the table', () => {
    const typed = all.filter((f) => !['list', 'object', 'select', 'hidden'].includes(String(f.widget)));
    expect(typed.length).toBeGreaterThan(20);
    for (const f of typed) {
      expect(['vn-field', 'vn-ward', 'vn-ward-name', 'vn-site-url'], String(f.name)).toContain(f.widget);
      if (f.widget === 'vn-field') expect(Object.keys(FIELD_RULES), String(f.name)).toContain(f.rule);
      // Decap marks and checks presence; the value itself is the rule's to judge, never a pattern.
      expect(f.pattern, String(f.name)).toBeUndefined();
      if (f.widget === 'vn-field') expect(f.required, String(f.name)).toBe(f.mustFill);
    }
  });

  it('asks for every field of a session and of a contact that the schema knows', () => {
    const wards = config.collections.find((c) => c.name === 'wards') as { fields: { name: string; fields?: { name: string }[] }[] };
    const names = (list: string) => wards.fields.find((f) => f.name === list)!.fields!.map((f) => f.name).sort();
    expect(names('sessions')).toEqual(Object.keys(sessionSchema.shape).sort());
    expect(names('contacts')).toEqual(Object.keys(contactPointSchema.shape).filter((k) => k !== 'historical').sort());
  });

  it('saves to the configured Git host, and its policy allows only that host and the local proxy', () => {
    const gitlab = { backend: 'gitlab' as const, repo: 'ubnd/vneid', branch: 'main', appId: 'abc123' };
    expect(cmsConfig({ cms: gitlab, siteUrl: 'https://x.gov.vn', sources: [] }).backend).toMatchObject({ name: 'gitlab', repo: 'ubnd/vneid', auth_type: 'pkce', app_id: 'abc123' });
    const policy = cmsPolicy(gitlab);
    expect(policy['connect-src']).toEqual(["'self'", 'http://localhost:8081', 'https://gitlab.com']);
    expect(cmsPolicy(undefined)['connect-src']).toEqual(["'self'", 'http://localhost:8081']);
    expect(cmsPolicy({ backend: 'github', repo: 'a/b', branch: 'main', baseUrl: 'https://dang-nhap.example.gov.vn' })['connect-src']).toEqual(["'self'", 'http://localhost:8081', 'https://api.github.com', 'https://dang-nhap.example.gov.vn']);
  });
});

describe('a value the schema refuses, the form refuses with the same message', () => {
  const schemaMessage = (schema: typeof sessionSchema | typeof contactPointSchema, data: Record<string, unknown>, key: string) =>
    schema.safeParse(data).error?.issues.find((i) => i.path[0] === key)?.message;
  const session = { date: '2026-12-12', start: '07:30', end: '11:00', place: 'Nhà văn hóa' };
  const contact = { name: 'Công an phường', source: { collection: 'sources', id: 'x' }, verified: '2026-11-01' };
  it.each([
    ['session.place', 'place', 'Nhà văn hóa '.repeat(12), sessionSchema, session],
    ['session.place', 'place', '<b>x</b>', sessionSchema, session],
    ['session.start', 'start', '25:00', sessionSchema, session],
    ['session.date', 'date', '2027-02-30', sessionSchema, session],
    ['session.phone', 'phone', '0123 456', sessionSchema, session],
    ['contact.phone', 'phone', '0123 456', contactPointSchema, contact],
    ['contact.phone', 'phone', '1900 0368, 113', contactPointSchema, contact],
    ['contact.mapUrl', 'mapUrl', 'https://maps.app.goo.gl/x', contactPointSchema, contact],
    ['contact.verified', 'verified', '2099-01-01', contactPointSchema, contact],
    ['contact.name', 'name', 'Công an\u200b phường', contactPointSchema, contact],
    ['contact.address', 'address', 'Số 1 \u202Eđường', contactPointSchema, contact],
  ] as [FieldId, string, string, typeof sessionSchema, Record<string, unknown>][])('%s = %j', (rule, key, value, schema, base) => {
    const expected = schemaMessage(schema, { ...base, source: 'x', [key]: value }, key);
    expect(expected, 'the schema must refuse it').toBeTruthy();
    expect(validateField(rule, value, false)).toEqual({ error: { message: expected } });
  });

  it('says a required field is missing as the schema does', () => {
    expect(validateField('session.place', '', true)).toEqual({ error: { message: missingMessage('session.place') } });
    expect(schemaMessage(sessionSchema, { ...session, place: undefined }, 'place')).toBe(missingMessage('session.place'));
    expect(validateField('session.audience', '', false)).toBe(true);
  });

  it('reads a day Decap parsed as a Date as the day written', () => {
    expect(asText(new Date('2026-12-12T00:00:00Z'))).toBe('2026-12-12');
    expect(validateField('contact.verified', new Date('2026-11-01T00:00:00Z'), true)).toBe(true);
  });
});
