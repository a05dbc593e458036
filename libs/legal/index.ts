/** libs/legal: the versioned fine catalogue and the fine engine (the law as code). Pure TypeScript. */
export * from './errors';
export { isIsoDate, addDays, addMonths, addYears, todayInHoChiMinh } from './dates';
export * from './circumstances';
export * from './catalogue/types';
export { validateCatalogueRows, validateCatalogueFile, POINT_LETTERS, CODE_PATTERN } from './catalogue/validate';
export { Catalogue, foldForSearch, type CatalogueSearch } from './catalogue/catalogue';
export { loadShippedCatalogueRows, loadShippedCatalogue, supersededVersions, allSupersededVersions } from './catalogue/load';
export { SHIPPED_REVISION, type SupersededVersion } from './catalogue/history';
export { citability, gapsOf, type Citability, type GapPart } from './catalogue/citability';
export { shortInstrument, shortCitation, vietnameseCitation, parseAmendedBy } from './citation';
export {
  AUTHORITY_CAPS,
  AUTHORITY_REGIMES,
  FIELD_MAXIMUM_INDIVIDUAL_VND,
  SIGNER_TITLES,
  isSignerTitle,
  type AuthorityCap,
  type AuthorityCapRow,
  type AuthorityRegime,
  type AuthorityRegimeId,
  type SignerTitle,
} from './authority';
export {
  authorityRegimeOn,
  capsOn,
  checkAuthority,
  type AuthorityCheck,
  type AuthorityQuestion,
  type ResolvedCap,
} from './authority-check';
export { computeWorksheet, ENGINE_VERSION } from './engine/compute';
export { STEP_LABELS_VI, type StepKey } from './engine/steps';
export { limitationYears } from './engine/checks';
export type * from './engine/types';
export { ROW_KEYS as CATALOGUE_ROW_KEYS } from './catalogue/row-checker';
