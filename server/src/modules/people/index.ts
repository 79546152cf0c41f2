// Public surface of the people module (人员): other modules import only from here.
export { countPeopleAt, countPeopleByStatus, rewritePeoplePaths } from './people.queries';
