import type { ErrorCode } from '@lobby/shared';
import type { AreaResources } from './resources.ts';

/**
 * Namespace `errors`: one message per ERROR_CODE. Typed as Record<ErrorCode, string> so a
 * code added to the protocol fails the build until it has a message in both languages.
 */
const zh: Record<ErrorCode, string> = {
  INVALID_PAYLOAD: '提交的内容不完整或格式不正确，请检查后重试。',
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '您没有执行此操作的权限。',
  BAD_CREDENTIALS: '用户名或密码错误。',
  NOT_FOUND: '找不到该对象，可能已被处理或删除。',
  INVALID_STATE: '当前状态不允许此操作，界面已刷新，请重试。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  INTERNAL: '服务器内部错误，请稍后重试；如持续出现请联系管理员。',
  COUNTER_HELD: '该窗口已由其他柜员签到。',
  COUNTER_NOT_SIGNED_ON: '您尚未签到此窗口。',
  COUNTER_NOT_OPEN: '该窗口未开放。',
  COUNTER_PAUSED: '窗口处于暂停状态，请先恢复服务。',
  COUNTER_OFFLINE: '窗口处于离线状态。',
  COUNTER_BUSY: '窗口正在服务客户，请先办结当前客户。',
  COUNTER_IDLE: '窗口当前没有客户。',
  QUEUE_EMPTY: '当前没有等候的客户。',
  RECALL_LIMIT_REACHED: '已达到重呼次数上限，可标记为过号。',
  NO_SHOW_TOO_EARLY: '叫号后时间过短，请等客户走到窗口或重呼后再标记过号。',
  LANE_NOT_SERVED: '本窗口不办理该队列的业务。',
  LANE_PAUSED: '该队列已暂停取号。',
  LANE_CAP_REACHED: '该队列今日号源已满。',
  NUMBER_RANGE_EXHAUSTED: '该队列号段已用尽。',
  OUTSIDE_BUSINESS_HOURS: '当前不在营业时间内。',
  AFTER_LAST_TICKET: '已过今日最后取号时间。',
  EMERGENCY_MODE: '网点处于应急状态，暂停此操作。',
  ALREADY_RATED: '该笔业务已评价过，感谢您的反馈。',
  RATING_CLOSED: '评价时间已过。',
  VIP_ROOM_OCCUPIED: '该贵宾室正在使用中。',
  CONFIG_INVALID: '配置内容无效，请检查标注的字段。',
  CONFIG_CONFLICT: '配置已被他人修改，请刷新后重试。',
  IMPORT_INVALID: '导入文件格式不正确。',
};

const en: Record<ErrorCode, string> = {
  INVALID_PAYLOAD: 'The request is incomplete or malformed. Check it and try again.',
  UNAUTHENTICATED: 'Your session has expired. Please sign in again.',
  FORBIDDEN: 'You are not allowed to do this.',
  BAD_CREDENTIALS: 'Wrong username or password.',
  NOT_FOUND: 'Not found: it may already have been handled or removed.',
  INVALID_STATE: 'Not allowed in the current state. The screen has been refreshed; try again.',
  RATE_LIMITED: 'Too many requests. Please wait a moment.',
  INTERNAL: 'Server error. Try again; if it persists, contact the administrator.',
  COUNTER_HELD: 'Another teller is signed on to this counter.',
  COUNTER_NOT_SIGNED_ON: 'You are not signed on to this counter.',
  COUNTER_NOT_OPEN: 'This counter is not open.',
  COUNTER_PAUSED: 'The counter is paused. Resume service first.',
  COUNTER_OFFLINE: 'The counter is offline.',
  COUNTER_BUSY: 'The counter is serving a customer. Finish that first.',
  COUNTER_IDLE: 'The counter has no customer.',
  QUEUE_EMPTY: 'Nobody is waiting.',
  RECALL_LIMIT_REACHED: 'Recall limit reached; you can mark a no-show.',
  NO_SHOW_TOO_EARLY:
    'Too soon after the call: give the customer time to reach the counter, or recall, before marking a no-show.',
  LANE_NOT_SERVED: 'This counter does not serve that lane.',
  LANE_PAUSED: 'That lane is paused.',
  LANE_CAP_REACHED: "That lane has reached today's cap.",
  NUMBER_RANGE_EXHAUSTED: "That lane's number range is used up.",
  OUTSIDE_BUSINESS_HOURS: 'Outside business hours.',
  AFTER_LAST_TICKET: "Past today's last-ticket time.",
  EMERGENCY_MODE: 'The branch is in emergency mode; this is suspended.',
  ALREADY_RATED: 'This service has already been rated. Thank you.',
  RATING_CLOSED: 'The time to rate this service has passed.',
  VIP_ROOM_OCCUPIED: 'That VIP room is in use.',
  CONFIG_INVALID: 'The configuration is invalid; check the marked fields.',
  CONFIG_CONFLICT: 'Someone else changed the configuration. Reload and try again.',
  IMPORT_INVALID: 'The import file is not valid.',
};

export const errorResources: AreaResources = {
  zh: { code: zh, offline: '未连接服务器，操作未发送。', timeout: '服务器未响应，请检查结果后再试。' },
  en: {
    code: en,
    offline: 'Not connected to the server: nothing was sent.',
    timeout: 'The server did not answer. Check the result before retrying.',
  },
};
