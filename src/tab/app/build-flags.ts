// Replaced at build time by Vite (`define` in vite.config.ts): true only in the demo build (`npm start`,
// `npm run dev:tab`, the e2e tests), false in `npm run build`, so the production bundle holds no demo path.
declare const __TAB_DEMO_BUILD__: boolean | undefined;

/** Whether this bundle is the demo build. Outside Vite (unit tests) it is false; tests pass the flag in. */
export const DEMO_BUILD: boolean = typeof __TAB_DEMO_BUILD__ === 'boolean' ? __TAB_DEMO_BUILD__ : false;
