import { ValidateUuid } from '@app/common/dto.decorators';

/** `/cases/:id/inspections/:inspectionId` */
export class InspectionParam {
  @ValidateUuid() id!: string;
  @ValidateUuid() inspectionId!: string;
}

/** `/cases/:id/violations/:violationId` */
export class ViolationParam {
  @ValidateUuid() id!: string;
  @ValidateUuid() violationId!: string;
}

/** `/cases/:id/evidence/:evidenceId` */
export class EvidenceParam {
  @ValidateUuid() id!: string;
  @ValidateUuid() evidenceId!: string;
}
