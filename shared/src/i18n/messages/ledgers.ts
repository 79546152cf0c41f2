import { defineMessages } from '../define';

// Owned by one helper this session; filled in as the work lands.
export const ledgersMessages = defineMessages({}, {});
