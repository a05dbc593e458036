/** Kinds of numbered documents: this module's, and the decisions' sequence per issuing body ("NN/QĐ-XPHC"). */
export type NumberKind = 'case' | 'violation_record' | 'qd-xphc:department' | 'qd-xphc:provincial_committee';

/** Số hồ sơ: "15/2026/HS" (HS = hồ sơ vụ việc). */
export const caseNumber = (sequence: number, year: number): string => `${sequence}/${year}/HS`;

/** Số biên bản: "12/BB-VPHC", as form MBB01 prints it; below 10 zero-padded, "05/BB-VPHC" (NĐ 30/2020 Phụ lục I). */
export const recordNumber = (sequence: number): string => `${String(sequence).padStart(2, '0')}/BB-VPHC`;
