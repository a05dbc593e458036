import { ApiProperty, ApiPropertyOptional, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorCode } from '@app/common/errors';

/** The one error shape of the API (AppExceptionFilter): documented so clients and the contract tests can rely on it. */
export class ApiErrorDto {
  @ApiProperty({
    description: `Stable code to switch on: ${Object.values(ErrorCode).join(', ')}; HTTP_<status> for another refusal`,
    example: ErrorCode.ValidationFailed,
  })
  code!: string;

  @ApiProperty({ description: 'What went wrong, in English, for the log and the operator', example: 'Invalid request: title' })
  message!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Structured detail: `fields` ({ field, messages }[]) for VALIDATION_FAILED, `reasons` for LEGAL_RULE_VIOLATION, …',
  })
  details?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'The x-request-id of the call, to find it in the log' })
  requestId?: string;
}

const ERROR_REF = { $ref: '#/components/schemas/ApiErrorDto' };

/**
 * Every operation answers its refusals in ApiErrorDto: a `default` response on each, and the content of the 4xx/5xx
 * responses a controller documents only by description. (A response documented with its own body keeps it.)
 */
export function documentErrorShape(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = item[method];
      if (!op) continue;
      for (const [status, response] of Object.entries(op.responses)) {
        const documentedByDescriptionOnly = /^[45]/.test(status) && response && 'description' in response && !response.content;
        if (documentedByDescriptionOnly) response.content = { 'application/json': { schema: ERROR_REF } };
      }
      op.responses.default ??= { description: 'Refused: the error shape', content: { 'application/json': { schema: ERROR_REF } } };
    }
  }
  return document;
}
