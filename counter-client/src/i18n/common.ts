import { areaResources } from './resources.ts';

/** Namespace `common`: app chrome shared by every area. */
export const commonResources = areaResources({
  zh: {
    appName: '网点排队叫号',
    language: 'English',
    signOut: '退出登录',
    loading: '加载中…',
    cancel: '取消',
    confirm: '确定',
    close: '关闭',
    connection: {
      connected: '已连接',
      connecting: '连接中…',
      disconnected: '连接已断开',
      syncing: '同步中…',
      since: '数据更新于 {{time}}',
    },
    route: {
      notFound: '页面不存在',
      notFoundHint: '请使用左侧入口或返回您的工作页面。',
      goHome: '前往我的工作页面',
      forbidden: '当前账号（{{role}}）无权使用此页面',
      forbiddenHint: '此页面仅供：{{allowed}}。请使用对应账号登录，或返回您的工作页面。',
      switchUser: '更换账号登录',
    },
    role: { teller: '柜员', lobby: '大堂经理', admin: '管理员' },
    revoked: '您的会话已失效，请重新登录。',
    writeFailure: {
      title: '服务器无法保存数据',
      body: '自 {{time}} 起数据库写入失败（{{code}}）：新取的号和办理结果可能没有保存。请立即联系网点系统管理员检查服务器磁盘；恢复后此提示自动消失。',
    },
    idleSignedOut: '长时间未操作，已自动退出登录。请重新登录。',
    elsewhere: {
      earlier: '该账号已在其他电脑登录：{{list}}。如非本人所用，请退出并修改密码。',
      later: '该账号刚在其他电脑登录：{{list}}。如非本人操作，请立即修改密码并告知管理员。',
      item: '{{at}} 登录（{{address}}），最近使用 {{lastSeen}}',
      itemNow: '{{at}} 登录（{{address}}）',
      unknownAddress: '地址未知',
      separator: '；',
    },
  },
  en: {
    appName: 'Branch Queue',
    language: '中文',
    signOut: 'Sign out',
    loading: 'Loading…',
    cancel: 'Cancel',
    confirm: 'OK',
    close: 'Close',
    connection: {
      connected: 'Connected',
      connecting: 'Connecting…',
      disconnected: 'Disconnected',
      syncing: 'Syncing…',
      since: 'Data as of {{time}}',
    },
    route: {
      notFound: 'Page not found',
      notFoundHint: 'Go back to your work page.',
      goHome: 'Go to my page',
      forbidden: 'Your account ({{role}}) may not use this page',
      forbiddenHint: 'This page is for: {{allowed}}. Sign in with such an account, or go back to your page.',
      switchUser: 'Sign in as someone else',
    },
    role: { teller: 'Teller', lobby: 'Lobby manager', admin: 'Administrator' },
    revoked: 'Your session has ended. Please sign in again.',
    writeFailure: {
      title: 'The server cannot save data',
      body: 'Database writes have failed since {{time}} ({{code}}): new tickets and service results may not be saved. Call the branch’s system administrator to check the server’s disk now; this notice goes away by itself once writes work again.',
    },
    idleSignedOut: 'You were signed out after a period without activity. Please sign in again.',
    elsewhere: {
      earlier:
        'This account is also signed in on another PC: {{list}}. If that is not you, sign out and change your password.',
      later:
        'This account has just signed in on another PC: {{list}}. If that was not you, change your password now and tell the administrator.',
      item: 'signed in at {{at}} from {{address}}, last used {{lastSeen}}',
      itemNow: 'signed in at {{at}} from {{address}}',
      unknownAddress: 'an unknown address',
      separator: '; ',
    },
  },
});
