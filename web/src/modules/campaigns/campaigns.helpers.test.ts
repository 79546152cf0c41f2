import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import type { Phase, RequiredAction } from '@xianfeng/shared/schemas/campaigns';
import { ANY_DEPTH, emptyAction, fromAction, toActionBody } from './actionForm';
import {
  completionText,
  daysBetween,
  deadlineTone,
  nextSortOrder,
  shiftDay,
  shiftPreview,
  targetText,
  timelineGroups,
} from './campaigns.helpers';
import { parseCampaigns, toSearch } from './campaigns.url';

const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en-US', key, params);

const action = (over: Partial<RequiredAction>): RequiredAction => ({
  id: 1,
  phaseId: null,
  ownerOrgId: null,
  title: '动作',
  guidance: null,
  deadline: '2019-10-22',
  targetTypes: [],
  targetDepth: 1,
  contactPersonId: null,
  completion: 'record_kind',
  recordKind: 'study_session',
  recordScope: 'node',
  minCount: 1,
  needsApproval: false,
  sortOrder: 0,
  version: 1,
  ...over,
});
const phase = (id: number, sortOrder: number, name: string): Phase => ({
  id,
  name,
  sortOrder,
  startsOn: null,
  endsOn: null,
  version: 1,
});

describe('who an action targets', () => {
  it('reads depth and types as the plan says them', () => {
    expect(targetText(zh, ['committee'], 1)).toBe('下一级党组织（党委）');
    expect(targetText(zh, [], 1)).toBe('下一级党组织');
    expect(targetText(zh, ['branch'], null)).toBe('所有党支部');
    expect(targetText(zh, ['committee', 'general_branch'], null)).toBe('所有党委、党总支');
    expect(targetText(zh, [], null)).toBe('所有下级党组织');
    expect(targetText(zh, [], 0)).toBe('本级党组织');
    expect(targetText(zh, ['branch'], 2)).toBe('下2级党组织（党支部）');
    expect(targetText(en, ['committee'], 1)).toBe('nodes one level below (committee)');
  });
});

describe('what completes an action', () => {
  const kindName = (code: string) => ({ study_session: '学习研讨' })[code] ?? code;
  it('names the kind, the count and the scope', () => {
    expect(completionText(zh, action({ minCount: 2, recordScope: 'subtree' }), kindName)).toBe(
      '组织生活记录：学习研讨 至少 2 次（含下级）',
    );
    expect(completionText(zh, action({}), kindName)).toBe('组织生活记录：学习研讨');
    expect(completionText(zh, action({ completion: 'documents', recordKind: null, minCount: 1 }))).toBe('上传材料');
    expect(completionText(zh, action({ completion: 'documents', recordKind: null, minCount: 2 }))).toBe('上传材料：至少 2 份');
    expect(completionText(zh, action({ completion: 'confirmation', recordKind: null, minCount: null }))).toBe('确认完成');
    expect(completionText(zh, action({ completion: 'records', recordKind: null, minCount: 3 }))).toBe('关联记录：至少 3 次');
  });
});

describe('dates of 复制为模板', () => {
  it('counts and shifts calendar days across months, years and leap days', () => {
    expect(daysBetween('2019-09-01', '2020-09-01')).toBe(366);
    expect(daysBetween('2020-09-01', '2019-09-01')).toBe(-366);
    expect(shiftDay('2019-10-22', 366)).toBe('2020-10-22');
    expect(shiftDay('2020-03-01', -1)).toBe('2020-02-29');
    expect(shiftDay('2019-12-31', 1)).toBe('2020-01-01');
  });

  it('previews the period and the owner’s deadlines moved alike (not 自选动作)', () => {
    const c = {
      periodStart: '2019-09-01',
      periodEnd: '2020-01-31',
      actions: [
        action({ deadline: '2019-10-22' }),
        action({ deadline: '2019-09-20' }),
        action({ deadline: '2019-12-01', ownerOrgId: 9 }),
      ],
    };
    expect(shiftPreview(c, '2020-09-01')).toEqual({
      days: 366,
      periodStart: '2020-09-01',
      periodEnd: '2021-01-31',
      firstDeadline: '2020-09-20',
      lastDeadline: '2020-10-22',
    });
    expect(shiftPreview({ ...c, actions: [] }, '2019-08-31')).toMatchObject({
      days: -1,
      periodEnd: '2020-01-30',
      firstDeadline: null,
    });
  });
});

describe('the deadline timeline', () => {
  it('groups by phase in the phases’ order, each by deadline, unphased last', () => {
    const phases = [phase(2, 20, '组织实施'), phase(1, 10, '筹划部署')];
    const actions = [
      action({ id: 10, phaseId: 2, deadline: '2019-10-27' }),
      action({ id: 11, phaseId: 1, deadline: '2019-09-24' }),
      action({ id: 12, phaseId: 2, deadline: '2019-10-22' }),
      action({ id: 13, phaseId: null, deadline: '2019-11-30' }),
      action({ id: 14, phaseId: 1, deadline: '2019-09-20' }),
    ];
    const groups = timelineGroups(phases, actions);
    expect(groups.map((g) => g.phase?.name ?? null)).toEqual(['筹划部署', '组织实施', null]);
    expect(groups.map((g) => g.actions.map((a) => a.id))).toEqual([[14, 11], [12, 10], [13]]);
    expect(
      timelineGroups(
        phases,
        actions.filter((a) => a.phaseId !== null),
      ).length,
    ).toBe(2);
  });

  it('tells past deadlines from those due within a week', () => {
    expect(deadlineTone('2019-10-21', '2019-10-22')).toBe('past');
    expect(deadlineTone('2019-10-22', '2019-10-22')).toBe('soon');
    expect(deadlineTone('2019-10-29', '2019-10-22')).toBe('soon');
    expect(deadlineTone('2019-10-30', '2019-10-22')).toBe('later');
  });
});

describe('plan helpers', () => {
  it('puts new items last', () => {
    expect(nextSortOrder([])).toBe(10);
    expect(nextSortOrder([{ sortOrder: 30 }, { sortOrder: 10 }])).toBe(40);
  });
});

describe('the action form', () => {
  it('sends what applies to the completion and null for the rest', () => {
    const base = { ...emptyAction(3), title: ' 召开动员部署会 ', deadline: dayjs('2019-09-24'), recordKind: 'mobilization' };
    expect(toActionBody(base, 10)).toEqual({
      title: '召开动员部署会',
      guidance: null,
      phaseId: 3,
      deadline: '2019-09-24',
      targetDepth: 1,
      targetTypes: [],
      contactPersonId: null,
      completion: 'record_kind',
      recordKind: 'mobilization',
      recordScope: 'node',
      minCount: 1,
      needsApproval: false,
      sortOrder: 10,
    });
    const docs = toActionBody(
      { ...base, completion: 'documents', recordScope: 'subtree', minCount: 2, targetDepth: ANY_DEPTH, targetTypes: ['branch'] },
      0,
    );
    expect(docs).toMatchObject({
      recordKind: null,
      recordScope: 'node',
      minCount: 2,
      targetDepth: null,
      targetTypes: ['branch'],
    });
    expect(toActionBody({ ...base, completion: 'confirmation' }, 0)).toMatchObject({ recordKind: null, minCount: null });
  });

  it('reads an action back unchanged', () => {
    const a = action({
      targetDepth: null,
      targetTypes: ['branch'],
      minCount: 2,
      recordScope: 'subtree',
      guidance: '要求',
      phaseId: 4,
    });
    const { version: _v, id: _i, ownerOrgId: _o, ...body } = a;
    expect(toActionBody(fromAction(a), a.sortOrder)).toEqual(body);
  });
});

describe('the list’s URL state', () => {
  it('reads filters and paging, drops unknown values, and writes them back', () => {
    const p = parseCampaigns(new URLSearchParams('status=launched&kind=bogus&q=%20主题教育%20&page=3&pageSize=50'));
    expect(p).toEqual({ status: 'launched', kind: undefined, q: '主题教育', page: 3, pageSize: 50 });
    expect(parseCampaigns(toSearch(p))).toEqual(p);
    expect(toSearch({ page: 1, pageSize: 20 }).toString()).toBe('');
  });
});
