// Decisions taken while a sanction decision is executed: MQĐ03, MQĐ05 and the enforcement forms MQĐ07–09, MQĐ11.
export { renderPostponementPdf, postponementProblems } from './postponement';
export { renderInstalmentPdf, instalmentProblems } from './instalments';
export { renderEnforcementPdf, enforcementProblems, ENFORCEMENT_FORMS } from './enforcement';
export type * from './types';
