import { ValidateUuid } from '@app/common/dto.decorators';

/** `:id` route parameters are UUIDs; anything else is a 422 naming `id`, not a database error. */
export class IdParam {
  @ValidateUuid()
  id!: string;
}
