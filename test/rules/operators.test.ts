import operators from '../../src/rules/operators.js';
import { ruleTester } from '../support/rule-tester.js';
import { CASES } from './operators.cases.js';

ruleTester(operators, CASES);
