// Fetchers, query keys and hooks of concerns (急难愁盼): the public channel, submitting and following without an
// account (/api/public/concerns), and the staff's triage and channels (/api/concerns, /api/concern-channels).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Page } from '@xianfeng/shared/schemas/common';
import type {
  AcceptConcernBody,
  AcceptLedger,
  ChannelsQuery,
  ConcernChannelView,
  ConcernFollow,
  ConcernsQuery,
  ConcernView,
  PublicChannel,
  RejectConcernBody,
  SubmitConcernBody,
} from '@xianfeng/shared/schemas/concerns';
import { api } from '../../app/api';

export type ConcernsParams = Required<Pick<ConcernsQuery, 'page' | 'pageSize'>> & Omit<ConcernsQuery, 'page' | 'pageSize'>;
export type ChannelsParams = Required<Pick<ChannelsQuery, 'page' | 'pageSize'>> & Omit<ChannelsQuery, 'page' | 'pageSize'>;

export const concernKeys = {
  all: ['concerns'] as const,
  list: (p: ConcernsParams) => ['concerns', 'list', p] as const,
  detail: (id: number) => ['concerns', 'detail', id] as const,
  ledgers: (id: number) => ['concerns', 'ledgers', id] as const,
  channels: (p: ChannelsParams) => ['concerns', 'channels', p] as const,
  channel: (token: string) => ['concerns', 'public', 'channel', token] as const,
  follow: (code: string) => ['concerns', 'public', 'follow', code] as const,
};

// ---- public ----
export const fetchPublicChannel = (token: string) => api.get<PublicChannel>(`/public/concerns/channel/${encodeURIComponent(token)}`);
export const submitConcern = (token: string, body: SubmitConcernBody) =>
  api.post<{ followCode: string }>(`/public/concerns/${encodeURIComponent(token)}`, body);
export const fetchFollow = (code: string) => api.get<ConcernFollow>(`/public/concerns/follow/${encodeURIComponent(code)}`);

export const usePublicChannel = (token: string) =>
  useQuery({ queryKey: concernKeys.channel(token), queryFn: () => fetchPublicChannel(token), staleTime: 60_000 });
export const useFollow = (code: string | undefined) =>
  useQuery({ queryKey: concernKeys.follow(code ?? ''), queryFn: () => fetchFollow(code!), enabled: !!code, staleTime: 30_000 });

// ---- staff ----
export const fetchConcerns = (p: ConcernsParams) => api.get<Page<ConcernView>>('/concerns', { ...p });
export const fetchConcern = (id: number) => api.get<ConcernView>(`/concerns/${id}`);
export const fetchLedgersFor = (id: number) => api.get<AcceptLedger[]>(`/concerns/${id}/ledgers`);
export const acceptConcern = (id: number, body: AcceptConcernBody) => api.post<ConcernView>(`/concerns/${id}/accept`, body);
export const rejectConcern = (id: number, body: RejectConcernBody) => api.post<ConcernView>(`/concerns/${id}/reject`, body);

export const fetchChannels = (p: ChannelsParams) => api.get<Page<ConcernChannelView>>('/concern-channels', { ...p });
export const openChannel = (orgId: number) => api.post<ConcernChannelView>('/concern-channels', { orgId });
export const setChannelEnabled = (id: number, version: number, enabled: boolean) =>
  api.patch<ConcernChannelView>(`/concern-channels/${id}`, { version, enabled });
export const regenerateChannel = (id: number, version: number) =>
  api.post<ConcernChannelView>(`/concern-channels/${id}/regenerate`, { version });

export const useConcerns = (p: ConcernsParams) =>
  useQuery({ queryKey: concernKeys.list(p), queryFn: () => fetchConcerns(p), placeholderData: keepPreviousData });
export const useConcern = (id: number | null) =>
  useQuery({ queryKey: concernKeys.detail(id ?? 0), queryFn: () => fetchConcern(id!), enabled: !!id });
export const useLedgersFor = (id: number | null, enabled: boolean) =>
  useQuery({ queryKey: concernKeys.ledgers(id ?? 0), queryFn: () => fetchLedgersFor(id!), enabled: !!id && enabled });
export const useChannels = (p: ChannelsParams) =>
  useQuery({ queryKey: concernKeys.channels(p), queryFn: () => fetchChannels(p), placeholderData: keepPreviousData });

/** The absolute link of a channel's public page, as the QR code carries it. */
export const channelUrl = (path: string) => new URL(path, window.location.origin).toString();
