import type { BookingCustomerView, VerificationSent } from '@lobby/shared';
import type { FakeSmsGateway } from '../support/fake-sms-gateway.ts';
import type { TestServer } from '../support/server.ts';
import { api, type ApiResponse } from './admin-api-support.ts';

/** Public booking page calls, as the phone makes them (no token). */
export async function publicCall<T>(
  server: TestServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as ApiResponse<T>['body'] };
}

/** Switches the HTTP SMS adapter on against the fake gateway. */
export async function useFakeGateway(server: TestServer, gateway: FakeSmsGateway): Promise<void> {
  const admin = await server.login('admin');
  const res = await api(server, admin, 'PUT', '/admin/messaging', gateway.settings());
  if (res.status !== 200) throw new Error(`messaging settings refused: ${JSON.stringify(res.body)}`);
}

/** Asks for a code for the phone and reads it off the fake gateway, as the customer reads the text. */
export async function verifiedCode(
  server: TestServer,
  gateway: FakeSmsGateway,
  phone: string,
  purpose: 'booking' | 'remote',
): Promise<{ verificationId: string; code: string }> {
  const before = gateway.received.length;
  const res = await publicCall<VerificationSent>(server, 'POST', '/public/verifications', {
    phone,
    purpose,
    lang: 'zh',
  });
  if (res.status !== 201) throw new Error(`no code: ${JSON.stringify(res.body)}`);
  const sms = await gateway.waitFor(
    (m) =>
      m.kind === 'verification_code' &&
      m.mobile === phone.replace(/\D/g, '').slice(-11) &&
      gateway.received.indexOf(m) >= before,
  );
  return { verificationId: res.body.data!.verificationId, code: sms.code };
}

export async function bookOnline(
  server: TestServer,
  gateway: FakeSmsGateway,
  phone: string,
  businessTypeId: string,
  slotStart: number,
): Promise<ApiResponse<BookingCustomerView>> {
  const v = await verifiedCode(server, gateway, phone, 'booking');
  return publicCall<BookingCustomerView>(server, 'POST', '/public/bookings', {
    ...v,
    businessTypeId,
    slotStart,
    lang: 'zh',
  });
}
