import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type InlineConfig, type PluginOption, type UserConfig } from 'vite';
import { LOCAL_FRAME_ANCESTORS, securityHeaders } from '../web/index.ts';

// Build: `vite build` is the production tab (dist/tab), `--mode demo` the demo tab (dist/tab-demo).
// `npm run dev:tab` (dev/tab/dev-server.ts) adds the demo wiring to the emulator.

export const TAB_ROOT = dirname(fileURLToPath(import.meta.url));
/** The production build (`npm run build:tab`): no demo path in it. */
export const TAB_OUT_DIR = resolve(TAB_ROOT, '../../dist/tab');
/** The demo build (`npm run build:tab:demo`, used by `npm start`): runs outside Teams on demo data. */
export const TAB_DEMO_OUT_DIR = resolve(TAB_ROOT, '../../dist/tab-demo');

const devHeaders = securityHeaders({ kind: 'embed', extraAncestors: LOCAL_FRAME_ANCESTORS });

/** Error-text files of areas the tab never runs (src/text/errors.ts imports them all), with their export. */
const OTHER_AREA_ERRORS: Record<string, { exportName: string; prefixes: string[] }> = {
  'errors-participation.ts': { exportName: 'participationErrors', prefixes: ['PART', 'PROFILE'] },
  'errors-scan.ts': { exportName: 'scanErrors', prefixes: ['SCAN'] },
  'errors-store.ts': { exportName: 'storeErrors', prefixes: ['STORE'] },
  'errors-bot.ts': { exportName: 'botErrors', prefixes: ['BOT'] },
  'errors-word.ts': { exportName: 'wordErrors', prefixes: ['WORD'] },
};
const OTHER_AREA_PREFIX = `\0tab-other-area-errors:`;
const otherAreaCode = new RegExp(
  `['"\`](${Object.values(OTHER_AREA_ERRORS)
    .flatMap((a) => a.prefixes)
    .join('|')})\\.[A-Z][A-Z_]*['"\`]`,
);

/**
 * The tab raises only GRAPH, WORKGROUPS and TAB codes, yet `errorText` holds the texts of every area
 * (about 4 KB gzip on the first page). This leaves the other areas' texts out of the tab. So a code of
 * those areas can never reach `messageFor` without its text, the build fails as soon as a module of the
 * tab names one.
 */
function tabOnlyErrorTexts(): PluginOption {
  return {
    name: 'tab-only-error-texts',
    enforce: 'pre',
    resolveId(source, importer) {
      const file = source.replace(/^\.\//, '');
      if (importer?.replace(/\\/g, '/').endsWith('/src/text/errors.ts') && source.startsWith('./') && file in OTHER_AREA_ERRORS) {
        return OTHER_AREA_PREFIX + file;
      }
      return undefined;
    },
    load(id) {
      if (!id.startsWith(OTHER_AREA_PREFIX)) return undefined;
      return `export const ${OTHER_AREA_ERRORS[id.slice(OTHER_AREA_PREFIX.length)]!.exportName} = {};`;
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || id.startsWith('\0')) return undefined;
      const found = otherAreaCode.exec(code);
      if (found) this.error(`${id} names ${found[0]}: the tab has no text for codes of that area (see tabOnlyErrorTexts)`);
      return undefined;
    },
  };
}

/**
 * The Graph SDK's package.json does not declare `sideEffects`, so the bundler keeps every module its
 * index names, the upload tasks and the chaos handler among them (about 2 KB gzip the tab never runs).
 * Its ES modules only define classes and set static fields on them, so the tab build treats them as
 * free of side effects and keeps what the gateway uses.
 */
function graphSdkWithoutSideEffects(): PluginOption {
  const sdkModule = /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]lib[\\/]es[\\/]/;
  return {
    name: 'graph-sdk-without-side-effects',
    transform(code, id) {
      return sdkModule.test(id) ? { code, map: null, moduleSideEffects: false } : undefined;
    },
  };
}

/**
 * Fluent's `tokens` object (every design token name mapped to its CSS variable, about 470 of them) is
 * written out in full: `colorNeutralForeground1: 'var(--colorNeutralForeground1)'`. This builds the same
 * object, in the same key order, from the list of names (about 1.5 KB gzip less on the first page). Any
 * entry that is not a plain string keeps its own value; a module of another shape is left as it is.
 */
export function compactFluentTokens(): PluginOption {
  const tokensModule = /[\\/]node_modules[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]tokens\.js$/;
  const entry = /(\w+):\s*'([^'\\]*)'/g;
  return {
    name: 'compact-fluent-tokens',
    transform(code, id) {
      if (!tokensModule.test(id)) return undefined;
      const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').trim();
      const body = /^export const tokens = \{([\s\S]*)\};?$/.exec(bare)?.[1];
      if (body === undefined || body.replace(entry, '').replace(/[\s,]/g, '') !== '') return undefined;
      const list = [...body.matchAll(entry)].map(([, name, value]) => (value === `var(--${name})` ? name : [name, value]));
      const rebuilt = `Object.fromEntries(${JSON.stringify(list)}.map((e) => (typeof e === 'string' ? [e, \`var(--\${e})\`] : e)))`;
      return { code: `export const tokens = ${rebuilt};\n`, map: null };
    },
  };
}

export interface TabViteOptions {
  /** Build-time flag: the demo build may run outside Teams with dev tokens; production never can. */
  demo?: boolean;
  /** More plugins: the dev server adds the demo wiring (`/graph` → the emulator) this way. */
  plugins?: PluginOption[];
}

/**
 * The tab's Vite config. Used below (build:tab, build:tab:demo), by the dev server, and programmatically by
 * the e2e tests and the bench.
 */
export function tabViteConfig(options: TabViteOptions = {}): UserConfig & InlineConfig {
  const demo = options.demo ?? false;
  return {
    root: TAB_ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), tabOnlyErrorTexts(), graphSdkWithoutSideEffects(), compactFluentTokens(), ...(options.plugins ?? [])],
    define: { __TAB_DEMO_BUILD__: JSON.stringify(demo) },
    build: {
      outDir: demo ? TAB_DEMO_OUT_DIR : TAB_OUT_DIR,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: {
        input: { tab: resolve(TAB_ROOT, 'tab.html') },
        // Node-only paths of the gateway (app-only tokens, the emulator's CA) are dynamic imports the
        // browser never reaches; keep them out of the bundle.
        external: ['undici', '@azure/msal-node'],
        output: {
          // Everything the first page imports statically goes into its one entry chunk. Left alone, the
          // bundler splits the modules the lazy pages share with it into a dozen small chunks that the
          // first page loads all the same, and pays for in cross-chunk imports and separate gzip streams
          // (about 6 KB gzip). Only the captured modules themselves move, not the lazy-only code they
          // could reach, so the lazy pages stay out of the first page. teams-js, which only a page hosted in
          // Teams loads (host.ts, connect.ts), comes as one chunk rather than two.
          codeSplitting: {
            groups: [
              { name: 'tab', tags: ['$initial'], includeDependenciesRecursively: false },
              { name: 'teams-sdk', test: /[\\/]node_modules[\\/]@microsoft[\\/]teams-js[\\/]|[\\/]src[\\/]tab[\\/]shared[\\/]teams-sdk\.ts$/ },
            ],
          },
        },
      },
    },
    // The same security headers as production, with the local origins that frame the tab in development.
    server: { host: '127.0.0.1', port: 5173, strictPort: false, headers: devHeaders },
    preview: { host: '127.0.0.1', port: 4173, strictPort: false, headers: devHeaders },
  };
}

export default defineConfig(({ mode }) => tabViteConfig({ demo: mode === 'demo' }));
