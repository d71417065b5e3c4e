// teams-js `pages` (the configuration page's save handler), apart from teams-sdk.ts so that only the
// configuration page loads it.
export { pages } from '@microsoft/teams-js';
