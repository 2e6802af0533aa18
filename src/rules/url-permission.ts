import { CHECKLIST_URL } from '../domain/facts.js';
import { defineRule } from './rule.js';

// Placeholder: the check is being written.
export default defineRule({
  id: 'url-permission',
  section: 3,
  docUrl: CHECKLIST_URL,
  title: { en: 'url-permission', ko: 'url-permission' },
  scope: 'instance',
  needs: [],
  messages: {
    pending: { en: () => 'Not checked yet.', ko: () => '아직 확인하지 않습니다.' },
  },
  check() {
    return [{ status: 'skip', message: 'pending' }];
  },
});
