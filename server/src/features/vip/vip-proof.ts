/**
 * The proof vip:lookup gives a device that found a VIP: sealed with AES-256-GCM under a
 * branch secret (authenticated, so it cannot be forged or altered, and encrypted, so the
 * device never holds the identifier's hash), bound to the device and the tier, valid for
 * a few minutes, and used by one ticket only (the nonce is recorded when a ticket uses it).
 * Format: base64url(iv ‖ ciphertext) "." base64url(tag).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const VIP_PROOF_TTL_MS = 5 * 60 * 1000;

export interface VipProofClaims {
  deviceId: string;
  tierId: string;
  identifierHash: string;
  nonce: string;
  expiresAt: number;
}

interface Sealed {
  d: string;
  t: string;
  h: string;
  n: string;
  x: number;
}

export function sealVipProof(key: Buffer, claims: VipProofClaims): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body: Sealed = {
    d: claims.deviceId,
    t: claims.tierId,
    h: claims.identifierHash,
    n: claims.nonce,
    x: claims.expiresAt,
  };
  const data = Buffer.concat([cipher.update(JSON.stringify(body), 'utf8'), cipher.final()]);
  return `${Buffer.concat([iv, data]).toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
}

export function newProofClaims(deviceId: string, tierId: string, identifierHash: string, now: number): VipProofClaims {
  return {
    deviceId,
    tierId,
    identifierHash,
    nonce: randomBytes(16).toString('base64url'),
    expiresAt: now + VIP_PROOF_TTL_MS,
  };
}

export type ProofCheck = { ok: true; claims: VipProofClaims } | { ok: false; reason: string };

/** Opens a proof for `deviceId` at `now`: forged, altered, foreign and expired proofs are refused. */
export function openVipProof(key: Buffer, proof: string, deviceId: string, now: number): ProofCheck {
  const [sealed, tagText, extra] = proof.split('.');
  if (!sealed || !tagText || extra !== undefined) return { ok: false, reason: 'malformed' };
  const raw = Buffer.from(sealed, 'base64url');
  const tag = Buffer.from(tagText, 'base64url');
  if (raw.length < 13 || tag.length !== 16) return { ok: false, reason: 'malformed' };
  let body: Sealed;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(tag);
    const text = Buffer.concat([decipher.update(raw.subarray(12)), decipher.final()]).toString('utf8');
    body = JSON.parse(text) as Sealed;
  } catch {
    return { ok: false, reason: 'not sealed by this branch' };
  }
  if (body.d !== deviceId) return { ok: false, reason: 'issued to another device' };
  if (!(now < body.x)) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: { deviceId: body.d, tierId: body.t, identifierHash: body.h, nonce: body.n, expiresAt: body.x },
  };
}
