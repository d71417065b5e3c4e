export { LOCAL_FRAME_ANCESTORS, OFFICE_WEB_FRAME_ANCESTORS, TEAMS_FRAME_ANCESTORS, securityHeaders } from './headers.ts';
export type { SecurityHeaderOptions } from './headers.ts';
export { INFO_PAGE_PATHS, createInfoPagesHandler, renderInfoPage } from './pages.ts';
export { createStaticHandler } from './static.ts';
export type { StaticHandler, StaticMount, StaticOptions } from './static.ts';
export { createWebAppRoute } from './web-app.ts';
export type { WebAppOptions } from './web-app.ts';
