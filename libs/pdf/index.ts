// Official documents rendered with pdfkit: pure functions from a JSON snapshot to PDF bytes.
export { renderDecisionPdf } from './decision';
export { renderViolationRecordPdf } from './violation-record';
export { DocumentInputError } from './validate';
export { DocumentTimeLimitError } from './writer';
export type * from './types';
