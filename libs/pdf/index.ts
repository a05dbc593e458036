// Official documents rendered with pdfkit: pure functions from a JSON snapshot to PDF bytes.
export { renderDecisionPdf } from './decision';
export { renderViolationRecordPdf } from './violation-record';
export { DocumentInputError } from './validate';
export type * from './types';
