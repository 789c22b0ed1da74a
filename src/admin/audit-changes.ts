/** The most change lines an audit entry carries; the rest is only counted. */
const AUDIT_LINES = 50;

/** An audit entry's before → after part (trees and pool alike): the first lines, a line for the rest, and the count. */
export function auditChanges(lines: string[]): { changes: string[]; changeCount: number } {
  const kept = lines.slice(0, AUDIT_LINES);
  if (lines.length > AUDIT_LINES) kept.push(`… en nog ${lines.length - AUDIT_LINES} wijzigingen`);
  return { changes: kept, changeCount: lines.length };
}
