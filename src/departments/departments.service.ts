import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '@app/common/errors';
import { Actor, isCrossDepartmentReader } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { Department } from '@app/departments/department.entity';
import { DepartmentDto, DepartmentUpdateDto } from '@app/departments/departments.dto';

export const toDepartmentDto = (d: Department): DepartmentDto => ({
  id: d.id,
  name: d.name,
  parentBody: d.parentBody,
  placeName: d.placeName,
  provinceCode: d.provinceCode,
  abbreviation: d.abbreviation,
  version: d.version,
});

export type NewDepartment = Omit<DepartmentDto, 'id' | 'version'>;

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The ministry viewer sees every department; anyone else only their own. */
  async list(actor: Actor): Promise<DepartmentDto[]> {
    const repo = this.dataSource.getRepository(Department);
    const rows = isCrossDepartmentReader(actor)
      ? await repo.find({ order: { provinceCode: 'ASC', name: 'ASC' } })
      : await repo.findBy({ id: actor.departmentId ?? undefined });
    return rows.map(toDepartmentDto);
  }

  async current(actor: Actor): Promise<DepartmentDto> {
    if (!actor.departmentId) throw AppError.notFound('Department');
    return toDepartmentDto(await this.dataSource.getRepository(Department).findOneByOrFail({ id: actor.departmentId }));
  }

  async update(actor: Actor, dto: DepartmentUpdateDto): Promise<DepartmentDto> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Department);
      const dep = await repo.findOne({ where: { id: actor.departmentId ?? undefined }, lock: { mode: 'pessimistic_write' } });
      if (!dep || !actor.departmentId) throw AppError.notFound('Department');
      if (dep.version !== dto.version) throw AppError.staleVersion('Department', dto.version, dep.version);
      const before = toDepartmentDto(dep);
      const { version: _v, ...changes } = dto;
      const saved = await repo.save(Object.assign(dep, changes));
      await this.audit.record(manager, actor, { action: 'update', entityType: 'department', entityId: dep.id, before, after: toDepartmentDto(saved) });
      return toDepartmentDto(saved);
    });
  }
}

/** Shared by the operator CLI and the demo seed. */
export async function createDepartment(manager: EntityManager, input: NewDepartment): Promise<Department> {
  const repo = manager.getRepository(Department);
  return repo.save(repo.create(input));
}
