// Public surface of the audit module: every write elsewhere records itself through recordAudit.
export { recordAudit, listAuditEntries, type AuditInput } from './audit.service';
export { auditRoutes } from './audit.routes';
