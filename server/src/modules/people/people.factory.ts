import type { Gender, PartyStatus, Position } from '@xianfeng/shared/domain';
import type { Executor } from '../../db/client';
import type { OrgRow } from '../orgs';
import { uniq } from '../../test/harness';
import { nameSearchKeys } from './people.pinyin';
import { memberships, partyStatusChanges, people, positions } from './people.schema';

const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超'];
const pick = () => GIVEN[Math.floor(Math.random() * GIVEN.length)]!;

export interface PersonOverrides {
  name?: string;
  partyStatus?: PartyStatus;
  /** Start of the open membership (and of the status, in its history). */
  startOn?: string;
  employeeNo?: string | null;
  gender?: Gender | null;
  birthDate?: string | null;
  joinedOn?: string | null;
  phone?: string | null;
}

/** Test factory: a person with an open membership of `org`. */
export async function buildPerson(db: Executor, org: Pick<OrgRow, 'id' | 'path'>, overrides: PersonOverrides = {}) {
  const name = overrides.name ?? `王${pick()}${pick()}`;
  const keys = nameSearchKeys(name);
  const status = overrides.partyStatus ?? 'full_member';
  const startOn = overrides.startOn ?? '2020-01-01';
  const isMember = status === 'full_member' || status === 'probationary_member';
  const [person] = await db
    .insert(people)
    .values({
      name,
      nameInitials: keys.initials,
      namePinyin: keys.pinyin,
      gender: overrides.gender === undefined ? 'male' : overrides.gender,
      birthDate: overrides.birthDate ?? null,
      phone: overrides.phone ?? null,
      partyStatus: status,
      employeeNo: overrides.employeeNo === undefined ? `E${uniq()}` : overrides.employeeNo,
      orgId: org.id,
      orgPath: org.path,
      joinedOn: overrides.joinedOn !== undefined ? overrides.joinedOn : isMember ? '2015-07-01' : null,
    })
    .returning();
  await db.insert(memberships).values({ personId: person!.id, orgId: org.id, startOn });
  await db.insert(partyStatusChanges).values({ personId: person!.id, status, effectiveOn: startOn });
  return person!;
}

/** Test factory: a position held from `startOn` (open-ended unless `endOn`). */
export async function buildPosition(
  db: Executor,
  personId: number,
  orgId: number,
  title: Position | string,
  startOn = '2020-01-01',
  endOn: string | null = null,
) {
  const [row] = await db.insert(positions).values({ personId, orgId, title, startOn, endOn }).returning();
  return row!;
}
