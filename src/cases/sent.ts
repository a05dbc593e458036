/**
 * Only the fields a client sent. DTO classes declare every field, so a field left out can arrive as an own
 * `undefined` property; assigning it onto an entity would blank the value in the response and the audit trail.
 */
export const sent = <T extends object>(dto: T): Partial<T> => Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
