import { AuditEvent } from '@app/audit/audit-event.entity';
import { Department } from '@app/departments/department.entity';
import { EInformationSite } from '@app/registry/entities/e-information-site.entity';
import { LicenceEvent } from '@app/registry/entities/licence-event.entity';
import { Licence } from '@app/registry/entities/licence.entity';
import { PressAgency } from '@app/registry/entities/press-agency.entity';
import { RepresentativeOffice } from '@app/registry/entities/representative-office.entity';
import { ResidentReporter } from '@app/registry/entities/resident-reporter.entity';
import { UnregisteredSubject } from '@app/registry/entities/unregistered-subject.entity';
import { User } from '@app/users/user.entity';

/** Every entity, listed once: the API, the worker and the migration CLI all use this list. */
export const ENTITIES = [
  Department,
  User,
  AuditEvent,
  PressAgency,
  RepresentativeOffice,
  ResidentReporter,
  EInformationSite,
  Licence,
  LicenceEvent,
  UnregisteredSubject,
];
