// Public API of file writing shared by the scan's CLI and the demo's state files.
export { removePendingTempFiles, removeStaleTempFiles, writeFileAtomic } from './atomic-file.ts';
