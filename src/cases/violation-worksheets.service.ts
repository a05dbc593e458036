import type { EntityManager } from 'typeorm';
import { Injectable } from '@nestjs/common';
import { AppError, FieldError } from '@app/common/errors';
import { CatalogueService } from '@app/legal/catalogue.service';
import type { ActInput, Worksheet } from '@libs/legal';

/** The act's fields named as the violation endpoints name them (`acts[0].endedOn` → `endedOn`). */
function relabel(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  const details = error.details as { fields?: FieldError[] } | undefined;
  const fields = details?.fields?.map((f) => ({ ...f, field: f.field.replace(/^acts\[0\]\.?/, '') || 'code' }));
  return new AppError(error.code, error.message.replace(/acts\[0\]\.?/g, ''), { ...details, ...(fields ? { fields } : {}) });
}

/**
 * Bảng tính mức phạt of one violation from the effective catalogue (shipped rows plus the admins' changes). Computed
 * without a decision date: the snapshot shows the bracket, the suggested amount, the limitation and the right to
 * explain; the decision recomputes on its own date.
 */
@Injectable()
export class ViolationWorksheetsService {
  constructor(private readonly catalogue: CatalogueService) {}

  /** On the caller's manager: violations are computed inside the transaction that saves them. */
  async compute(manager: EntityManager, act: ActInput): Promise<Worksheet> {
    const catalogue = await this.catalogue.current(manager);
    if (!catalogue.has(act.code)) throw AppError.field('code', `${act.code} is not in the catalogue of violations`);
    try {
      return await this.catalogue.compute({ acts: [act] }, manager);
    } catch (error) {
      throw relabel(error);
    }
  }
}
