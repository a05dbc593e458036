import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { currentRequestId } from '@app/common/request-context';
import { AuditEvent } from '@app/audit/audit-event.entity';
import type { Actor } from '@app/common/actor';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
  departmentId?: string | null;
}

/** Strips secrets and turns entities into plain JSON before they are written to the trail. */
const snapshot = (value: object | null | undefined): Record<string, unknown> | null => {
  if (value === null || value === undefined) return null;
  const plain = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  delete plain.passwordHash;
  return plain;
};

@Injectable()
export class AuditService {
  /** Writes inside the caller's transaction, so the change and its trail commit or fail together. */
  async record(manager: EntityManager, actor: Actor | null, entry: AuditEntry): Promise<void> {
    await manager.save(
      manager.create(AuditEvent, {
      actorId: actor?.userId ?? null,
      departmentId: entry.departmentId ?? actor?.departmentId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
        requestId: currentRequestId(),
      }),
    );
  }
}
