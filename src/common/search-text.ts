import { stripDiacritics } from '@libs/vn';

/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, so "bao tuoi tre" finds
 * "Báo Tuổi Trẻ". Stored in a column at write time so lookups need no unaccent extension.
 */
export function foldForSearch(...parts: (string | null | undefined | string[])[]): string {
  return parts
    .flat()
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .map(stripDiacritics)
    .join(' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Escapes LIKE wildcards in user text. */
export const likePattern = (text: string): string => `%${foldForSearch(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
