// The fields of each registry list, for its create/edit form and its entity page (labels in i18n/vi.ts).
import type { RegistryKind } from '../app/search';
import { vi } from '../i18n/vi';

export type FieldName = keyof typeof vi.registry.fields;

export interface FieldSpec {
  name: FieldName;
  type: 'text' | 'textarea' | 'lines' | 'date' | 'select';
  required?: boolean;
  options?: Record<string, string>;
  max?: number;
}

const text = (name: FieldName, required = false, max = 300): FieldSpec => ({ name, type: 'text', required, max });
const date = (name: FieldName): FieldSpec => ({ name, type: 'date' });

export const REGISTRY_FIELDS: Record<RegistryKind, FieldSpec[]> = {
  'e-information-sites': [
    text('name', true),
    { name: 'domains', type: 'lines', required: true },
    text('ownerName', true),
    text('ownerTaxCode', false, 32),
    text('ownerAddress', false, 500),
    text('legalRepresentative', false, 200),
  ],
  'press-agencies': [
    text('name', true),
    { name: 'kind', type: 'select', required: true, options: vi.labels.pressAgencyKind },
    text('governingBody', true),
    { name: 'scope', type: 'select', required: true, options: vi.registry.scope },
    text('headName', false, 200),
    text('address', false, 500),
    { name: 'domains', type: 'lines' },
  ],
  'representative-offices': [
    text('agencyName', true),
    text('address', true, 500),
    text('headName', false, 200),
    date('notifiedOn'),
    { name: 'status', type: 'select', options: vi.registry.officeStatus },
  ],
  'resident-reporters': [text('fullName', true, 200), text('agencyName', true), text('pressCardNumber', false, 64), date('pressCardExpiresOn'), text('area'), date('appointedOn'), date('endedOn')],
  'unregistered-subjects': [
    { name: 'kind', type: 'select', required: true, options: vi.labels.offenderType },
    text('name', true),
    text('address', false, 500),
    text('personalId', false, 32),
    text('taxCode', false, 32),
    text('representative', false, 200),
    text('representativeTitle', false, 200),
    date('dateOfBirth'),
    { name: 'gender', type: 'select', options: vi.registry.gender },
    text('nationality', false, 100),
    text('occupation', false, 200),
    { name: 'domains', type: 'lines' },
    { name: 'note', type: 'textarea', max: 2000 },
  ],
};

/** The name a record goes by in lists and headers, whatever its kind. */
export function entityName(e: object): string {
  const r = e as Record<string, unknown>;
  const name = r.name ?? r.fullName ?? r.agencyName;
  return typeof name === 'string' ? name : '';
}
