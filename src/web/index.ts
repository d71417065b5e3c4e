export { createStaticHandler } from './static.ts';
export type { StaticHandler, StaticMount } from './static.ts';
