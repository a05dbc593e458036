/** Người ký of an execution decision; a deputy signs "KT." for the head under a delegation (NĐ 30/2020 Đ13; LXLVPHC Đ87 k2). */
export interface ExecutionSigner {
  fullName: string;
  /** Chức vụ as printed, e.g. "Phó Giám đốc". */
  title: string;
  deputy: { headTitle: string; delegation: { number: string; date: string } } | null;
}
