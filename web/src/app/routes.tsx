// The route registry: every page of the signed-in app, lazy-loaded, and the side menu.
// To add a page: add one entry to `routes` (and its menu entry below if it is new).
import { lazy, type ReactNode } from 'react';
import { ApartmentOutlined, AuditOutlined, HomeOutlined, ImportOutlined, KeyOutlined, TeamOutlined } from '@ant-design/icons';
import type { MessageKey } from '@xianfeng/shared/i18n';
import type { Permission } from './access';

export type MenuKey = 'home' | 'orgs' | 'people' | 'accounts' | 'imports' | 'audit';

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

export const routes: AppRoute[] = [
  { path: '/', element: <HomePage />, menuKey: 'home' },
  { path: '/orgs', element: <OrgsPage />, menuKey: 'orgs' },
  { path: '/orgs/:id', element: <OrgsPage />, menuKey: 'orgs' },
  { path: '/audit', element: <AuditPage />, menuKey: 'audit' },
  { path: '/people', element: <RosterPage />, menuKey: 'people' },
  { path: '/people/:id', element: <PersonPage />, menuKey: 'people' },
  { path: '/accounts', element: <AccountsPage />, menuKey: 'accounts' },
  { path: '/imports', element: <ImportsPage />, menuKey: 'imports' },
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
  { key: 'accounts', path: '/accounts', label: 'nav.accounts', icon: <KeyOutlined />, permission: 'account.manage' },
  { key: 'imports', path: '/imports', label: 'nav.imports', icon: <ImportOutlined />, permission: 'org.write' },
  { key: 'audit', path: '/audit', label: 'nav.audit', icon: <AuditOutlined />, permission: 'audit.read' },
];
