// Public surface of the people module (人员, 花名册): other modules import only from here.
export { countPeopleAt, countPeopleByStatus, rewritePeoplePaths, type PersonRow } from './people.queries';
export { createPerson, findPersonInScope } from './people.service';
export { bulkTransfer, transferMembersOf } from './transfers.service';
export { endTermsAt } from './positions.service';
export { canHoldMembership, canReadPerson, canWritePerson } from './people.policy';
export { nameSearchKeys, pinyinTerm, type NameSearchKeys } from './people.pinyin';
export { peopleRoutes } from './people.routes';
