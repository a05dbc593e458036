/**
 * Building a new version of a catalogue row from what an officer sent. Pure: the result is an unvalidated row that
 * `Catalogue.withRows` checks together with every other version (schema, min ≤ max, whole VND, no overlaps).
 */
import type { AdditionalSanction, Catalogue, CatalogueRow, FineRange, RemedialMeasure } from '@libs/legal';
import { todayInVietnam } from '@libs/vn';

/** The officer's input; absent optional fields are taken from the latest existing version of the code. */
export interface NewVersionInput {
  code: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  /** Required: the amending provision, or null for the text as first issued. */
  amendedBy: string | null;
  /** Required: the range is what versions differ in; null only for warning-only rows or an unknown range. */
  fine: FineRange | null;
  sourceUrl: string;
  instrument?: string;
  article?: number;
  clause?: number | null;
  point?: string | null;
  field?: CatalogueRow['field'];
  descriptionVi?: string;
  descriptionEn?: string;
  mainSanction?: CatalogueRow['mainSanction'];
  additionalSanctions?: AdditionalSanction[];
  remedialMeasures?: RemedialMeasure[];
  definingCircumstances?: string[];
  successorCodes?: string[];
  keywords?: string[];
  subjects?: CatalogueRow['subjects'];
  verificationNote?: string;
  endPreviousVersion?: boolean;
}

const sanction = (s: AdditionalSanction): AdditionalSanction => ({
  kind: s.kind,
  ...(s.minMonths !== undefined ? { minMonths: s.minMonths } : {}),
  ...(s.maxMonths !== undefined ? { maxMonths: s.maxMonths } : {}),
  descriptionVi: s.descriptionVi,
  descriptionEn: s.descriptionEn,
});

/**
 * The raw row for a new version. It always enters unverified: verifying is a separate, attributed act against a
 * named source, so nobody can slip an unchecked range into decisions by adding it as "verified".
 */
export function composeVersion(catalogue: Catalogue, input: NewVersionInput, at: Date): Record<string, unknown> {
  const versions = catalogue.versions(input.code);
  const base: Partial<CatalogueRow> = versions[versions.length - 1] ?? {};
  const or = <K extends keyof NewVersionInput & keyof CatalogueRow>(key: K): unknown => (input[key] !== undefined ? input[key] : base[key]);
  return {
    code: input.code,
    instrument: or('instrument'),
    amendedBy: input.amendedBy,
    article: or('article'),
    clause: or('clause'),
    point: or('point'),
    field: or('field'),
    descriptionVi: or('descriptionVi'),
    descriptionEn: or('descriptionEn'),
    mainSanction: or('mainSanction'),
    fine: input.fine === null ? null : { minVnd: input.fine.minVnd, maxVnd: input.fine.maxVnd, printedFor: input.fine.printedFor },
    additionalSanctions: (input.additionalSanctions ?? base.additionalSanctions ?? []).map(sanction),
    remedialMeasures: (input.remedialMeasures ?? base.remedialMeasures ?? []).map((m) => ({
      descriptionVi: m.descriptionVi,
      descriptionEn: m.descriptionEn,
    })),
    effectiveFrom: input.effectiveFrom,
    effectiveTo: input.effectiveTo ?? null,
    sourceUrl: input.sourceUrl,
    verified: false,
    verificationNote: input.verificationNote ?? `Added on ${todayInVietnam(at)}; not yet verified against the official text`,
    definingCircumstances: [...(input.definingCircumstances ?? base.definingCircumstances ?? [])],
    successorCodes: [...(input.successorCodes ?? base.successorCodes ?? [])],
    // An officer adds a version from a text they read: it is a complete citation, never a draft.
    draft: false,
    missing: [],
    keywords: [...(input.keywords ?? base.keywords ?? [])],
    subjects: [...(input.subjects ?? base.subjects ?? [])],
  };
}
