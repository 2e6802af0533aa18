import technicalAccount from '../../src/rules/technical-account.js';
import { ruleTester } from '../support/rule-tester.js';
import { CASES } from './technical-account.cases.js';

ruleTester(technicalAccount, CASES);
