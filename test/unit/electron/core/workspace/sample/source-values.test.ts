import { describe, expect, it } from 'vitest';
import { activeFromNotSoftDeleted, activeFromSoftDeleteSwitch, attr, joinNames } from '../../../../../../electron/core/workspace/sample/expressions';
import { scopingFilter } from '../../../../../../electron/core/workspace/sample/app-builders';
import { evaluate, evaluateScope, userSourceValues } from '../../../../../../electron/core/workspace/sample/source-values';

const user = {
  id: 'u1',
  userPrincipalName: 'chris.green_fabrikam.com#EXT#@contoso.onmicrosoft.com',
  givenName: 'Chris',
  surname: 'Green',
  mobilePhone: '+1 425 555 0100',
  businessPhones: ['+1 206 555 0101'],
  officeLocation: 'Seattle HQ/2.010',
  accountEnabled: true,
  companyName: 'Fabrikam',
  department: null,
};

describe('sample source values', () => {
  it('present a user under Entra source attribute names, booleans as "True"/"False"', () => {
    const values = userSourceValues(user, false);
    expect(values).toMatchObject({
      objectId: 'u1',
      mobile: '+1 425 555 0100',
      telephoneNumber: '+1 206 555 0101',
      physicalDeliveryOfficeName: 'Seattle HQ/2.010',
      accountEnabled: 'True',
      IsSoftDeleted: 'False',
      userPrincipalName: 'chris.green_fabrikam.com@contoso.onmicrosoft.com',
      originalUserPrincipalName: user.userPrincipalName,
    });
  });

  it('evaluate the sample\'s expressions: Switch and Not on IsSoftDeleted, Join of names', () => {
    expect(evaluate(activeFromSoftDeleteSwitch(), userSourceValues(user, false))).toBe('True');
    expect(evaluate(activeFromSoftDeleteSwitch(), userSourceValues(user, true))).toBe('False');
    expect(evaluate(activeFromNotSoftDeleted(), userSourceValues(user, true))).toBe('False');
    expect(evaluate(joinNames(), userSourceValues(user, false))).toBe('Chris Green');
    expect(evaluate(attr('departmnet'), userSourceValues(user, false))).toBeNull();
  });

  it('evaluate scoping filters: groups ORed, clauses ANDed, null values false', () => {
    const scope = scopingFilter([
      { name: 'Staff', clauses: [['companyName', 'EQUALS', 'Contoso Ltd'], ['accountEnabled', 'IS TRUE']] },
      { name: 'Facilitators', clauses: [['companyName', 'EQUALS', 'Fabrikam']] },
      { name: 'Sales', clauses: [['department', 'NOT EQUALS', 'Sales']] },
    ]);
    const result = evaluateScope(scope, userSourceValues(user, false));
    expect(result.passed).toBe(true);
    expect(result.results).toEqual({
      "Staff.companyName EQUALS 'Contoso Ltd'": false,
      'Staff.accountEnabled IS TRUE': true,
      "Facilitators.companyName EQUALS 'Fabrikam'": true,
      "Sales.department NOT EQUALS 'Sales'": false,
    });
  });
});
