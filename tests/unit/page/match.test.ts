import { describe, expect, it } from 'vitest';
import { MEANINGS, type Meaning } from '../../../lib/meanings';
import { matchKey, matchMeaning, matchMeaningFor } from '../../../lib/page/match';
import { FILE_MEANINGS, LISTS, SYNONYMS } from '../../../lib/page/synonyms';

describe('matchMeaning', () => {
  const cases: [string, Meaning | undefined][] = [
    // the three 专业 fields the guide tells apart
    ['从事专业', 'major'],
    ['申报专业', 'major'],
    ['现从事专业', 'currentMajor'],
    ['所学专业', 'eduMajor'],
    ['从事专业工作年限', 'workYears'],
    ['专业工作年限', 'workYears'],
    ['从事专业技术工作时间', 'professionalStart'],
    ['可评审专业', undefined],
    // 个人基本信息
    ['姓名', 'name'],
    ['姓　　名：', 'name'],
    ['联系人姓名', undefined],
    ['身份证号码', 'idNumber'],
    ['证件号码', 'idNumber'],
    ['性别', 'gender'],
    ['出生年月', 'birthDate'],
    ['民族', 'ethnicity'],
    ['政治面貌', 'politicalStatus'],
    ['E-mail', 'email'],
    ['电子邮箱', 'email'],
    ['通讯地址', 'address'],
    ['邮政编码', 'postcode'],
    ['邮编', 'postcode'],
    // 学历
    ['最高学历', 'eduLevel'],
    ['学位', 'degree'],
    ['毕业学校', 'school'],
    ['入学时间', 'eduStart'],
    ['毕业时间', 'graduation'],
    ['是否全日制', 'fullTime'],
    // 工作
    ['现工作单位', 'employer'],
    ['工作单位名称', 'employer'],
    // The employer's address, not the applicant's 通讯地址: no meaning is better than a wrong one.
    ['工作单位地址', undefined],
    ['受理点地址', undefined],
    ['单位联系电话', undefined],
    ['电子邮箱地址', 'email'],
    ['所在部门', 'department'],
    ['现任职务', 'position'],
    ['参加工作时间', 'workStart'],
    ['现专业技术资格', 'currentTitle'],
    ['现有职称', 'currentTitle'],
    ['取得资格时间', 'currentTitleDate'],
    ['现专业技术资格取得时间', 'currentTitleDate'],
    ['学位取得时间', undefined],
    ['聘任时间', 'appointmentDate'],
    // 填写申报信息
    ['本人述职', 'selfReport'],
    ['专业技术工作述职', 'selfReport'],
    ['职称受理点', 'office'],
    ['受理部门', 'office'],
    ['申报类型', 'applicationType'],
    ['考核情况', 'assessment'],
    ['近三年年度考核', 'assessment'],
    ['年度考核材料', undefined],
    ['破格申报的具体内容', 'exceptionalDetail'],
    ['佐证材料', 'typeProof'],
    // 业绩
    ['业绩类型', 'achKind'],
    ['论文题目', 'achTitle'],
    ['成果名称', 'achTitle'],
    ['发表时间', 'achDate'],
    ['本人角色', 'achRole'],
    ['本人排名', 'achRank'],
    ['是否集体项目', 'achCollective'],
    ['刊物/出版社', 'achPublication'],
    ['ISSN/CN', 'achIssn'],
    ['刊号', 'achIssn'],
    ['内容简介', 'achDescription'],
    // uploads
    ['证件照', 'photo'],
    ['学历和学位证书及认证材料', 'attEducation'],
    ['近4年专业技术职务资格聘书', 'attAppointment'],
    ['劳动（聘用）合同', 'attContract'],
    ['劳动(聘用)合同', 'attContract'],
    ['社保证明', 'attSocial'],
    ['学信网学历认证报告', 'attEducation'],
    ['聘任文件', 'attAppointment'],
    ['参保证明', 'attSocial'],
    ['继续教育学时登记证明', 'attCpd'],
    ['著作、论文、报告、成果', 'attWorks'],
    ['《破格推荐中级专业技术职务任职资格审批表》', 'attExceptional'],
    // the head of the phrase comes last; other things and other people's
    ['最高学历毕业院校', 'school'],
    ['最高学历所学专业', 'eduMajor'],
    ['最高学历毕业时间', 'graduation'],
    ['身份证有效期', undefined],
    ['主管部门', undefined],
    ['档案所在单位', undefined],
    ['岗位等级', undefined],
    ['联系电话（单位）', undefined],
    ['手机号码（本人）', 'mobile'],
    ['第一学历', undefined],
    ['第一学历毕业院校', undefined],
    ['全日制学历', undefined],
    ['在职学历', undefined],
    ['是否全日制', 'fullTime'],
    ['拟评专业', 'major'],
    ['专业技术工作经历年限', 'workYears'],
    ['破格申报理由', 'exceptionalDetail'],
    ['2021-2023年度考核情况', 'assessment'],
    ['2023年度考核结果', undefined],
    ['2022年考核等次', undefined],
    // nothing
    ['备注', undefined],
    ['', undefined],
    ['***', undefined],
  ];
  it.each(cases)('%j → %s', (label, meaning) => {
    expect(matchMeaning(label)?.meaning).toBe(meaning);
  });

  it('is less sure of 联系电话 than of 手机号码', () => {
    const mobile = matchMeaning('手机号码');
    const phone = matchMeaning('联系电话');
    expect(mobile?.meaning).toBe('mobile');
    expect(phone?.meaning).toBe('mobile');
    expect(phone!.confidence).toBeLessThan(mobile!.confidence);
  });

  it('compares full-width and half-width parentheses alike (转（兼）评)', () => {
    expect(matchKey('转（兼）评')).toBe(matchKey('转(兼)评'));
    expect(matchKey(' 转 （兼） 评 ')).toBe('转(兼)评');
  });

  it('keeps upload meanings for uploads and value meanings for the rest', () => {
    expect(matchMeaningFor('专业技术职务资格聘书', true)?.meaning).toBe('attAppointment');
    expect(matchMeaningFor('专业技术职务资格聘书', false)).toBeUndefined();
    expect(matchMeaningFor('本人述职报告', true)).toBeUndefined();
    expect(matchMeaningFor('本人述职报告', false)?.meaning).toBe('selfReport');
    expect(matchMeaningFor('附件', false)).toBeUndefined();
    expect(matchMeaningFor('附件', true)?.meaning).toBe('achFile');
  });

  it('returns the same answer from its cache', () => {
    expect(matchMeaning('姓名')).toEqual(matchMeaning('姓名：'));
  });
});

describe('synonym table', () => {
  it('names only known meanings, with confidences in (0, 1]', () => {
    for (const s of SYNONYMS) {
      expect(MEANINGS).toContain(s.meaning);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.patterns.length).toBeGreaterThan(0);
    }
  });

  it('gives every meaning at least one synonym (in the page table or a list’s columns)', () => {
    const covered = new Set([...SYNONYMS, ...LISTS.flatMap((l) => l.columns)].map((s) => s.meaning));
    expect(MEANINGS.filter((m) => !covered.has(m))).toEqual([]);
  });

  it('lists the upload meanings', () => {
    expect(FILE_MEANINGS.has('photo')).toBe(true);
    expect(FILE_MEANINGS.has('name')).toBe(false);
  });
});
