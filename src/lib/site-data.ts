import { getCollection, getEntries, getEntry, type CollectionEntry, type ReferenceDataEntry } from 'astro:content';

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

/** Sources cited by an entry, in the order cited. */
export async function resolveSources(refs: ReferenceDataEntry<'sources'>[]) {
  return getEntries(refs);
}
