import type { AreaResources } from './resources.ts';

/** Namespace `auth`: the sign-in page. */
export const authResources: AreaResources = {
  zh: {
    title: '员工登录',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    submit: '登录',
    networkError: '无法连接服务器，请检查网络后重试。',
  },
  en: {
    title: 'Staff sign-in',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Enter your username',
    passwordRequired: 'Enter your password',
    submit: 'Sign in',
    networkError: 'Cannot reach the server. Check the network and try again.',
  },
};
