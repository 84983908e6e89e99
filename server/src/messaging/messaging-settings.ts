import { SmsGatewaySettingsSchema, type MessagingSettingsView, type SmsGatewaySettings } from '@lobby/shared';
import type { BranchStore } from '../store/branch-store.ts';

/** The gateway settings as stored (integration_settings 'sms_gateway'); the secret apart, write-only. */
const SETTINGS = 'sms_gateway';
const SECRET = 'sms_gateway_secret';

export const DEFAULT_GATEWAY_SETTINGS: SmsGatewaySettings = {
  enabled: false,
  url: 'https://sms-gateway.invalid/send',
  contentType: 'json',
  bodyTemplate: '{"mobile":"{{phone}}","content":"{{text}}","msgId":"{{messageId}}"}',
  signatureHeader: 'X-Signature',
  timestampHeader: 'X-Timestamp',
  signName: '',
  pushContact: 'mailto:it@branch.invalid',
};

export function gatewaySettings(store: BranchStore): { settings: SmsGatewaySettings; secret: string | null } {
  const parsed = SmsGatewaySettingsSchema.safeParse(store.settings.get(SETTINGS));
  const secret = store.settings.get(SECRET);
  return {
    settings: parsed.success ? parsed.data : DEFAULT_GATEWAY_SETTINGS,
    secret: typeof secret === 'string' && secret.length > 0 ? secret : null,
  };
}

export function saveGatewaySettings(
  store: BranchStore,
  settings: SmsGatewaySettings,
  secret: string | undefined,
): void {
  store.db
    .transaction(() => {
      store.settings.put(SETTINGS, settings);
      if (secret !== undefined) store.settings.put(SECRET, secret);
    })
    .immediate();
}

export function gatewaySettingsView(store: BranchStore): MessagingSettingsView {
  const { settings, secret } = gatewaySettings(store);
  return { ...settings, hasSecret: secret !== null };
}
