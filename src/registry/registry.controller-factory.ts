import { Body, Controller, Get, Param, Patch, Post, Query, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { RegistryEntity, RegistryListQuery, RegistryResource } from '@app/registry/registry.spec-types';
import { RegistryService } from '@app/registry/registry.service';
import { Role } from '@app/common/role';

/** Who may change the registry: staff who work with it; leaders and the ministry only read. */
export const REGISTRY_WRITERS = [Role.Inspector, Role.LegalOfficer, Role.DepartmentAdmin];

interface ControllerOptions<E extends RegistryEntity, R> {
  resource: RegistryResource<E, R, never>;
  /** Vietnamese name for the OpenAPI summaries, e.g. "cơ quan báo chí". */
  termVi: string;
  createDto: Type<object>;
  updateDto: Type<{ version: number }>;
  queryDto: Type<RegistryListQuery>;
  responseDto: Type<R>;
  pageDto: Type<object>;
}

/**
 * Builds the thin CRUD controller of one registry resource. Parameter types are generic here, so the
 * real DTO classes are written into `design:paramtypes` afterwards: the global ValidationPipe and the
 * OpenAPI generator read them from there.
 */
export function registryController<E extends RegistryEntity, R>(o: ControllerOptions<E, R>): Type<unknown> {
  const { resource } = o;

  @ApiTags('registry')
  @ApiBearerAuth()
  @ApiExtraModels(o.responseDto)
  @Controller(`registry/${resource.path}`)
  class RegistryResourceController {
    constructor(readonly registry: RegistryService) {}

    @Get()
    @ApiOperation({ summary: `List ${o.termVi} (filters, text search, pagination, sorting)` })
    @ApiOkResponse({ type: o.pageDto })
    list(@CurrentActor() actor: Actor, @Query() query: RegistryListQuery) {
      return this.registry.list(resource, actor, query as never);
    }

    @Get(':id')
    @ApiOperation({ summary: `One ${o.termVi}` })
    @ApiOkResponse({ type: o.responseDto })
    get(@CurrentActor() actor: Actor, @Param() { id }: IdParam) {
      return this.registry.get(resource, actor, id);
    }

    @Post()
    @Roles(...REGISTRY_WRITERS)
    @ApiOperation({ summary: `Add ${o.termVi}` })
    @ApiCreatedResponse({ type: o.responseDto })
    create(@CurrentActor() actor: Actor, @Body() dto: object) {
      return this.registry.create(resource, actor, dto as never);
    }

    @Patch(':id')
    @Roles(...REGISTRY_WRITERS)
    @ApiOperation({ summary: `Change ${o.termVi}; send the version you read (a stale one answers 409)` })
    @ApiOkResponse({ type: o.responseDto })
    update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: { version: number }) {
      const { version, ...changes } = dto;
      return this.registry.update(resource, actor, id, version, changes as never);
    }
  }

  const proto = RegistryResourceController.prototype;
  Reflect.defineMetadata('design:paramtypes', [Object, o.queryDto], proto, 'list');
  Reflect.defineMetadata('design:paramtypes', [Object, o.createDto], proto, 'create');
  Reflect.defineMetadata('design:paramtypes', [Object, IdParam, o.updateDto], proto, 'update');
  Object.defineProperty(RegistryResourceController, 'name', { value: `${o.responseDto.name.replace(/Dto$/, '')}Controller` });
  return RegistryResourceController;
}
