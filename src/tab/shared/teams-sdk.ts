// The only teams-js entry the tab uses: named re-exports let the bundler drop the capabilities we never call.
export { app, authentication, nestedAppAuth, pages } from '@microsoft/teams-js';
