// Form helpers of the case workspace: dates as the API wants them, option lists from labels.
import type { Dayjs } from 'dayjs';

export const isoDate = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);
export const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
export const lines = (text: string | undefined): string[] => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
export const DATE_FORMAT = 'DD/MM/YYYY';
