// Every table of every module, for drizzle-kit and the typed client.
export * from '../modules/orgs/orgs.schema';
export * from '../modules/people/people.schema';
export * from '../modules/accounts/accounts.schema';
export * from '../modules/audit/audit.schema';
export * from '../modules/records/records.schema';
export * from '../modules/compliance/compliance.schema';
export * from '../modules/notifications/notifications.schema';
export * from '../modules/campaigns/campaigns.schema';
export * from '../modules/ledgers/ledgers.schema';
