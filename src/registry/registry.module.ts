import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit/audit.module';
import { EInformationSitesController } from '@app/registry/e-information-sites';
import { LicencesController } from '@app/registry/licences.controller';
import { LicencesService } from '@app/registry/licences.service';
import { LicenceSuspensionsService } from '@app/registry/licence-suspensions.service';
import { PressAgenciesController } from '@app/registry/press-agencies';
import { RegistryService } from '@app/registry/registry.service';
import { RepresentativeOfficesController } from '@app/registry/representative-offices';
import { ResidentReportersController } from '@app/registry/resident-reporters';
import { UnregisteredSubjectsController } from '@app/registry/unregistered-subjects';

/** Sổ theo dõi: press agencies, offices, reporters, general sites, licences and unregistered subjects. */
@Module({
  imports: [AuditModule],
  controllers: [
    PressAgenciesController,
    RepresentativeOfficesController,
    ResidentReportersController,
    EInformationSitesController,
    UnregisteredSubjectsController,
    LicencesController,
  ],
  providers: [RegistryService, LicencesService, LicenceSuspensionsService],
  exports: [RegistryService, LicencesService, LicenceSuspensionsService],
})
export class RegistryModule {}
