import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '@app/common/errors';

/** One uploaded file, read whole into memory (bounded by the size limit), and the form's text fields. */
export interface EvidenceUpload {
  fields: Record<string, string>;
  file: { bytes: Buffer; fileName: string; declaredType: string } | null;
}

const tooLarge = (limit: number) =>
  new AppError(ErrorCode.PayloadTooLarge, `The file is larger than the limit of ${limit} bytes (${(limit / 1024 / 1024).toFixed(1)} MiB); nothing was stored`, { limitBytes: limit });

/** The plugin's limit errors (file size, number of files or parts) as our 413. */
function limitError(e: unknown, limit: number): AppError | null {
  const err = e as { code?: string; statusCode?: number } | null;
  if (err?.code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(limit);
  if (err?.statusCode === 413) return new AppError(ErrorCode.PayloadTooLarge, 'Send one file per upload, with at most 20 short fields; nothing was stored');
  return null;
}

/**
 * Reads a multipart/form-data evidence upload. Nothing is written anywhere here: a file over the limit stops the
 * read with a 413 before any byte is stored.
 */
export async function readEvidenceUpload(request: FastifyRequest, limitBytes: number): Promise<EvidenceUpload> {
  if (!request.isMultipart()) throw new AppError(ErrorCode.UnsupportedMediaType, 'Send the evidence as multipart/form-data with a "file" part');
  const upload: EvidenceUpload = { fields: {}, file: null };
  try {
    for await (const part of request.parts({ limits: { fileSize: limitBytes, files: 1, fields: 20, fieldSize: 10_000 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') throw AppError.field(part.fieldname, 'unexpected file part; send the file as "file"');
        const bytes = await part.toBuffer();
        upload.file = { bytes, fileName: part.filename || 'evidence', declaredType: part.mimetype ?? '' };
      } else {
        upload.fields[part.fieldname] = String(part.value);
      }
    }
  } catch (e) {
    throw limitError(e, limitBytes) ?? e;
  }
  if (!upload.file) throw AppError.field('file', 'no file part: send the file as "file"');
  return upload;
}
