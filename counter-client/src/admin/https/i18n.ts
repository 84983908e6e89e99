import { areaResources } from '../../i18n/resources.ts';

/** Namespace `adminHttps`: the admin's page on HTTPS and trusting the branch CA on devices. */
export const adminHttpsResources = areaResources({
  zh: {
    title: 'HTTPS 与证书',
    status: '当前状态',
    on: '已启用 HTTPS',
    off: '未启用 HTTPS（明文 http）',
    offHint: '未设置 TLS_CERT / TLS_KEY。启用方法见部署文档（docs/deploy.md 第 3 节 HTTPS）。',
    names: '证书适用的名称与地址',
    certValidTo: '服务器证书有效期至',
    caTitle: '网点根证书（branch CA）',
    noCa: '本网点没有自建根证书（未运行 npm run make-cert，或使用总行提供的证书）：设备无需另行信任。',
    download: '下载根证书 branch-ca.crt',
    downloadHint: '在设备上打开：{{url}}（明文 http 也可以下载，设备尚未信任 https 时使用）',
    subject: '证书名称',
    fingerprint: 'SHA-256 指纹',
    fingerprintHint: '安装前请在设备上核对指纹，与此处完全一致才可信任。',
    caValidTo: '根证书有效期至',
    stepsTitle: '在各类设备上信任根证书',
    steps: {
      windows: {
        title: 'Windows 取号机 / 柜员电脑',
        text: '下载 branch-ca.crt 并打开 → “安装证书” → 存储位置选“本地计算机” → “将所有的证书都放入下列存储” → “受信任的根证书颁发机构”。也可以用管理员身份运行：certutil -addstore -f Root branch-ca.crt。Chrome 与 Edge 使用该证书存储；安装后重启浏览器或取号机程序。',
      },
      android: {
        title: 'Android 平板 / 手机',
        text: '用浏览器下载 branch-ca.crt → 设置 → 安全 → 加密与凭据 → 安装证书 → “CA 证书” → 选择下载的文件（各厂商菜单名称略有不同）。',
      },
      ios: {
        title: 'iPhone / iPad（iOS / iPadOS）',
        text: '用 Safari 打开下载地址 → “允许”下载描述文件 → 设置 → “已下载描述文件” → 安装 → 再到 设置 → 通用 → 关于本机 → 证书信任设置，打开该网点根证书的“完全信任”。',
      },
      linux: {
        title: 'ChromeOS / Linux 取号机',
        text: 'ChromeOS：设置 → 隐私和安全 → 安全 → 管理证书 → 授权机构 → 导入，勾选“信任该证书，以标识网站”。Linux：将文件复制到 /usr/local/share/ca-certificates/branch-ca.crt，运行 sudo update-ca-certificates；Chromium 还需在 设置 → 管理证书 → 授权机构 中导入。',
      },
    },
  },
  en: {
    title: 'HTTPS & certificates',
    status: 'Now',
    on: 'HTTPS is on',
    off: 'HTTPS is off (plain http)',
    offHint: 'TLS_CERT / TLS_KEY are not set. How to turn it on: docs/deploy.md, section 3 HTTPS.',
    names: 'Names and addresses the certificate is for',
    certValidTo: 'Server certificate valid until',
    caTitle: 'Branch CA',
    noCa: 'This branch has no CA of its own (npm run make-cert has not run, or the bank provides the certificate): devices need nothing extra.',
    download: 'Download the CA: branch-ca.crt',
    downloadHint: 'Open on the device: {{url}} (plain http works, for devices that do not trust https yet)',
    subject: 'Name',
    fingerprint: 'SHA-256 fingerprint',
    fingerprintHint:
      'Before installing, compare the fingerprint the device shows: trust it only if it is exactly this one.',
    caValidTo: 'CA valid until',
    stepsTitle: 'Trusting the CA on each kind of device',
    steps: {
      windows: {
        title: 'Windows kiosk / staff PC',
        text: 'Download branch-ca.crt and open it → Install Certificate → Store location: Local Machine → Place all certificates in the following store → Trusted Root Certification Authorities. Or, as administrator: certutil -addstore -f Root branch-ca.crt. Chrome and Edge use this store; restart the browser or the kiosk app afterwards.',
      },
      android: {
        title: 'Android tablet / phone',
        text: 'Download branch-ca.crt in the browser → Settings → Security → Encryption & credentials → Install a certificate → CA certificate → pick the downloaded file (menu names vary by maker).',
      },
      ios: {
        title: 'iPhone / iPad (iOS / iPadOS)',
        text: 'Open the download address in Safari → Allow the profile → Settings → Profile Downloaded → Install → then Settings → General → About → Certificate Trust Settings, and turn on full trust for the branch CA.',
      },
      linux: {
        title: 'ChromeOS / Linux kiosk',
        text: 'ChromeOS: Settings → Privacy and security → Security → Manage certificates → Authorities → Import, and tick "Trust this certificate for identifying websites". Linux: copy the file to /usr/local/share/ca-certificates/branch-ca.crt and run sudo update-ca-certificates; Chromium also needs it imported under Settings → Manage certificates → Authorities.',
      },
    },
  },
});
