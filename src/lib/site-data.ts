import { getCollection, getEntries, getEntry, type CollectionEntry, type ReferenceDataEntry } from 'astro:content';
import { sourceStrength } from '../schemas/source';

/** Site settings from content/settings/site.yaml, already validated by the schema. */
export async function getSettings() {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.yaml: thiếu tệp cấu hình trang. Sửa: sao chép tệp mẫu trong README.');
  return entry.data;
}

export type LinkKind = CollectionEntry<'links'>['data']['kind'];

/** The one official link of a kind (App Store, Google Play, …); fails the build if it is missing. */
export async function getOfficialLink(kind: LinkKind) {
  const links = await getCollection('links', (link) => link.data.kind === kind);
  if (links.length !== 1) {
    throw new Error(`content/links.yaml: cần đúng một đường link loại "${kind}", đang có ${links.length}.`);
  }
  return links[0]!.data;
}

/** Sources cited by an entry, once each, strongest first (law, official page, letter, data, press; then as cited). */
export async function resolveSources(refs: ReferenceDataEntry<'sources'>[]) {
  const unique = refs.filter((ref, i) => refs.findIndex((r) => r.id === ref.id) === i);
  const entries = await getEntries(unique);
  return entries.map((entry, i) => ({ entry, i })).sort((a, b) => sourceStrength(a.entry.data.kind) - sourceStrength(b.entry.data.kind) || a.i - b.i).map(({ entry }) => entry);
}

/** Sources a page template cites for its own fixed text, from content/page-sources.yaml (never written in the template). */
export async function pageSources(page: string) {
  return resolveSources(await pageSourceRefs(page));
}

/** The references behind pageSources, for a page that adds sources of its own before resolving. */
export async function pageSourceRefs(page: string) {
  const entry = await getEntry('pageSources', page);
  if (!entry) throw new Error(`content/page-sources.yaml: thiếu mục "${page}". Sửa: thêm "${page}: { sources: [mã nguồn, …] }".`);
  return entry.data.sources;
}

/** True when every source is a press article: the page then says so, with the date. */
export const onlyPress = (sources: CollectionEntry<'sources'>[]) => sources.length > 0 && sources.every((s) => s.data.kind === 'bao-chi');
