/**
 * A PARTIAL catalogue of Vietnamese occupation codes (QĐ 34/2020/QĐ-TTg, Danh mục nghề nghiệp Việt
 * Nam, in force from 1/1/2021): only the few dozen codes the demo commune uses (construction,
 * mechanics, garments, driving, farming, care work, labour export). Dated configuration, not code
 * constants: a later decision replaces it with a new `validFrom`. Levels 1–4 follow the ISCO-08
 * structure the decision adopts; the Vietnamese names should be checked against the gazetted text
 * before anyone relies on them, and no 5th-level (Vietnam-specific) code is listed here. Codes not
 * in this list are still accepted anywhere a code is (the full list has several thousand entries).
 */
export interface OccupationEntry {
  code: string;
  vi: string;
  en: string;
}

export interface OccupationCatalogue {
  source: string;
  validFrom: string;
  partial: true;
  entries: readonly OccupationEntry[];
}

export const OCCUPATION_CATALOGUE: OccupationCatalogue = {
  source: 'QĐ 34/2020/QĐ-TTg (trích một phần / partial extract)',
  validFrom: '2021-01-01',
  partial: true,
  entries: [
    { code: '5', vi: 'Nhân viên dịch vụ và bán hàng', en: 'Service and sales workers' },
    { code: '51', vi: 'Nhân viên dịch vụ cá nhân', en: 'Personal service workers' },
    { code: '512', vi: 'Đầu bếp', en: 'Cooks' },
    { code: '5120', vi: 'Đầu bếp', en: 'Cooks' },
    { code: '52', vi: 'Nhân viên bán hàng', en: 'Sales workers' },
    { code: '5223', vi: 'Nhân viên bán hàng tại cửa hàng', en: 'Shop sales assistants' },
    { code: '53', vi: 'Nhân viên chăm sóc cá nhân', en: 'Personal care workers' },
    {
      code: '532',
      vi: 'Nhân viên chăm sóc cá nhân trong dịch vụ y tế',
      en: 'Personal care workers in health services',
    },
    { code: '5321', vi: 'Hộ lý', en: 'Health care assistants' },
    { code: '5322', vi: 'Nhân viên chăm sóc người bệnh tại nhà', en: 'Home-based personal care workers' },
    {
      code: '6',
      vi: 'Lao động có kỹ năng trong nông nghiệp, lâm nghiệp và thủy sản',
      en: 'Skilled agricultural, forestry and fishery workers',
    },
    {
      code: '61',
      vi: 'Lao động có kỹ năng trong nông nghiệp hướng thị trường',
      en: 'Market-oriented skilled agricultural workers',
    },
    { code: '611', vi: 'Người làm vườn và trồng trọt', en: 'Market gardeners and crop growers' },
    { code: '6111', vi: 'Người trồng cây lương thực và rau màu', en: 'Field crop and vegetable growers' },
    { code: '612', vi: 'Người chăn nuôi', en: 'Animal producers' },
    { code: '6121', vi: 'Người chăn nuôi gia súc', en: 'Livestock and dairy producers' },
    { code: '6122', vi: 'Người chăn nuôi gia cầm', en: 'Poultry producers' },
    { code: '7', vi: 'Thợ thủ công và các thợ khác có liên quan', en: 'Craft and related trades workers' },
    {
      code: '71',
      vi: 'Thợ xây dựng và thợ có liên quan (trừ thợ điện)',
      en: 'Building and related trades workers (excluding electricians)',
    },
    {
      code: '711',
      vi: 'Thợ xây dựng khung nhà và thợ có liên quan',
      en: 'Building frame and related trades workers',
    },
    { code: '7112', vi: 'Thợ nề và thợ có liên quan', en: 'Bricklayers and related workers' },
    { code: '7115', vi: 'Thợ mộc', en: 'Carpenters and joiners' },
    {
      code: '712',
      vi: 'Thợ hoàn thiện công trình xây dựng',
      en: 'Building finishers and related trades workers',
    },
    { code: '7126', vi: 'Thợ ống nước', en: 'Plumbers and pipe fitters' },
    {
      code: '72',
      vi: 'Thợ luyện kim, cơ khí và thợ có liên quan',
      en: 'Metal, machinery and related trades workers',
    },
    {
      code: '721',
      vi: 'Thợ đúc, thợ hàn, thợ gò kim loại',
      en: 'Sheet and structural metal workers, moulders and welders',
    },
    { code: '7212', vi: 'Thợ hàn và thợ cắt kim loại', en: 'Welders and flame cutters' },
    { code: '723', vi: 'Thợ cơ khí và sửa chữa máy móc', en: 'Machinery mechanics and repairers' },
    { code: '7231', vi: 'Thợ cơ khí và sửa chữa xe có động cơ', en: 'Motor vehicle mechanics and repairers' },
    { code: '74', vi: 'Thợ điện và điện tử', en: 'Electrical and electronic trades workers' },
    {
      code: '741',
      vi: 'Thợ lắp đặt và sửa chữa thiết bị điện',
      en: 'Electrical equipment installers and repairers',
    },
    {
      code: '7411',
      vi: 'Thợ điện xây dựng và thợ điện có liên quan',
      en: 'Building and related electricians',
    },
    {
      code: '75',
      vi: 'Thợ chế biến thực phẩm, gia công gỗ, may mặc, đồ thủ công và thợ có liên quan',
      en: 'Food processing, wood working, garment and other craft workers',
    },
    { code: '751', vi: 'Thợ chế biến thực phẩm', en: 'Food processing and related trades workers' },
    { code: '7512', vi: 'Thợ làm bánh', en: 'Bakers, pastry-cooks and confectionery makers' },
    { code: '753', vi: 'Thợ may mặc và thợ có liên quan', en: 'Garment and related trades workers' },
    { code: '7531', vi: 'Thợ may đo', en: 'Tailors, dressmakers, furriers and hatters' },
    { code: '7533', vi: 'Thợ may, thêu và thợ có liên quan', en: 'Sewing, embroidery and related workers' },
    {
      code: '8',
      vi: 'Thợ lắp ráp và vận hành máy móc, thiết bị',
      en: 'Plant and machine operators, and assemblers',
    },
    {
      code: '81',
      vi: 'Thợ vận hành máy móc và thiết bị cố định',
      en: 'Stationary plant and machine operators',
    },
    {
      code: '815',
      vi: 'Thợ vận hành máy sản xuất sản phẩm dệt, lông thú và da',
      en: 'Textile, fur and leather products machine operators',
    },
    { code: '8153', vi: 'Thợ vận hành máy may', en: 'Sewing machine operators' },
    { code: '82', vi: 'Thợ lắp ráp', en: 'Assemblers' },
    {
      code: '8212',
      vi: 'Thợ lắp ráp thiết bị điện và điện tử',
      en: 'Electrical and electronic equipment assemblers',
    },
    {
      code: '83',
      vi: 'Lái xe và thợ vận hành thiết bị chuyển động',
      en: 'Drivers and mobile plant operators',
    },
    { code: '8322', vi: 'Lái xe ô tô con, taxi và xe tải nhẹ', en: 'Car, taxi and van drivers' },
    { code: '8332', vi: 'Lái xe tải nặng', en: 'Heavy truck and lorry drivers' },
    { code: '9', vi: 'Lao động giản đơn', en: 'Elementary occupations' },
    {
      code: '92',
      vi: 'Lao động giản đơn trong nông nghiệp, lâm nghiệp và thủy sản',
      en: 'Agricultural, forestry and fishery labourers',
    },
    { code: '9211', vi: 'Lao động giản đơn trong trồng trọt', en: 'Crop farm labourers' },
    {
      code: '93',
      vi: 'Lao động giản đơn trong khai khoáng, xây dựng, công nghiệp chế biến và giao thông vận tải',
      en: 'Labourers in mining, construction, manufacturing and transport',
    },
    { code: '9313', vi: 'Lao động giản đơn trong xây dựng nhà', en: 'Building construction labourers' },
    { code: '9321', vi: 'Lao động đóng gói bằng tay', en: 'Hand packers' },
    {
      code: '9329',
      vi: 'Lao động giản đơn trong công nghiệp chế biến chưa được phân vào đâu',
      en: 'Manufacturing labourers not elsewhere classified',
    },
  ],
};

/**
 * Which occupation a course would teach a skill in, for skills whose course is not in the vacancy's
 * own occupation (the skill-gap list points there; the training context suggests the course).
 * Keys are search keys (accent-folded, lower case).
 */
export const SKILL_COURSE_OCCUPATIONS: Readonly<Record<string, string>> = {
  'han tig': '7212',
  'han mig': '7212',
  'han dien': '7212',
  'doc ban ve': '7212',
  'lai xe hang c': '8332',
  'lai xe hang b2': '8322',
  'may cong nghiep': '8153',
  'dien dan dung': '7411',
  'cham soc nguoi cao tuoi': '5322',
};

export function occupationName(code: string, catalogue: OccupationCatalogue = OCCUPATION_CATALOGUE) {
  return catalogue.entries.find((entry) => entry.code === code) ?? null;
}
