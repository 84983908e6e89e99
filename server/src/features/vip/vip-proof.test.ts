import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { newProofClaims, openVipProof, sealVipProof, VIP_PROOF_TTL_MS } from './vip-proof.ts';

const key = randomBytes(32);
const NOW = Date.parse('2026-11-24T10:00:00+08:00');

test('a sealed proof opens for its device until it expires, and hides its claims', () => {
  const claims = newProofClaims('dev_kiosk1', 'gold', 'a'.repeat(64), NOW);
  const proof = sealVipProof(key, claims);
  expect(proof).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  expect(proof).not.toContain('gold');
  expect(Buffer.from(proof.split('.')[0]!, 'base64url').toString('latin1')).not.toContain('gold');
  expect(openVipProof(key, proof, 'dev_kiosk1', NOW + VIP_PROOF_TTL_MS - 1)).toEqual({ ok: true, claims });
  expect(openVipProof(key, proof, 'dev_kiosk1', NOW + VIP_PROOF_TTL_MS)).toEqual({ ok: false, reason: 'expired' });
  expect(openVipProof(key, proof, 'dev_kiosk2', NOW)).toEqual({ ok: false, reason: 'issued to another device' });
});

test('altered, re-tagged, truncated or foreign-key proofs are refused', () => {
  const proof = sealVipProof(key, newProofClaims('d', 'gold', 'h', NOW));
  const [sealed, tag] = proof.split('.') as [string, string];
  const bytes = Buffer.from(sealed, 'base64url');
  for (let i = 0; i < bytes.length; i++) {
    const altered = Buffer.from(bytes);
    altered[i] = altered[i]! ^ 0x80;
    expect(openVipProof(key, `${altered.toString('base64url')}.${tag}`, 'd', NOW).ok).toBe(false);
  }
  expect(openVipProof(key, `${sealed}.${Buffer.alloc(16).toString('base64url')}`, 'd', NOW).ok).toBe(false);
  expect(openVipProof(key, `${sealed.slice(0, 10)}.${tag}`, 'd', NOW).ok).toBe(false);
  expect(openVipProof(key, sealed, 'd', NOW).ok).toBe(false);
  expect(openVipProof(key, `${proof}.x`, 'd', NOW).ok).toBe(false);
  expect(openVipProof(randomBytes(32), proof, 'd', NOW).ok).toBe(false);
});
