import { GLOSSARY } from '@lobby/shared';
import { ERROR_MESSAGES_EN, ERROR_MESSAGES_ZH } from './error-messages.ts';

const zh = {
  title: '叫号显示屏',
  now: {
    label: '正在叫号',
    please: '请',
    hao: '号',
    to: '到',
    counter: '号窗口',
    none: '暂无叫号',
    recall: '重呼 · 第 {{n}} 次',
  },
  sections: { personal: '个人业务', business: '对公业务' },
  // Three states, three words, the same in both languages: 未开放 / 暂停服务 / the number.
  counter: {
    label: '{{n}} 号窗口',
    closed: GLOSSARY.zh.counter.closed,
    paused: GLOSSARY.zh.counter.paused,
    away: GLOSSARY.zh.counter.away,
    idle: '——',
    serving: '当前',
  },
  lane: {
    waiting: '等候',
    people: '人',
    estimate: '预计约 {{minutes}} 分钟（{{low}}–{{high}}）',
    aboutNow: '即将叫号',
    noEstimate: '暂无预计',
    paused: GLOSSARY.zh.lane.paused,
  },
  recent: { title: '最近叫号', empty: '暂无' },
  notice: {
    hours: '营业时间 {{open}}–{{close}}，{{last}} 停止取号',
    lunch: '午间 {{start}}–{{end}} 部分窗口轮休',
    oneMetre: '请在一米线外等候，保护您和他人的隐私',
    hotline: '服务热线 {{hotline}}',
  },
  banner: {
    offline: '连接中断 · 数据已 {{seconds}} 秒未更新',
    connecting: '正在连接服务器…',
    error: '{{message}}（{{code}}）',
  },
  sound: { blocked: '声音已被浏览器阻止 — 点击启用', speaking: '正在播报' },
  emergency: { title: '紧急通知' },
  message: { label: '大堂通知' },
  pairing: {
    unpaired: '本屏幕尚未配对',
    unpairedHint: '请由管理员在后台生成显示屏配对链接（…/display/?device=令牌）',
    revoked: '本屏幕的配对已被撤销，请重新配对',
  },
  lang: { switch: 'English' },
  errors: ERROR_MESSAGES_ZH,
};

const en: typeof zh = {
  title: 'Queue display',
  now: {
    label: 'Now calling',
    please: 'Ticket',
    hao: '',
    to: 'go to counter',
    counter: '',
    none: 'No calls yet',
    recall: 'Recall #{{n}}',
  },
  sections: { personal: 'Personal banking', business: 'Business banking' },
  counter: {
    label: 'Counter {{n}}',
    closed: GLOSSARY.en.counter.closed,
    paused: GLOSSARY.en.counter.paused,
    away: GLOSSARY.en.counter.away,
    idle: '——',
    serving: 'Now',
  },
  lane: {
    waiting: 'Waiting',
    people: '',
    estimate: '≈ {{minutes}} min ({{low}}–{{high}})',
    aboutNow: 'About now',
    noEstimate: 'No estimate',
    paused: GLOSSARY.en.lane.paused,
  },
  recent: { title: 'Recent calls', empty: 'None yet' },
  notice: {
    hours: 'Open {{open}}–{{close}}, last ticket {{last}}',
    lunch: 'Lunch {{start}}–{{end}}: fewer counters open',
    oneMetre: 'Please wait behind the one-metre line to respect privacy',
    hotline: 'Service hotline {{hotline}}',
  },
  banner: {
    offline: 'Connection lost · data {{seconds}} s old',
    connecting: 'Connecting to the server…',
    error: '{{message}} ({{code}})',
  },
  sound: { blocked: 'Sound blocked by the browser — tap to enable', speaking: 'Announcing' },
  emergency: { title: 'Emergency notice' },
  message: { label: 'Notice' },
  pairing: {
    unpaired: 'This screen is not paired',
    unpairedHint: 'Ask the administrator for a display pairing link (…/display/?device=TOKEN)',
    revoked: 'This screen was unpaired; pair it again',
  },
  lang: { switch: '中文' },
  errors: ERROR_MESSAGES_EN,
};

export const RESOURCES = { zh: { translation: zh }, en: { translation: en } };
