import { describe, expect, it } from 'vitest';
import { GOVERNMENT_MATCH_PATTERNS, isGovernmentHost } from '../../lib/sites/government-hosts';

describe('government hosts', () => {
  it('accepts gov.cn and its subdomains, and the party and state outlets', () => {
    expect(isGovernmentHost('www.gov.cn')).toBe(true);
    expect(isGovernmentHost('gov.cn')).toBe(true);
    expect(isGovernmentHost('www.chengcheng.gov.cn')).toBe(true);
    expect(isGovernmentHost('WWW.12371.CN')).toBe(true);
    expect(isGovernmentHost('paper.people.com.cn')).toBe(true);
  });
  it('rejects look-alike hosts', () => {
    expect(isGovernmentHost('notgov.cn')).toBe(false);
    expect(isGovernmentHost('gov.cn.evil.com')).toBe(false);
    expect(isGovernmentHost('example.com')).toBe(false);
  });
  it('has one wildcard pattern per host, which also covers the apex', () => {
    expect(GOVERNMENT_MATCH_PATTERNS).toContain('*://*.gov.cn/*');
    expect(GOVERNMENT_MATCH_PATTERNS).toHaveLength(6);
  });
});
