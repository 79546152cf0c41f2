import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { mergeRoll, missingReasons, refusalsOf, toBody } from './recordForm';
import { parseRecords, toSearch } from './records.url';
import { clock, fromPicker, toPicker } from './time';

const roll = [
  { personId: 1, name: '甲', orgId: 5, orgName: '支部', partyStatus: 'full_member' as const },
  { personId: 2, name: '乙', orgId: 6, orgName: '第一党小组', partyStatus: 'full_member' as const },
];

describe('records list URL state', () => {
  it('reads filters and paging, and writes them back', () => {
    const p = parseRecords(
      new URLSearchParams(
        'orgId=5&kind=party_lecture,theme_party_day&status=held,bogus&from=2019-09-01&to=bad&q=%20党课%20&page=2',
      ),
    );
    expect(p).toEqual({
      orgId: 5,
      kind: ['party_lecture', 'theme_party_day'],
      status: ['held'],
      from: '2019-09-01',
      to: undefined,
      q: '党课',
      page: 2,
      pageSize: 20,
    });
    expect(parseRecords(toSearch(p))).toEqual(p);
  });
});

describe('meeting times in the deployment zone', () => {
  it('turns a picked wall-clock time into a Shanghai instant and back, whatever the browser zone', () => {
    const iso = fromPicker(dayjs('2019-10-18T15:30:00'));
    expect(iso).toBe('2019-10-18T15:30:00+08:00');
    expect(toPicker('2019-10-18T07:30:00.000Z').format('YYYY-MM-DD HH:mm')).toBe('2019-10-18 15:30');
    expect(clock('2019-10-18T07:30:00.000Z')).toBe('15:30');
  });
});

describe('the record form', () => {
  it('keeps marks for people still on a new roll; newcomers start absent', () => {
    const merged = mergeRoll(roll, [
      { personId: 2, attendance: 'excused', reason: '出差' },
      { personId: 9, attendance: 'present', reason: null },
    ]);
    expect(merged).toEqual([
      { personId: 1, attendance: 'absent', reason: null },
      { personId: 2, attendance: 'excused', reason: '出差' },
    ]);
    expect(missingReasons([{ personId: 1, attendance: 'excused', reason: ' ' }])).toBe(1);
    expect(missingReasons(merged)).toBe(0);
  });

  it('builds the API body: end on the start day, reasons only for excused, empty texts as null', () => {
    const body = toBody({
      orgId: 5,
      kind: 'branch_committee_meeting',
      topic: ' 研究工作 ',
      startsAt: dayjs('2019-10-10T16:00:00'),
      endsAt: dayjs('2000-01-01T17:30:00'),
      place: '  ',
      minutes: '',
      attendance: [
        { personId: 1, attendance: 'present', reason: 'stale' },
        { personId: 2, attendance: 'excused', reason: ' 病假 ' },
      ],
      guests: [
        { name: ' 王指导 ', title: '' },
        { name: '', title: 'x' },
      ],
    });
    expect(body).toMatchObject({
      topic: '研究工作',
      startsAt: '2019-10-10T16:00:00+08:00',
      endsAt: '2019-10-10T17:30:00+08:00',
      place: null,
      minutes: null,
      attendance: [
        { personId: 1, attendance: 'present', reason: null },
        { personId: 2, attendance: 'excused', reason: '病假' },
      ],
      guests: [{ name: '王指导', title: null, personId: null }],
    });
  });

  it('reads the people the server refused from a 400', () => {
    const err = new ApiError(400, 'Bad Request', '2 人不是成员', [
      { personId: 7, name: '丙', message: '丙：2019-10-10 不是该党组织的成员。' },
      { field: 'topic', message: 'x' },
    ]);
    expect([...refusalsOf(err)]).toEqual([[7, '丙：2019-10-10 不是该党组织的成员。']]);
    expect(refusalsOf(new Error('x')).size).toBe(0);
  });
});
