// The tab's teams-js entries. Named re-exports let the bundler drop the capabilities we never call; the
// configuration page's `pages` lives in its own module so the first page does not load it.
export { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
