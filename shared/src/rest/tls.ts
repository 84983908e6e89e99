/**
 * The admin's page on HTTPS (issue 13): is TLS on and for which names, and the branch CA
 * devices must trust — where to download it and its SHA-256 fingerprint to compare.
 */
import { z } from 'zod';
import { defineRoute } from './route.ts';

export const TlsStatusSchema = z.object({
  /** The port answers https (TLS_CERT / TLS_KEY set). */
  enabled: z.boolean(),
  /** The names and addresses the server certificate is for (its subjectAltName); empty when TLS is off. */
  names: z.array(z.string()),
  /** When the server certificate expires (ms); null when TLS is off. */
  validTo: z.number().nullable(),
  /** The branch CA made by `npm run make-cert`; null when there is none (e.g. the bank's certificate). */
  branchCa: z
    .object({
      /** Where devices download it (plain http works too). */
      path: z.string(),
      subject: z.string(),
      /** SHA-256 of the certificate, `AB:CD:…` as Windows, Android, iOS and openssl show it. */
      fingerprintSha256: z.string(),
      validTo: z.number(),
    })
    .nullable(),
});
export type TlsStatus = z.infer<typeof TlsStatusSchema>;

export const TLS_ROUTES = {
  status: defineRoute({
    method: 'GET',
    path: '/admin/tls',
    summary: 'HTTPS: on or off, for which names, and the branch CA to trust (download, fingerprint)',
    roles: ['admin'],
    response: TlsStatusSchema,
  }),
} as const;
