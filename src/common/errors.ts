import { HttpStatus } from '@nestjs/common';

/** Domain error codes: stable strings clients can switch on. */
export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  Unauthenticated = 'UNAUTHENTICATED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  StaleVersion = 'STALE_VERSION',
  InvalidTransition = 'INVALID_TRANSITION',
  RecordFrozen = 'RECORD_FROZEN',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  LegalRuleViolation = 'LEGAL_RULE_VIOLATION',
  /** No version of a catalogue code is in force on the date that decides it (NĐ 118/2021 Đ7 k2). */
  NoVersionInForce = 'NO_VERSION_IN_FORCE',
  /** A stored file no longer matches its SHA-256 (damaged or tampered with); never served. */
  StorageCorrupt = 'STORAGE_CORRUPT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL',
}

export const HTTP_STATUS_OF: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.ValidationFailed]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [ErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ErrorCode.Conflict]: HttpStatus.CONFLICT,
  [ErrorCode.StaleVersion]: HttpStatus.CONFLICT,
  [ErrorCode.InvalidTransition]: HttpStatus.CONFLICT,
  [ErrorCode.RecordFrozen]: HttpStatus.CONFLICT,
  [ErrorCode.PayloadTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [ErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.LegalRuleViolation]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.NoVersionInForce]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.StorageCorrupt]: HttpStatus.INTERNAL_SERVER_ERROR,
  [ErrorCode.ServiceUnavailable]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.Internal]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/** One offending field of a request, addressed by its path (e.g. `acts[0].endedOn`). */
export interface FieldError {
  field: string;
  messages: string[];
}

/** The error every layer throws; the global filter turns it into `{ code, message, details }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): HttpStatus {
    return HTTP_STATUS_OF[this.code];
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NotFound, `${what} not found`);
  }

  static validation(fields: FieldError[], message = 'Invalid request'): AppError {
    return new AppError(ErrorCode.ValidationFailed, `${message}: ${fields.map((f) => f.field).join(', ')}`, {
      fields,
    });
  }

  static field(field: string, message: string): AppError {
    return AppError.validation([{ field, messages: [message] }]);
  }

  static staleVersion(entity: string, expected: number, actual: number): AppError {
    return new AppError(ErrorCode.StaleVersion, `${entity} was changed by someone else (you sent version ${expected}, it is now ${actual}); reload and try again`, {
      expectedVersion: expected,
      currentVersion: actual,
    });
  }
}
