export { BUILD_TARGETS, buildParts } from './build.ts';
