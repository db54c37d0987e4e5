// Where a built page comes from, and which hosts content/links.yaml names: shared by the build's link
// check and the tests over dist/.
export { linkHostsOfDir as linkHostsOf } from '../../src/lib/content-preflight.ts';

/**
 * " (content/guides/x.mdx)" for a guide's page, " (content/faq/x.md)" for an answer's, else "":
 * a broken link is reported with the file staff edit.
 * @param {string} page site path under the base, e.g. "/vneid/huong-dan/x/"
 * @param {string} base @param {string} contentDir
 */
export function contentFileOfPage(page, base, contentDir) {
  const path = page.startsWith(base) ? `/${page.slice(base.length)}` : page;
  const guide = /^\/huong-dan\/([^/]+)\/(in\/)?$/.exec(path);
  if (guide) return ` (${contentDir}/guides/${guide[1]}.mdx)`;
  const answer = /^\/hoi-dap\/([^/]+)\/$/.exec(path);
  if (answer) return ` (${contentDir}/faq/${answer[1]}.md)`;
  return '';
}

