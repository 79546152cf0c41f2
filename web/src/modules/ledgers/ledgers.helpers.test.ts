import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '@xianfeng/shared/i18n';
import { ITEM_COLOURS, ITEM_STATUSES, itemFieldsByKind, type ItemDetail } from '@xianfeng/shared/schemas/ledgers';
import { COLOUR_TONES, daysUntil, fieldsOf, fieldValues, pendingExtension, share, STATUS_TAGS, stepsOf } from './ledgers.helpers';
import {
  boardSearch,
  figuresSearch,
  itemsLink,
  itemsSearch,
  ledgersSearch,
  parseBoard,
  parseFigures,
  parseItems,
  parseLedgers,
} from './ledgers.url';

type Update = ItemDetail['updates'][number];
const update = (id: number, kind: Update['kind'], over: Partial<Update> = {}): Update => ({
  id,
  kind,
  on: '2026-03-01',
  text: null,
  progress: null,
  newDeadline: null,
  step: null,
  personId: null,
  at: '2026-03-01T02:00:00.000Z',
  ...over,
});
const can = (over: Partial<ItemDetail['can']> = {}) => ({ update: false, manage: false, close: false, ...over });
const item = (status: ItemDetail['status'], c: ItemDetail['can'], updates: Update[] = []) => ({ status, can: c, updates });

describe('colours and statuses', () => {
  it('gives every colour and status a look and a label in both languages', () => {
    for (const c of ITEM_COLOURS) {
      expect(COLOUR_TONES[c].color).toMatch(/^#[0-9a-f]{6}$/);
      for (const locale of ['zh-CN', 'en-US'] as const) expect(translate(locale, `itemColour.${c}` as MessageKey)).not.toBe(`itemColour.${c}`);
    }
    for (const s of ITEM_STATUSES) {
      expect(STATUS_TAGS[s]).toBeTruthy();
      expect(translate('zh-CN', `itemStatus.${s}` as MessageKey)).not.toBe(`itemStatus.${s}`);
    }
    expect(translate('zh-CN', 'itemColour.overdue')).toBe('已逾期');
    // Overdue reads red, closed green: the board's meaning at a glance.
    expect(COLOUR_TONES.overdue.tag).toBe('error');
    expect(COLOUR_TONES.closed.tag).toBe('success');
  });
});

describe('stepsOf', () => {
  it('offers the responsible unit progress, 申请销号 and an extension request while the item is open', () => {
    for (const status of ['registered', 'in_progress', 'returned', 'extended'] as const)
      expect(stepsOf(item(status, can({ update: true })))).toEqual(['progress', 'request-close', 'request-extension']);
  });

  it('offers 销号 / 退回 to the closer only once closing was asked, and nothing to a reader', () => {
    expect(stepsOf(item('close_requested', can({ update: true, close: true })))).toEqual(['close', 'return']);
    expect(stepsOf(item('close_requested', can({ update: true })))).toEqual([]);
    expect(stepsOf(item('in_progress', can({ close: true })))).toEqual([]);
    expect(stepsOf(item('in_progress', can()))).toEqual([]);
  });

  it('offers 重新打开 of a closed item to the list’s managers only', () => {
    expect(stepsOf(item('closed', can({ manage: true, close: true, update: true })))).toEqual(['reopen']);
    expect(stepsOf(item('closed', can({ update: true, close: true })))).toEqual([]);
  });

  it('offers 批准延期 only while a request waits (the last extension update is a request)', () => {
    const asked = [update(1, 'progress'), update(2, 'extend_request', { newDeadline: '2026-05-01', text: '原因' })];
    expect(stepsOf(item('in_progress', can({ manage: true }), asked))).toEqual(['approve-extension']);
    expect(pendingExtension(asked)?.newDeadline).toBe('2026-05-01');
    const approved = [...asked, update(3, 'extend', { newDeadline: '2026-05-01' })];
    expect(pendingExtension(approved)).toBeUndefined();
    expect(stepsOf(item('extended', can({ manage: true }), approved))).toEqual([]);
    expect(stepsOf(item('close_requested', can({ manage: true }), asked))).toEqual([]);
  });
});

describe('kind fields', () => {
  it('keeps the kind’s keys only, trims text and leaves empty optional ones out — valid for the server’s schema', () => {
    const practical = fieldsOf('practical_matter', { source: '走下去听', beneficiaries: '  一线职工 ', phase: ' ', aspect: 'x' });
    expect(practical).toEqual({ source: '走下去听', beneficiaries: '一线职工' });
    expect(itemFieldsByKind.practical_matter.safeParse(practical).success).toBe(true);

    // 整改措施 may be left empty but must be present.
    const problem = fieldsOf('problem', { source: 'self_check', severity: 'general' });
    expect(problem).toEqual({ source: 'self_check', severity: 'general', measures: '' });
    expect(itemFieldsByKind.problem.safeParse(problem).success).toBe(true);

    const topic = fieldsOf('research_topic', { leaderPersonId: 7, methods: ['questionnaire'] });
    expect(itemFieldsByKind.research_topic.safeParse(topic).success).toBe(true);
    expect(fieldsOf('key_task', { aspect: ' 基层党建 ' })).toEqual({ aspect: '基层党建' });
  });

  it('round-trips an item’s fields into the form', () => {
    const fields = { leaderPersonId: 7, methods: ['questionnaire', 'field_visit'], stray: { a: 1 } };
    expect(fieldValues('research_topic', fields)).toEqual({ leaderPersonId: 7, methods: ['questionnaire', 'field_visit'] });
    expect(fieldsOf('research_topic', fieldValues('research_topic', fields))).toEqual({ leaderPersonId: 7, methods: ['questionnaire', 'field_visit'] });
  });
});

describe('numbers', () => {
  it('counts days to a deadline across a month end and shares with one decimal', () => {
    expect(daysUntil('2026-03-02', '2026-02-27')).toBe(3);
    expect(daysUntil('2026-02-27', '2026-03-02')).toBe(-3);
    expect(daysUntil('2026-03-02', '2026-03-02')).toBe(0);
    expect(share(185, 361)).toBe(51.2);
    expect(share(1, 0)).toBe(0);
  });
});

describe('URL state', () => {
  it('parses the lists’ filters, dropping unknown values, and writes only what differs from the defaults', () => {
    const p = parseLedgers(new URLSearchParams('kind=problem&campaignId=3&orgId=x&page=2&pageSize=33'));
    expect(p).toEqual({ kind: 'problem', campaignId: 3, orgId: undefined, page: 2, pageSize: 20 });
    expect(ledgersSearch(p).toString()).toBe('kind=problem&campaignId=3&page=2');
    expect(parseLedgers(new URLSearchParams('kind=bogus')).kind).toBeUndefined();
  });

  it('round-trips the items’ filters', () => {
    const sp = new URLSearchParams('status=close_requested&colour=overdue&category=服务基层&orgId=12&q=食堂&pageSize=50&page=3');
    const p = parseItems(sp);
    expect(p).toMatchObject({ status: 'close_requested', colour: 'overdue', category: '服务基层', orgId: 12, q: '食堂', page: 3, pageSize: 50 });
    expect(parseItems(itemsSearch(p))).toEqual(p);
    expect(parseItems(new URLSearchParams('status=done&colour=red')).status).toBeUndefined();
    expect(parseItems(new URLSearchParams('colour=red')).colour).toBeUndefined();
  });

  it('links the figures’ selection to the item list', () => {
    expect(itemsLink({ orgId: 5, kind: 'problem', colour: 'overdue' })).toBe('/ledger-items?orgId=5&kind=problem&colour=overdue');
    expect(itemsLink({ orgId: 5, ledgerId: 9, status: 'closed' })).toBe('/ledger-items?ledgerId=9&orgId=5&status=closed');
  });

  it('keeps the figures’ node and a well-formed day only, and the board’s tab', () => {
    expect(parseFigures(new URLSearchParams('org=4&asOf=2019-10-29&kind=research_topic'))).toEqual({
      orgId: 4,
      asOf: '2019-10-29',
      kind: 'research_topic',
      ledgerId: undefined,
    });
    expect(parseFigures(new URLSearchParams('asOf=29.10.2019')).asOf).toBeUndefined();
    expect(figuresSearch({ orgId: 4, asOf: '2019-10-29' }).toString()).toBe('org=4&asOf=2019-10-29');
    expect(parseBoard(new URLSearchParams('view=closed&page=2'))).toEqual({ view: 'closed', page: 2 });
    expect(parseBoard(new URLSearchParams('view=other'))).toEqual({ view: 'open', page: 1 });
    expect(boardSearch({ view: 'open', page: 1 }).toString()).toBe('');
  });
});
