/** libs/reports: the annual report's shapes, its assembly from grouped SQL rows, and its export tables. Pure. */
export * from './types';
export * from './labels';
export { assembleAnnualReport, drillDownLink, SOURCE_OF, type AssembleInput, type DimensionCatalogue } from './assemble';
export { decisionLineValues, type DecisionLineValues } from './lines';
export { reportSheets, cellFormat, printLayout, ReportSheetKey, type ReportSheet, type SheetColumn, type SheetPrintLayout, type Cell, type CellFormat } from './sheets';
export { sheetCsv, parseCsv, inertText, UTF8_BOM } from './csv';
export { annualReportDocument, defaultRecipients, formatNumberVi, type ReportIssue, type ReportIssuer } from './document';
