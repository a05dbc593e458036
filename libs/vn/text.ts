/**
 * Vietnamese text without its diacritics: "Tôn chỉ, mục đích" → "Ton chi, muc dich" (đ → d, Đ → D).
 * Used for search folding and for ASCII fallbacks such as download file names.
 */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
