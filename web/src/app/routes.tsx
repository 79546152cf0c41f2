// The route registry: every page of the signed-in app, lazy-loaded, and the side menu.
// To add a page: add one entry to `routes` (and its menu entry below if it is new).
import { lazy, type ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CommentOutlined,
  FlagOutlined,
  FundOutlined,
  HomeOutlined,
  ImportOutlined,
  KeyOutlined,
  NotificationOutlined,
  ProfileOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { MessageKey } from '@xianfeng/shared/i18n';
import type { Permission } from './access';

export type MenuKey =
  | 'home'
  | 'orgs'
  | 'people'
  | 'records'
  | 'compliance'
  | 'campaigns'
  | 'tasks'
  | 'ledgers'
  | 'board'
  | 'concerns'
  | 'me'
  | 'accounts'
  | 'imports'
  | 'audit';

export interface AppRoute {
  path: string;
  element: ReactNode;
  /** The side-menu entry highlighted on this page. */
  menuKey?: MenuKey;
}

const HomePage = lazy(() => import('../modules/home/HomePage'));
const OrgsPage = lazy(() => import('../modules/orgs/OrgsPage'));
const AuditPage = lazy(() => import('../modules/audit/AuditPage'));
const RosterPage = lazy(() => import('../modules/people/RosterPage'));
const PersonPage = lazy(() => import('../modules/people/PersonPage'));
const AccountsPage = lazy(() => import('../modules/accounts/AccountsPage'));
const ImportsPage = lazy(() => import('../modules/imports/ImportsPage'));
const RecordsPage = lazy(() => import('../modules/records/RecordsPage'));
const RecordFormPage = lazy(() => import('../modules/records/RecordFormPage'));
const RecordPage = lazy(() => import('../modules/records/RecordPage'));
const CheckInHostPage = lazy(() => import('../modules/records/CheckInHostPage'));
const CheckInPage = lazy(() => import('../modules/records/CheckInPage'));
const CompliancePage = lazy(() => import('../modules/compliance/CompliancePage'));
const RulesPage = lazy(() => import('../modules/compliance/RulesPage'));
const MePage = lazy(() => import('../modules/me/MePage'));
const CampaignsPage = lazy(() => import('../modules/campaigns/CampaignsPage'));
const CampaignPage = lazy(() => import('../modules/campaigns/CampaignPage'));
const CampaignPlanPage = lazy(() => import('../modules/campaigns/PlanPage'));
const TasksPage = lazy(() => import('../modules/campaigns/tasks/TasksPage'));
const AssignmentPage = lazy(() => import('../modules/campaigns/tasks/AssignmentPage'));
const LedgersPage = lazy(() => import('../modules/ledgers/LedgersPage'));
const LedgerPage = lazy(() => import('../modules/ledgers/LedgerPage'));
const LedgerItemsPage = lazy(() => import('../modules/ledgers/ItemsPage'));
const LedgerItemPage = lazy(() => import('../modules/ledgers/ItemPage'));
const LedgerFiguresPage = lazy(() => import('../modules/ledgers/FiguresPage'));
const BoardPage = lazy(() => import('../modules/ledgers/BoardPage'));
const MyBoard = lazy(() => import('../modules/ledgers/BoardPage').then((m) => ({ default: m.MyBoardRedirect })));
const ConcernsPage = lazy(() => import('../modules/concerns/ConcernsPage'));

export const routes: AppRoute[] = [
  { path: '/', element: <HomePage />, menuKey: 'home' },
  { path: '/orgs', element: <OrgsPage />, menuKey: 'orgs' },
  { path: '/orgs/:id', element: <OrgsPage />, menuKey: 'orgs' },
  { path: '/audit', element: <AuditPage />, menuKey: 'audit' },
  { path: '/people', element: <RosterPage />, menuKey: 'people' },
  { path: '/people/:id', element: <PersonPage />, menuKey: 'people' },
  { path: '/accounts', element: <AccountsPage />, menuKey: 'accounts' },
  { path: '/imports', element: <ImportsPage />, menuKey: 'imports' },
  { path: '/records', element: <RecordsPage />, menuKey: 'records' },
  { path: '/records/new', element: <RecordFormPage />, menuKey: 'records' },
  { path: '/records/:id', element: <RecordPage />, menuKey: 'records' },
  { path: '/records/:id/edit', element: <RecordFormPage />, menuKey: 'records' },
  { path: '/records/:id/check-in', element: <CheckInHostPage />, menuKey: 'records' },
  { path: '/check-in/:id', element: <CheckInPage />, menuKey: 'me' },
  { path: '/compliance', element: <CompliancePage />, menuKey: 'compliance' },
  { path: '/compliance/rules', element: <RulesPage />, menuKey: 'compliance' },
  { path: '/me', element: <MePage />, menuKey: 'me' },
  { path: '/campaigns', element: <CampaignsPage />, menuKey: 'campaigns' },
  { path: '/campaigns/new', element: <CampaignPlanPage />, menuKey: 'campaigns' },
  { path: '/campaigns/:id', element: <CampaignPage />, menuKey: 'campaigns' },
  { path: '/campaigns/:id/plan', element: <CampaignPlanPage />, menuKey: 'campaigns' },
  { path: '/tasks', element: <TasksPage />, menuKey: 'tasks' },
  { path: '/assignments/:id', element: <AssignmentPage />, menuKey: 'tasks' },
  { path: '/ledgers', element: <LedgersPage />, menuKey: 'ledgers' },
  { path: '/ledgers/:id', element: <LedgerPage />, menuKey: 'ledgers' },
  { path: '/ledger-items', element: <LedgerItemsPage />, menuKey: 'ledgers' },
  { path: '/ledger-items/:id', element: <LedgerItemPage />, menuKey: 'ledgers' },
  { path: '/ledger-figures', element: <LedgerFiguresPage />, menuKey: 'ledgers' },
  { path: '/board', element: <MyBoard />, menuKey: 'board' },
  { path: '/board/:orgId', element: <BoardPage />, menuKey: 'board' },
  { path: '/concerns', element: <ConcernsPage />, menuKey: 'concerns' },
];

export interface MenuEntry {
  key: MenuKey;
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Shown only to users who hold this permission somewhere. */
  permission?: Permission;
}

export const menu: MenuEntry[] = [
  { key: 'home', path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  { key: 'orgs', path: '/orgs', label: 'nav.orgs', icon: <ApartmentOutlined />, permission: 'org.read' },
  { key: 'people', path: '/people', label: 'nav.people', icon: <TeamOutlined />, permission: 'person.read' },
  { key: 'records', path: '/records', label: 'nav.records', icon: <CalendarOutlined />, permission: 'record.read' },
  { key: 'compliance', path: '/compliance', label: 'nav.compliance', icon: <FundOutlined />, permission: 'record.read' },
  { key: 'campaigns', path: '/campaigns', label: 'nav.campaigns', icon: <FlagOutlined />, permission: 'campaign.read' },
  { key: 'tasks', path: '/tasks', label: 'nav.tasks', icon: <CarryOutOutlined />, permission: 'record.write' },
  { key: 'ledgers', path: '/ledgers', label: 'nav.ledgers', icon: <ProfileOutlined />, permission: 'ledger.read' },
  // The 挂牌 board is public within the organisation: members see their own branch's.
  { key: 'board', path: '/board', label: 'nav.board', icon: <NotificationOutlined /> },
  // 急难愁盼: triage is for those who may decide (ledger.manage); secretaries follow their node's items elsewhere.
  { key: 'concerns', path: '/concerns', label: 'nav.concerns', icon: <CommentOutlined />, permission: 'ledger.manage' },
  { key: 'me', path: '/me', label: 'nav.me', icon: <SolutionOutlined /> },
  { key: 'accounts', path: '/accounts', label: 'nav.accounts', icon: <KeyOutlined />, permission: 'account.manage' },
  { key: 'imports', path: '/imports', label: 'nav.imports', icon: <ImportOutlined />, permission: 'org.write' },
  { key: 'audit', path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
];
