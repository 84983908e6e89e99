import type { BranchConfig } from '@lobby/shared';

const t = (zh: string, en: string) => ({ zh, en });

/** The seeded demo branch (domain.md §3). Every figure is editable by the admin. */
export function demoBranchConfig(): BranchConfig {
  return {
    version: 1,
    branch: {
      id: 'demo-branch',
      name: t('示范银行 人民路支行', 'Demo Bank · Renmin Road Branch'),
      hotline: '95500',
      address: t('人民路 100 号', '100 Renmin Road'),
    },
    zones: [
      { id: 'hard', kind: 'hard', name: t('硬区（自助）', 'Self-service zone') },
      { id: 'soft', kind: 'soft', name: t('软区（柜台）', 'Counter zone') },
    ],
    lanes: [
      { id: 'K', prefix: 'K', kind: 'fast', zoneId: 'hard', name: t('快速业务', 'Fast service'), rangeStart: 1, rangeEnd: 999, dailyCap: 300, targetWaitMin: 10, maxWaitMin: 30, weight: 2 },
      { id: 'A', prefix: 'A', kind: 'personal', zoneId: 'soft', name: t('个人业务', 'Personal banking'), rangeStart: 1, rangeEnd: 999, dailyCap: 600, targetWaitMin: 15, maxWaitMin: 30, weight: 1 },
      { id: 'B', prefix: 'B', kind: 'business', zoneId: 'soft', name: t('对公业务', 'Business banking'), rangeStart: 1, rangeEnd: 999, dailyCap: 300, targetWaitMin: 15, maxWaitMin: 30, weight: 1.5 },
      { id: 'V', prefix: 'V', kind: 'vip', zoneId: 'soft', name: t('贵宾业务', 'VIP banking'), rangeStart: 1, rangeEnd: 999, dailyCap: 200, targetWaitMin: 5, maxWaitMin: 30, weight: 4 },
    ],
    businessTypes: [
      { id: 'cash', laneId: 'A', name: t('存取款', 'Deposit / withdrawal'), materials: [t('本人有效身份证件', 'Valid ID'), t('银行卡或存折', 'Bank card or passbook')], targetServiceMin: 4, enabled: true },
      { id: 'open-account', laneId: 'A', name: t('开户/销户', 'Open / close account'), materials: [t('本人有效身份证件', 'Valid ID'), t('手机号码', 'Mobile phone number')], targetServiceMin: 8, enabled: true },
      { id: 'lost-card', laneId: 'A', name: t('挂失/补办', 'Report loss / replace card'), materials: [t('本人有效身份证件', 'Valid ID'), t('挂失回执（补办时）', 'Loss receipt (for replacement)')], targetServiceMin: 6, enabled: true },
      { id: 'remittance', laneId: 'A', name: t('转账汇款', 'Transfer / remittance'), materials: [t('银行卡', 'Bank card'), t('收款人户名与账号', "Payee's name and account")], targetServiceMin: 5, enabled: true },
      { id: 'wealth', laneId: 'A', name: t('理财/基金', 'Wealth / funds'), materials: [t('本人有效身份证件', 'Valid ID'), t('风险评估问卷', 'Risk assessment questionnaire')], targetServiceMin: 10, enabled: true },
      { id: 'personal-loan', laneId: 'A', name: t('个人贷款', 'Personal loan'), materials: [t('本人有效身份证件', 'Valid ID'), t('收入证明', 'Proof of income'), t('婚姻状况证明', 'Marital status certificate')], targetServiceMin: 15, enabled: true },
      { id: 'corp-account', laneId: 'B', name: t('对公开户', 'Corporate account opening'), materials: [t('营业执照', 'Business licence'), t('法定代表人身份证件', "Legal representative's ID"), t('公司章程', 'Articles of association'), t('公章、财务章、法人章', 'Company, finance and legal-representative seals')], targetServiceMin: 20, enabled: true },
      { id: 'corp-settlement', laneId: 'B', name: t('对公结算', 'Corporate settlement'), materials: [t('结算凭证', 'Settlement voucher'), t('预留印鉴', 'Registered seals')], targetServiceMin: 8, enabled: true },
      { id: 'corp-cash', laneId: 'B', name: t('对公存取现', 'Corporate cash'), materials: [t('现金缴款单/支票', 'Cash deposit slip / cheque'), t('经办人身份证件', "Agent's ID")], targetServiceMin: 8, enabled: true },
      { id: 'bills', laneId: 'B', name: t('票据业务', 'Bills and notes'), materials: [t('票据原件', 'Original bill'), t('预留印鉴', 'Registered seals')], targetServiceMin: 10, enabled: true },
      { id: 'vip-service', laneId: 'V', name: t('贵宾综合服务', 'VIP services'), materials: [t('贵宾卡或本人有效身份证件', 'VIP card or valid ID')], targetServiceMin: 6, enabled: true },
      { id: 'large-cash', laneId: 'K', name: t('大额现金', 'Large cash withdrawal'), materials: [t('本人有效身份证件', 'Valid ID'), t('银行卡（5万元以上需提前预约）', 'Bank card (over ¥50,000: book in advance)')], targetServiceMin: 3, enabled: true },
      { id: 'passbook', laneId: 'K', name: t('存折补登', 'Passbook update'), materials: [t('存折', 'Passbook')], targetServiceMin: 2, enabled: true },
    ],
    counters: [
      { id: 'c1', number: 1, name: t('1号窗口（快速）', 'Counter 1 (fast)'), zoneId: 'hard', laneIds: ['K'] },
      { id: 'c2', number: 2, name: t('2号窗口', 'Counter 2'), zoneId: 'soft', laneIds: ['A', 'V'] },
      { id: 'c3', number: 3, name: t('3号窗口', 'Counter 3'), zoneId: 'soft', laneIds: ['A', 'V'] },
      { id: 'c4', number: 4, name: t('4号窗口', 'Counter 4'), zoneId: 'soft', laneIds: ['A', 'V'] },
      { id: 'c5', number: 5, name: t('5号窗口', 'Counter 5'), zoneId: 'soft', laneIds: ['A', 'V'] },
      { id: 'c6', number: 6, name: t('6号窗口（对公）', 'Counter 6 (business)'), zoneId: 'soft', laneIds: ['B', 'A'] },
      { id: 'c7', number: 7, name: t('7号窗口（对公）', 'Counter 7 (business)'), zoneId: 'soft', laneIds: ['B', 'A'] },
      { id: 'c8', number: 8, name: t('8号窗口（贵宾）', 'Counter 8 (VIP)'), zoneId: 'soft', laneIds: ['V', 'A'] },
    ],
    vipRooms: [
      { id: 'room1', name: t('贵宾室一', 'VIP room 1') },
      { id: 'room2', name: t('贵宾室二', 'VIP room 2') },
    ],
    hours: {
      timeZone: 'Asia/Shanghai',
      // The demo branch is open around the clock so the demo works whenever it is started;
      // a real branch sets its hours in the admin UI (e.g. 09:00–17:00, last ticket 16:45).
      open: '00:00',
      close: '23:59',
      lastTicket: '23:50',
      lunch: null,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      holidays: [],
      extraWorkdays: [],
      dayCloseAt: '23:55',
    },
    priorityGroups: [
      { id: 'elderly', name: t('老年人', 'Senior citizen'), headStartMin: 10 },
      { id: 'disabled', name: t('残障人士', 'Person with disability'), headStartMin: 15 },
      { id: 'pregnant', name: t('孕妇', 'Pregnant woman'), headStartMin: 15 },
      { id: 'military', name: t('军人', 'Military service member'), headStartMin: 10 },
    ],
    vipTiers: [
      { id: 'gold', name: t('金卡', 'Gold'), headStartMin: 5 },
      { id: 'platinum', name: t('白金卡', 'Platinum'), headStartMin: 10 },
      { id: 'diamond', name: t('钻石卡', 'Diamond'), headStartMin: 15 },
    ],
    vipLaneId: 'V',
    policy: {
      primaryLaneBonusMin: 5,
      fallbackPenaltyMin: 0,
      recallLimit: 2,
      noShowGraceSec: 60,
      calledNotArrivedSec: 120,
      idleCounterAlertSec: 30,
      estimateHalfLifeMin: 60,
    },
    voice: { enabled: true, repeat: 2, volume: 1, rate: 0.9, chime: true },
    notices: [
      { id: 'hours', text: t('演示网点：全天营业，23:50 停止取号', 'Demo branch: open all day, last ticket 23:50'), enabled: true },
      { id: 'one-metre', text: t('请在一米线外等候，保护您的隐私', 'Please wait behind the one-metre line'), enabled: true },
      { id: 'hotline', text: t('客服热线 95500', 'Service hotline 95500'), enabled: true },
      { id: 'fraud', text: t('谨防电信诈骗，不向陌生账户转账', 'Beware of phone scams: never transfer to strangers'), enabled: true },
    ],
    selfService: [
      { id: 'atm', name: t('自动柜员机 ATM', 'ATM'), location: t('进门左侧硬区', 'Hard zone, left of the entrance'), services: [t('取款', 'Withdraw cash'), t('查询', 'Balance enquiry'), t('转账', 'Transfer')] },
      { id: 'crs', name: t('存取款一体机', 'Cash recycler'), location: t('进门左侧硬区', 'Hard zone, left of the entrance'), services: [t('存款', 'Deposit cash'), t('取款', 'Withdraw cash')] },
      { id: 'smart', name: t('智能柜台', 'Smart counter'), location: t('进门右侧', 'Right of the entrance'), services: [t('开卡', 'New debit card'), t('手机银行开通', 'Mobile banking sign-up'), t('密码重置', 'PIN reset')] },
    ],
    kpiWeights: { efficiency: 0.35, quality: 0.25, satisfaction: 0.4 },
    complaintClock: { firstResponseDays: 7, handlingDays: 15, writtenResultDays: 10 },
    retentionDays: 90,
  };
}
