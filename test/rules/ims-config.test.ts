import imsConfig from '../../src/rules/ims-config.js';
import { ruleTester } from '../support/rule-tester.js';
import { CASES } from './ims-config.cases.js';

ruleTester(imsConfig, CASES);
