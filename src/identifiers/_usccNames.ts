// Temporary: replaced by the uscc-department / uscc-category code tables.
const DEPARTMENTS: Record<string, string> = {
  '1': '机构编制',
  '2': '外交',
  '3': '司法行政',
  '4': '文化',
  '5': '民政',
  '6': '旅游',
  '7': '宗教',
  '8': '工会',
  '9': '工商',
  A: '中央军委改革和编制办公室',
  N: '农业',
  Y: '其他',
};
const CATEGORIES: Record<string, string> = {
  '11': '机关',
  '12': '事业单位',
  '13': '编办直接管理机构编制的群众团体',
  '19': '其他',
  '21': '外国常驻新闻机构',
  '29': '其他',
  '31': '律师执业机构',
  '32': '公证处',
  '33': '基层法律服务所',
  '34': '司法鉴定机构',
  '35': '仲裁委员会',
  '39': '其他',
  '41': '外国在华文化中心',
  '49': '其他',
  '51': '社会团体',
  '52': '民办非企业单位',
  '53': '基金会',
  '59': '其他',
  '61': '外国旅游部门常驻代表机构',
  '62': '港澳台地区旅游部门常驻内地（大陆）代表机构',
  '69': '其他',
  '71': '宗教活动场所',
  '72': '宗教院校',
  '79': '其他',
  '81': '基层工会',
  '89': '其他',
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
  A1: '军队事业单位',
  A9: '其他',
  N1: '组级集体经济组织',
  N2: '村级集体经济组织',
  N3: '乡镇级集体经济组织',
  N9: '其他',
  Y1: '其他',
};

export function _usccDepartmentName(code: string): string | undefined {
  return DEPARTMENTS[code];
}

export function _usccCategoryName(code: string): string | undefined {
  return CATEGORIES[code];
}
