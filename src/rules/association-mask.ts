import { CHECKLIST_URL } from '../domain/facts.js';
import { defineRule } from './rule.js';

// Placeholder: the check is being written.
export default defineRule({
  id: 'association-mask',
  section: 4,
  docUrl: CHECKLIST_URL,
  title: { en: 'association-mask', ko: 'association-mask' },
  scope: 'instance',
  needs: [],
  messages: {
    pending: { en: () => 'Not checked yet.', ko: () => '아직 확인하지 않습니다.' },
  },
  check() {
    return [{ status: 'skip', message: 'pending' }];
  },
});
