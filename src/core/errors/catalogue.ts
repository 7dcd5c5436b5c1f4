/**
 * The one error catalogue. Every error MedZone answers with has a code here, an HTTP status and a
 * message in each API language. Messages may hold {placeholders} filled from the error's params.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: {
    status: 400,
    zh: '请求参数有误，请检查标出的字段',
    en: 'The request has invalid fields',
  },
  BAD_REQUEST: { status: 400, zh: '请求格式有误', en: 'The request is malformed' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  INVALID_CREDENTIALS: { status: 401, zh: '邮箱或密码不正确', en: 'Wrong e-mail or password' },
  FORBIDDEN: { status: 403, zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  CSRF_INVALID: {
    status: 403,
    zh: '安全令牌缺失或已过期，请刷新页面后重试',
    en: 'Missing or expired security token; reload the page and try again',
  },
  NOT_FOUND: { status: 404, zh: '找不到{entity}', en: '{entity} not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '接口不存在', en: 'No such endpoint' },
  CONFLICT: { status: 409, zh: '数据冲突：{detail}', en: 'Conflict: {detail}' },
  ILLEGAL_TRANSITION: {
    status: 409,
    zh: '不能从“{fromZh}”直接转到“{toZh}”。可转到：{allowedZh}',
    en: 'A project cannot move from “{fromEn}” to “{toEn}”. Allowed next: {allowedEn}',
  },
  ORG_UNIT_IN_USE: {
    status: 409,
    zh: '该单位仍有 {members} 名人员、{projects} 个签约项目，不能删除',
    en: 'The unit still has {members} member(s) and {projects} signed project(s); it cannot be removed',
  },
  REFERENCE_TARGET: {
    status: 409,
    zh: '规划文件中的目标是参考数据，不能修改或删除',
    en: 'Targets from the plan documents are reference data; they cannot be changed or removed',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  RATE_LIMITED: {
    status: 429,
    zh: '操作过于频繁，请在 {seconds} 秒后重试',
    en: 'Too many requests; try again in {seconds} s',
  },
  NOT_READY: { status: 503, zh: '服务暂不可用', en: 'Service not ready' },
  INTERNAL: {
    status: 500,
    zh: '服务器内部错误，请稍后重试',
    en: 'Internal server error; please try again later',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

/** Field messages for rules zod does not know (checksums, formats of our own). */
export const fieldMessages = {
  uscc: {
    zh: '统一社会信用代码无效（应为 18 位且校验位正确）',
    en: 'Invalid unified social credit code (18 characters with a valid check character)',
  },
  taiwanUbn: {
    zh: '統一編號无效（应为 8 位数字且校验正确）',
    en: 'Invalid Taiwan unified business number (8 digits with a valid checksum)',
  },
  phone: { zh: '手机号或电话号码格式不正确', en: 'Invalid phone number' },
  positiveArea: { zh: '面积必须大于 0', en: 'The area must be greater than 0' },
  leasedNeedsTenant: { zh: '已租单元必须指定承租企业', en: 'A leased unit needs a tenant enterprise' },
  rangeOrder: { zh: '上限不能小于下限', en: 'The upper bound is below the lower bound' },
  tenantNotFound: { zh: '承租企业不存在', en: 'No such tenant enterprise' },
  parkScope: { zh: '园区负责人必须至少关联一个园区', en: 'A park manager needs at least one park' },
  required: { zh: '必填项不能为空', en: 'This field is required' },
  consentRequired: {
    zh: '请阅读并同意个人信息处理说明后再提交',
    en: 'Please read and agree to how your personal information is handled',
  },
  honeypot: { zh: '此项应留空', en: 'This field must be left empty' },
  unknownDirection: { zh: '没有这个产业方向', en: 'No such industry direction' },
  unknownZone: { zh: '没有这个区域', en: 'No such zone' },
  unknownParkId: { zh: '没有这个园区', en: 'No such park' },
  amountRequired: {
    zh: '进入此阶段需填写签约金额（万元）',
    en: 'This stage needs the signed amount (10k yuan)',
  },
  reasonRequired: { zh: '请说明原因', en: 'Please give the reason' },
  unknownSigningEvent: { zh: '没有这个签约活动', en: 'No such signing event' },
  unknownOrgUnit: { zh: '没有这个单位', en: 'No such organisational unit' },
  notAnOfficer: { zh: '只能分配给招商专员', en: 'Leads can only be assigned to an investment officer' },
  enumValue: {
    zh: '无法识别“{value}”，可选：{options}',
    en: 'Unrecognised “{value}”; choose one of: {options}',
  },
  booleanValue: { zh: '应填“是”或“否”', en: 'Should be yes or no' },
  dateValue: { zh: '日期格式应为 2026-03-01', en: 'Dates are written like 2026-03-01' },
  numberValue: { zh: '应为不小于 0 的数字', en: 'Should be a number of at least 0' },
  numberTooLarge: { zh: '数值不能大于 {max}', en: 'Should be at most {max}' },
  integerValue: { zh: '应为整数', en: 'Should be a whole number' },
  unknownPark: { zh: '平台中没有编码为“{value}”的园区', en: 'No park has the code “{value}”' },
  notYourPark: { zh: '您无权修改此园区的数据', en: 'You may not change this park' },
  duplicateRow: { zh: '与第 {row} 行重复（同一编码）', en: 'Repeats row {row} (same code)' },
  tenantNameNotFound: {
    zh: '平台中没有名为“{value}”的企业',
    en: 'No enterprise is named “{value}”',
  },
  tenantNameAmbiguous: {
    zh: '名为“{value}”的企业不止一家，请填写统一社会信用代码',
    en: 'More than one enterprise is named “{value}”; give the credit code',
  },
  oldExcelFormat: {
    zh: '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 或 CSV',
    en: 'Old .xls files are not supported; save as .xlsx or CSV in Excel',
  },
  missingColumns: { zh: '缺少必需的列：{columns}', en: 'Required columns are missing: {columns}' },
  definitionCode: {
    zh: '编码须以小写字母开头，只含小写字母、数字和下划线，共 2–40 个字符',
    en: 'A code starts with a lower-case letter and holds only a–z, 0–9 and _ (2–40 characters)',
  },
  duplicateStage: { zh: '已有阶段使用此编码', en: 'Another stage has this code' },
  firstStageOpen: {
    zh: '第一个阶段须为进行中阶段（新项目从这里开始）',
    en: 'The first stage must be an open stage (new projects start there)',
  },
  unknownStage: { zh: '此流程中没有这个阶段', en: 'This pipeline has no such stage' },
  selfTransition: { zh: '阶段不能转到自身', en: 'A stage cannot move to itself' },
  signingNeedsAmount: {
    zh: '从未签约阶段可进入的签约阶段须要求填写签约金额（签约数据按此统计）',
    en: 'A signed stage reached from an open or lost stage must require the signed amount (the figures count it)',
  },
  duplicateAction: { zh: '此阶段已有同类动作', en: 'This stage already has this action' },
  // Policy rules and benefit formulas (src/modules/policies/rules/).
  ruleShape: {
    zh: '应为条件组（all / any / not）或条件（attr、op、value）',
    en: 'Expected a group (all / any / not) or a condition (attr, op, value)',
  },
  ruleEmptyGroup: { zh: '条件组至少需要一个条件', en: 'A group needs at least one condition' },
  ruleTooDeep: { zh: '规则嵌套不能超过 {max} 层', en: 'A rule may nest at most {max} levels deep' },
  ruleTooLarge: { zh: '一条规则最多 {max} 个条件', en: 'A rule may hold at most {max} conditions' },
  unknownAttr: { zh: '没有这个属性：{attr}', en: 'No such attribute: {attr}' },
  opNotAllowed: {
    zh: '此属性不支持运算“{op}”，可用：{ops}',
    en: 'The operator “{op}” does not apply to this attribute; use one of: {ops}',
  },
  ruleValueBoolean: { zh: '值应为 true 或 false', en: 'The value should be true or false' },
  ruleValueNumber: { zh: '值应为数字', en: 'The value should be a number' },
  ruleValueNumberRange: {
    zh: '值应为 [下限, 上限] 两个数字，且下限不大于上限',
    en: 'The value should be [min, max]: two numbers with min ≤ max',
  },
  ruleValueText: { zh: '值应为 1–64 个字符的文本', en: 'The value should be a text of 1–64 characters' },
  ruleValueTextList: {
    zh: '值应为 1–100 项文本（每项 1–64 个字符）的列表',
    en: 'The value should be a list of 1–100 texts of 1–64 characters',
  },
  ruleValueDate: { zh: '值应为日期，如 2026-03-01', en: 'The value should be a date like 2026-03-01' },
  ruleValueDateRange: {
    zh: '值应为 [起始日期, 截止日期]，且起始不晚于截止',
    en: 'The value should be [from, to]: two dates with from ≤ to',
  },
  ruleValueNone: { zh: '“exists”（有数据）不需要值', en: '“exists” takes no value' },
  industryCode: {
    zh: '国民经济行业代码应为门类字母加 2–4 位数字，如 C2720',
    en: 'An industry code is a section letter and 2–4 digits, e.g. C2720',
  },
  wholeFen: { zh: '金额最多两位小数（精确到分）', en: 'Amounts have at most two decimals (whole fen)' },
  tiersAscending: {
    zh: '各档起点须从小到大排列且不重复',
    en: 'Tier minimums must be in ascending order without repeats',
  },
  slugCode: {
    zh: '编码只能用小写字母、数字、- 和 _，以字母或数字开头',
    en: 'Codes use lower-case letters, digits, - and _, starting with a letter or digit',
  },
  dateOrder: { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' },
  duplicateCode: { zh: '编码重复', en: 'This code is used twice' },
  profileOrEnterprise: {
    zh: '请选择一家企业或填写企业情况',
    en: 'Choose an enterprise or describe one',
  },
  unknownEnterprise: { zh: '找不到这家企业', en: 'No such enterprise' },
  policyNotDraft: {
    zh: '只有草稿状态的政策可以删除；已发布的政策请设为“已失效”',
    en: 'Only a draft can be deleted; set a published policy to expired instead',
  },
  // Target lists (src/modules/targets/).
  notATarget: {
    zh: '只有目标企业或洽谈中的企业可以加入目标清单',
    en: 'Only target enterprises (or those in contact) can be added to a target list',
  },
  // Matching (src/modules/matching/).
  unknownChainLink: { zh: '没有这个产业链环节', en: 'No such chain link' },
  // News (src/modules/portal/).
  eventOnly: {
    zh: '只有活动可以填写活动日期和地点',
    en: 'Only events have event dates and a location',
  },
  // Enterprise registry (src/modules/enterprises/).
  usccTaken: {
    zh: '已有企业使用此统一社会信用代码',
    en: 'Another enterprise already has this credit code',
  },
  taiwanUbnRequired: {
    zh: '台资企业须填写台湾投资方的統一編號',
    en: 'A Taiwan-funded enterprise needs the Taiwan business number of its investor',
  },
  taiwanUbnNotTaiwanFunded: {
    zh: '只有台资企业填写統一編號',
    en: 'Only a Taiwan-funded enterprise has a Taiwan business number',
  },
  unknownIndustryCode: {
    zh: '没有这个国民经济行业代码（GB/T 4754）',
    en: 'No such industry code (GB/T 4754)',
  },
  unitNotInPark: { zh: '该单元不在所选园区内', en: 'This unit is not in the chosen park' },
  settledOnNotSettled: {
    zh: '只有已入驻或已迁出的企业可以填写入驻日期',
    en: 'Only a settled (or departed) enterprise has a settling date',
  },
  figuresRequired: { zh: '至少填写一项数据', en: 'Give at least one figure' },
  enterpriseNotFound: {
    zh: '平台中没有统一社会信用代码为“{value}”的企业',
    en: 'No enterprise has the credit code “{value}”',
  },
  enterpriseKeyRequired: {
    zh: '请填写统一社会信用代码或企业名称',
    en: 'Give the credit code or the enterprise name',
  },
  // Plan targets (src/modules/analytics/).
  unknownScope: { zh: '没有这个区域、片区或园区', en: 'No zone, block or park has this code' },
  provinceScope: {
    zh: '省级目标的范围编码应为 350000（福建省）',
    en: 'A provincial target has the scope code 350000 (Fujian)',
  },
  metricScope: {
    zh: '此指标不能按这一范围统计',
    en: 'This metric cannot be computed for this kind of scope',
  },
  metricDirection: {
    zh: '此指标不按产业方向统计',
    en: 'This metric is not broken down by industry direction',
  },
  percentRange: { zh: '百分比应在 0 到 100 之间', en: 'A percentage lies between 0 and 100' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type FieldMessageKey = keyof typeof fieldMessages;
