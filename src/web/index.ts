export { LOCAL_FRAME_ANCESTORS, securityHeaders } from './headers.ts';
export { createInfoPagesHandler } from './pages.ts';
export { createStaticHandler } from './static.ts';
export { createWebAppRoute } from './web-app.ts';
