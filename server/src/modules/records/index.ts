// Public surface of the records module (组织生活): other modules import only from here.
export { recordsRoutes } from './records.routes';
export { loadRecord as findRecordInScope } from './records.service';
export { attendanceFigures, countHeldRecords, heldRecordFigures, rewriteRecordPaths } from './records.shared';
export { THREE_MEETINGS_ONE_LESSON } from '@xianfeng/shared/schemas/records';
export { acceptedMime } from './files.service';
export { diskFileStore, type FileStore } from './files.store';
export { uploadedAttachment } from './files.routes';
