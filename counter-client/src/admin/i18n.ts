import type { AreaResources } from '../i18n/resources.ts';

/** Namespace `admin`: branch administration, reports, KPI, complaints, audit. */
export const adminResources: AreaResources = {
  zh: {
    tabs: { dashboard: '今日看板', reports: '统计报表', config: '网点配置', staff: '人员与设备', vip: '贵宾名单', kpi: '绩效考核', complaints: '投诉登记', audit: '审计日志' },
    common: { save: '保存', cancel: '取消', add: '新增', remove: '删除', refresh: '刷新', export: '导出 Excel', reason: '原因', none: '—', saved: '已保存', done: '操作成功', confirm: '确认', minutes: '分钟', all: '全部', details: '详情' },
    figures: {
      issued: '取号', served: '办结', noShow: '过号', cancelled: '取消', closedAtDayEnd: '日终关闭', meanWaitMin: '平均等待(分)', p90WaitMin: 'P90 等待(分)', maxWaitMin: '最长等待(分)',
      meanServiceMin: '平均办理(分)', meanWalkMin: '平均到窗(分)', withinTargetPct: '目标内 %', noShowPct: '过号率 %', meanAttitude: '服务态度', meanEfficiency: '办理效率', ratings: '评价数', ratingResponsePct: '评价率 %', suspends: '挂起', transfers: '转移',
    },
    charts: { arrivals: '到达（取号）', served: '办结', tickets: '人数', minutes: '分钟', meanWait: '平均等待', meanService: '平均办理(分)', satisfaction: '满意度(1–5)', hourly: '分时段到达与办结', waitDist: '等待时长分布', tellers: '柜员对比' },
    dashboard: {
      title: '今日运行看板', businessDate: '营业日 {{date}}', waitingNow: '当前等候', openCounters: '开放窗口', alerts: '待处理提醒', lanes: '各队列实时情况', lane: '队列', waiting: '等候', longest: '最长等待', target: '目标等待', estimate: '新取号预计',
      dayClose: '日终关闭', dayCloseConfirm: '日终关闭会结束今天所有未办结的号票并归档当天数据，确定吗？', dayClosed: '已日终关闭：{{count}} 张未办结号票已关闭', overdueComplaints: '超时投诉',
    },
    reports: { title: '统计报表', range: '日期范围', byHour: '按时段', byLane: '按队列', byBusinessType: '按业务类型', byCounter: '按窗口', byTeller: '按柜员', byDay: '按日', summary: '汇总', key: '项目', empty: '该期间没有数据', days: '包含 {{count}} 个营业日' },
    config: {
      title: '网点配置', version: '当前版本 v{{version}}', reason: '修改原因', save: '保存并立即生效', saved: '配置已保存为 v{{version}}，已实时生效', invalid: '配置有 {{count}} 处错误，请按提示修改', conflict: '配置已被他人修改（服务器版本更新），请刷新后重新编辑', reload: '重新载入',
      sections: { branch: '网点信息', zones: '区域', lanes: '队列', businessTypes: '业务类型', counters: '窗口', vipRooms: '贵宾室', hours: '营业时间与节假日', priorityGroups: '优先人群', vipTiers: '贵宾等级', policy: '叫号策略', voice: '语音播报', notices: '公告', selfService: '自助设备', kpi: '绩效权重', complaintClock: '投诉时限（工作日）', retention: '数据保留' },
      fields: {
        id: '编号', name: '名称（中文）', nameEn: '名称（英文）', kind: '类型', prefix: '字头', zoneId: '区域', rangeStart: '起始号', rangeEnd: '结束号', dailyCap: '每日上限', targetWaitMin: '目标等待(分)', maxWaitMin: '最长等待(分)', weight: '权重',
        laneId: '所属队列', materials: '所需材料（中文，每行一项）', materialsEn: '所需材料（英文，每行一项）', targetServiceMin: '标准办理(分)', enabled: '启用', number: '窗口号', laneIds: '服务队列（按优先顺序选择）',
        headStartMin: '提前量(分)', timeZone: '时区', open: '开门', close: '关门', lastTicket: '停止取号', lunchEnabled: '午休', lunchStart: '午休开始', lunchEnd: '午休结束', weekdays: '营业日', holidays: '节假日（不营业）', extraWorkdays: '调休上班日', dayCloseAt: '自动日终时间',
        primaryLaneBonusMin: '主队列加分(分)', fallbackPenaltyMin: '弹性队列减分(分)', recallLimit: '重呼次数上限', noShowGraceSec: '过号宽限(秒)', calledNotArrivedSec: '叫号未到提醒(秒)', idleCounterAlertSec: '窗口空闲提醒(秒)', estimateHalfLifeMin: '预计时间半衰期(分)',
        voiceEnabled: '开启语音', repeat: '重复次数', volume: '音量', rate: '语速', chime: '提示音', text: '内容（中文）', textEn: '内容（英文）', location: '位置（中文）', locationEn: '位置（英文）', services: '功能（中文，每行一项）', servicesEn: '功能（英文，每行一项）',
        efficiency: '效率', quality: '质量', satisfaction: '满意度（≤40%）', firstResponseDays: '首次答复', handlingDays: '处理完成', writtenResultDays: '书面反馈（处理完成后）', retentionDays: '客户标识保留天数', hotline: '服务热线', address: '地址（中文）', addressEn: '地址（英文）', vipLaneId: '贵宾识别后进入队列', branchName: '网点名称（中文）', branchNameEn: '网点名称（英文）',
      },
      weekdays: ['一', '二', '三', '四', '五', '六', '日'],
      kinds: { hard: '硬区', soft: '软区', personal: '个人', business: '对公', vip: '贵宾', fast: '快速' },
      datesPlaceholder: '输入日期 YYYY-MM-DD 后回车',
    },
    staff: {
      title: '员工账号', username: '登录名', name: '姓名', role: '角色', staffNo: '工号', active: '启用', password: '初始密码', newPassword: '新密码', create: '新建账号', resetPassword: '重置密码', passwordReset: '密码已重置，该员工的登录已失效',
      roles: { teller: '柜员', lobby: '大堂经理', admin: '管理员' }, disableConfirm: '停用后该员工立即下线且无法登录，确定吗？',
    },
    devices: {
      title: '设备配对', kind: '类型', name: '名称', counter: '绑定窗口', created: '配对时间', status: '状态', active: '使用中', revoked: '已撤销 {{at}}', pair: '配对新设备', revoke: '撤销', revokeConfirm: '撤销后该设备立即断开且无法再连接，确定吗？',
      tokenTitle: '设备已配对：请立即在设备上打开以下地址', tokenOnce: '此令牌只显示这一次，关闭后无法再次查看。', kinds: { kiosk: '取号机', display: '叫号屏', evaluator: '评价器' },
    },
    vip: {
      title: '贵宾名单导入', hint: '上传 CSV 或 Excel：第一列为卡号或手机号，第二列为等级（编号或名称），可带表头。号码只以不可逆哈希保存。任何一行有误则整份文件不导入。', replace: '替换现有全部名单', choose: '选择文件并导入',
      imported: '已导入 {{count}} 条，名单共 {{total}} 条', errors: '文件有 {{count}} 行错误，未导入任何数据', line: '行号', problem: '问题', summary: '当前名单', tier: '等级', count: '人数',
    },
    kpi: {
      title: '柜员绩效考核', month: '月份', weights: '权重：效率 {{e}}%，质量 {{q}}%，满意度 {{s}}%', rank: '排名', teller: '柜员', handled: '办理', served: '办结', meanServiceMin: '平均办理(分)', meanWaitMin: '平均等待(分)', ratings: '评价数', complaints: '投诉', efficiency: '效率分', quality: '质量分', satisfaction: '满意度分', adjustment: '加减分', score: '总分',
      adjust: '加减分登记', points: '分值（正为加分，负为扣分）', reason: '依据（必填，存档）', adjustments: '本月加减分记录', by: '登记人', at: '时间', bottom: '末位',
    },
    complaints: {
      title: '投诉登记台账', register: '登记投诉', receivedDate: '受理日期', source: '来源', category: '类别', severity: '等级', status: '状态', summary: '投诉内容', demand: '客户诉求', contactName: '联系人', contactPhone: '联系电话', ticketNumber: '关联票号', ticketDate: '票号日期', teller: '被投诉柜员', owner: '首问负责人',
      firstResponseDue: '首次答复期限', handlingDue: '处理期限', writtenResultDue: '书面反馈期限', overdue: '超时', purged: '已按保留期清除', resolution: '处理结果', history: '处理记录', timeline: '关联号票全过程', note: '处理说明', noTicket: '未关联号票', filterStatus: '按状态筛选',
      sources: { counter: '窗口', lobby: '大堂', hotline: '热线', online: '线上' },
      categories: { attitude: '服务态度', efficiency: '办理效率', waiting: '等候时间', error: '差错', fees: '收费', environment: '环境设施', other: '其他' },
      severities: { minor: '一般', complex: '复杂', serious: '重大' },
      statuses: { open: '待答复', responded: '已答复', resolved: '已处理', verified: '已复核', closed: '已结案' },
      actions: { respond: '首次答复', resolve: '处理完成', writtenResult: '书面反馈已送达', verify: '复核通过', close: '结案', register: '登记' },
      clocks: { first_response: '首次答复超时', handling: '处理超时', written_result: '书面反馈超时' },
    },
    audit: { title: '审计日志（只读）', range: '日期范围', actor: '操作人', action: '操作', target: '对象', reason: '原因', at: '时间', manualOnly: '仅人工操作', purge: '立即执行保留期清除', purged: '已清除：号票贵宾标识 {{tickets}} 条，投诉联系方式 {{contacts}} 条', source: '来源', sources: { event: '业务事件', admin: '管理操作' } },
  },
  en: {
    tabs: { dashboard: 'Today', reports: 'Reports', config: 'Configuration', staff: 'Staff & devices', vip: 'VIP registry', kpi: 'KPI', complaints: 'Complaints', audit: 'Audit log' },
    common: { save: 'Save', cancel: 'Cancel', add: 'Add', remove: 'Remove', refresh: 'Refresh', export: 'Export Excel', reason: 'Reason', none: '—', saved: 'Saved', done: 'Done', confirm: 'Confirm', minutes: 'min', all: 'All', details: 'Details' },
    figures: {
      issued: 'Issued', served: 'Served', noShow: 'No-show', cancelled: 'Cancelled', closedAtDayEnd: 'Closed at day end', meanWaitMin: 'Mean wait (min)', p90WaitMin: 'P90 wait (min)', maxWaitMin: 'Max wait (min)',
      meanServiceMin: 'Mean service (min)', meanWalkMin: 'Mean walk (min)', withinTargetPct: 'Within target %', noShowPct: 'No-show %', meanAttitude: 'Attitude', meanEfficiency: 'Efficiency', ratings: 'Ratings', ratingResponsePct: 'Response %', suspends: 'Suspends', transfers: 'Transfers',
    },
    charts: { arrivals: 'Arrivals', served: 'Served', tickets: 'Tickets', minutes: 'min', meanWait: 'Mean wait', meanService: 'Mean service (min)', satisfaction: 'Satisfaction (1–5)', hourly: 'Arrivals vs served by hour', waitDist: 'Wait distribution', tellers: 'Teller comparison' },
    dashboard: {
      title: 'Today', businessDate: 'Business date {{date}}', waitingNow: 'Waiting now', openCounters: 'Open counters', alerts: 'Open alerts', lanes: 'Lanes now', lane: 'Lane', waiting: 'Waiting', longest: 'Longest wait', target: 'Target wait', estimate: 'New ticket estimate',
      dayClose: 'Close the day', dayCloseConfirm: 'Closing the day ends every open ticket and archives today. Continue?', dayClosed: 'Day closed: {{count}} open tickets closed', overdueComplaints: 'Overdue complaints',
    },
    reports: { title: 'Reports', range: 'Dates', byHour: 'By hour', byLane: 'By lane', byBusinessType: 'By business type', byCounter: 'By counter', byTeller: 'By teller', byDay: 'By day', summary: 'Summary', key: 'Item', empty: 'No data for these dates', days: '{{count}} business days' },
    config: {
      title: 'Branch configuration', version: 'Version v{{version}}', reason: 'Reason for the change', save: 'Save and apply now', saved: 'Saved as v{{version}}, live now', invalid: '{{count}} problems: see the fields', conflict: 'Someone else changed the configuration: reload and edit again', reload: 'Reload',
      sections: { branch: 'Branch', zones: 'Zones', lanes: 'Lanes', businessTypes: 'Business types', counters: 'Counters', vipRooms: 'VIP rooms', hours: 'Hours and holidays', priorityGroups: 'Priority groups', vipTiers: 'VIP tiers', policy: 'Calling policy', voice: 'Voice', notices: 'Notices', selfService: 'Self-service', kpi: 'KPI weights', complaintClock: 'Complaint clocks (working days)', retention: 'Retention' },
      fields: {
        id: 'ID', name: 'Name (Chinese)', nameEn: 'Name (English)', kind: 'Kind', prefix: 'Prefix', zoneId: 'Zone', rangeStart: 'First number', rangeEnd: 'Last number', dailyCap: 'Daily cap', targetWaitMin: 'Target wait (min)', maxWaitMin: 'Max wait (min)', weight: 'Weight',
        laneId: 'Lane', materials: 'Materials (Chinese, one per line)', materialsEn: 'Materials (English, one per line)', targetServiceMin: 'Target service (min)', enabled: 'Enabled', number: 'Number', laneIds: 'Lanes served (in priority order)',
        headStartMin: 'Head start (min)', timeZone: 'Time zone', open: 'Opens', close: 'Closes', lastTicket: 'Last ticket', lunchEnabled: 'Lunch break', lunchStart: 'Lunch from', lunchEnd: 'Lunch to', weekdays: 'Open on', holidays: 'Holidays (closed)', extraWorkdays: 'Make-up working days', dayCloseAt: 'Automatic day close',
        primaryLaneBonusMin: 'Primary lane bonus (min)', fallbackPenaltyMin: 'Fallback penalty (min)', recallLimit: 'Recall limit', noShowGraceSec: 'No-show grace (s)', calledNotArrivedSec: 'Called-not-arrived alert (s)', idleCounterAlertSec: 'Idle counter alert (s)', estimateHalfLifeMin: 'Estimate half-life (min)',
        voiceEnabled: 'Voice on', repeat: 'Repeat', volume: 'Volume', rate: 'Rate', chime: 'Chime', text: 'Text (Chinese)', textEn: 'Text (English)', location: 'Location (Chinese)', locationEn: 'Location (English)', services: 'Services (Chinese, one per line)', servicesEn: 'Services (English, one per line)',
        efficiency: 'Efficiency', quality: 'Quality', satisfaction: 'Satisfaction (≤40%)', firstResponseDays: 'First response', handlingDays: 'Handling', writtenResultDays: 'Written result (after handling)', retentionDays: 'Keep customer identifiers (days)', hotline: 'Hotline', address: 'Address (Chinese)', addressEn: 'Address (English)', vipLaneId: 'Lane for recognised VIPs', branchName: 'Branch name (Chinese)', branchNameEn: 'Branch name (English)',
      },
      weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
      kinds: { hard: 'Hard zone', soft: 'Soft zone', personal: 'Personal', business: 'Business', vip: 'VIP', fast: 'Fast' },
      datesPlaceholder: 'Type YYYY-MM-DD and press Enter',
    },
    staff: {
      title: 'Staff accounts', username: 'Username', name: 'Name', role: 'Role', staffNo: 'Staff no.', active: 'Active', password: 'Initial password', newPassword: 'New password', create: 'New account', resetPassword: 'Reset password', passwordReset: 'Password reset; their sessions have ended',
      roles: { teller: 'Teller', lobby: 'Lobby manager', admin: 'Admin' }, disableConfirm: 'The user is signed out at once and cannot sign in. Continue?',
    },
    devices: {
      title: 'Devices', kind: 'Kind', name: 'Name', counter: 'Counter', created: 'Paired', status: 'Status', active: 'Active', revoked: 'Revoked {{at}}', pair: 'Pair a device', revoke: 'Revoke', revokeConfirm: 'The device is disconnected at once and cannot reconnect. Continue?',
      tokenTitle: 'Device paired: open this address on the device now', tokenOnce: 'This token is shown once only.', kinds: { kiosk: 'Kiosk', display: 'Display', evaluator: 'Evaluator' },
    },
    vip: {
      title: 'VIP registry import', hint: 'Upload CSV or Excel: column 1 card or phone number, column 2 tier (id or name); a header row is allowed. Numbers are stored only as irreversible hashes. One bad row refuses the whole file.', replace: 'Replace the whole registry', choose: 'Choose file and import',
      imported: '{{count}} rows imported; registry holds {{total}}', errors: '{{count}} bad rows: nothing was imported', line: 'Line', problem: 'Problem', summary: 'Registry now', tier: 'Tier', count: 'Customers',
    },
    kpi: {
      title: 'Teller scorecard', month: 'Month', weights: 'Weights: efficiency {{e}}%, quality {{q}}%, satisfaction {{s}}%', rank: 'Rank', teller: 'Teller', handled: 'Handled', served: 'Served', meanServiceMin: 'Mean service (min)', meanWaitMin: 'Mean wait (min)', ratings: 'Ratings', complaints: 'Complaints', efficiency: 'Efficiency', quality: 'Quality', satisfaction: 'Satisfaction', adjustment: 'Adjustments', score: 'Score',
      adjust: 'Record points', points: 'Points (+ bonus, − deduction)', reason: 'Grounds (required, kept)', adjustments: 'Adjustments this month', by: 'By', at: 'At', bottom: 'Bottom',
    },
    complaints: {
      title: 'Complaint register', register: 'Register complaint', receivedDate: 'Received', source: 'Source', category: 'Category', severity: 'Severity', status: 'Status', summary: 'Complaint', demand: 'Demand', contactName: 'Contact', contactPhone: 'Phone', ticketNumber: 'Ticket number', ticketDate: 'Ticket date', teller: 'Teller concerned', owner: 'First-contact owner',
      firstResponseDue: 'First response due', handlingDue: 'Handling due', writtenResultDue: 'Written result due', overdue: 'Overdue', purged: 'Purged (retention)', resolution: 'Resolution', history: 'Handling record', timeline: 'Linked ticket timeline', note: 'Note', noTicket: 'No linked ticket', filterStatus: 'Filter by status',
      sources: { counter: 'Counter', lobby: 'Lobby', hotline: 'Hotline', online: 'Online' },
      categories: { attitude: 'Attitude', efficiency: 'Efficiency', waiting: 'Waiting', error: 'Error', fees: 'Fees', environment: 'Environment', other: 'Other' },
      severities: { minor: 'Minor', complex: 'Complex', serious: 'Serious' },
      statuses: { open: 'Open', responded: 'Responded', resolved: 'Resolved', verified: 'Verified', closed: 'Closed' },
      actions: { respond: 'First response', resolve: 'Handling done', writtenResult: 'Written result sent', verify: 'Verified', close: 'Close', register: 'Registered' },
      clocks: { first_response: 'First response overdue', handling: 'Handling overdue', written_result: 'Written result overdue' },
    },
    audit: { title: 'Audit log (read-only)', range: 'Dates', actor: 'By', action: 'Action', target: 'Subject', reason: 'Reason', at: 'Time', manualOnly: 'Manual actions only', purge: 'Run retention purge now', purged: 'Purged: {{tickets}} ticket VIP identifiers, {{contacts}} complaint contacts', source: 'Source', sources: { event: 'Queue event', admin: 'Admin action' } },
  },
};
