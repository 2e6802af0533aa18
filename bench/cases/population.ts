/** The people and product profiles the 1,000,000-user cases repeat: Korean names and near misses of the example's profiles. */
export const PROFILES = [
  'campaign - acme - delivery',
  'campaign - acme - admin',
  'campaign - acme - operation',
  'Photoshop - Default',
  'campaign - acme-stage - delivery',
  'Campaign - Acme - delivery',
] as const;

export const NAMES = [
  ['지수', '박'],
  ['Jane', 'Doe'],
  ['Sofía', 'García'],
  ['민호', '김'],
] as const;
