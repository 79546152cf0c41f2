// The message catalogues, assembled from one file per domain in ./messages (zh-CN first, en-US beside it).
import { accountsMessages } from './messages/accounts';
import { campaignsMessages } from './messages/campaigns';
import { commonMessages } from './messages/common';
import { complianceMessages } from './messages/compliance';
import { importsMessages } from './messages/imports';
import { labelsMessages } from './messages/labels';
import { orgsMessages } from './messages/orgs';
import { peopleMessages } from './messages/people';
import { recordsMessages } from './messages/records';
import { webMessages } from './messages/web';
import { webPeopleMessages } from './messages/webPeople';
import { webComplianceMessages } from './messages/webCompliance';
import { webRecordsMessages } from './messages/webRecords';
import { webRestructureMessages } from './messages/webRestructure';
import { campaignsEvidenceMessages } from './messages/campaignsEvidence';
import { campaignsCascadeMessages } from './messages/campaignsCascade';
import { campaignsFiguresMessages } from './messages/campaignsFigures';
import { webCampaignsMessages } from './messages/webCampaigns';
import { webAssignmentsMessages } from './messages/webAssignments';
import { ledgersMessages } from './messages/ledgers';
import { ledgerFiguresMessages } from './messages/ledgerFigures';
import { webLedgersMessages } from './messages/webLedgers';
import { ledgerFilesMessages } from './messages/ledgerFiles';
import { ledgerImportsMessages } from './messages/ledgerImports';
import { webLedgerImportsMessages } from './messages/webLedgerImports';
import { webLedgerFilesMessages } from './messages/webLedgerFiles';
import { concernsMessages } from './messages/concerns';
import { webConcernsMessages } from './messages/webConcerns';
import { webCampaignLedgersMessages } from './messages/webCampaignLedgers';

const all = [commonMessages, labelsMessages, accountsMessages, orgsMessages, peopleMessages, importsMessages, webMessages, webPeopleMessages, complianceMessages, recordsMessages, webRestructureMessages, webRecordsMessages, webComplianceMessages, campaignsMessages,
  campaignsEvidenceMessages, campaignsCascadeMessages, campaignsFiguresMessages, webCampaignsMessages, webAssignmentsMessages, ledgersMessages, ledgerFiguresMessages, webLedgersMessages, ledgerFilesMessages, ledgerImportsMessages, webLedgerImportsMessages, webLedgerFilesMessages,
  concernsMessages, webConcernsMessages, webCampaignLedgersMessages] as const;
type Union = (typeof all)[number]['zh'];
type Merge<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

export const zhCN = Object.assign({}, ...all.map((m) => m.zh)) as Merge<Union>;
export const enUS = Object.assign({}, ...all.map((m) => m.en)) as Record<keyof typeof zhCN, string>;
export type MessageKey = keyof typeof zhCN;
