import { pinyin } from 'pinyin-pro';
import type { PartyStatus } from '@xianfeng/shared/domain';
import type { Executor } from '../../db/client';
import type { OrgRow } from '../orgs';
import { uniq } from '../../test/harness';
import { memberships, partyStatusChanges, people, positions } from './people.schema';

const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超'];

/** Test factory: a person with an open membership of `org`. */
export async function buildPerson(
  db: Executor,
  org: Pick<OrgRow, 'id' | 'path'>,
  overrides: { name?: string; partyStatus?: PartyStatus; startOn?: string; employeeNo?: string } = {},
) {
  const name = overrides.name ?? `王${GIVEN[Math.floor(Math.random() * GIVEN.length)]}${GIVEN[Math.floor(Math.random() * GIVEN.length)]}`;
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' }).join('');
  const full = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).join('');
  const status = overrides.partyStatus ?? 'full_member';
  const startOn = overrides.startOn ?? '2020-01-01';
  const [person] = await db
    .insert(people)
    .values({
      name,
      nameInitials: initials,
      namePinyin: full,
      gender: 'male',
      partyStatus: status,
      employeeNo: overrides.employeeNo ?? `E${uniq()}`,
      orgId: org.id,
      orgPath: org.path,
      joinedOn: status === 'full_member' || status === 'probationary_member' ? '2015-07-01' : null,
    })
    .returning();
  await db.insert(memberships).values({ personId: person!.id, orgId: org.id, startOn });
  await db.insert(partyStatusChanges).values({ personId: person!.id, status, effectiveOn: startOn });
  return person!;
}

/** Test factory: a position held from `startOn` (open-ended). */
export async function buildPosition(db: Executor, personId: number, orgId: number, title: string, startOn = '2020-01-01') {
  const [row] = await db.insert(positions).values({ personId, orgId, title, startOn }).returning();
  return row!;
}
