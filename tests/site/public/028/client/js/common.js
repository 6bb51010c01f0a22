/* Helpers shared by the replica's pages (the platform's own "common.js").
 * Plain browser JS, no libraries. */
var Zcps = (function () {
  var STATE_KEY = 'zcps.declare';

  /** A layer.msg-like toast; never alert(). */
  function msg(text, ms) {
    var old = document.querySelector('.msg-layer');
    if (old) old.remove();
    var box = document.createElement('div');
    box.className = 'msg-layer';
    box.textContent = text;
    document.body.appendChild(box);
    setTimeout(function () { box.remove(); }, ms || 2000);
  }

  /** POST a form as application/x-www-form-urlencoded, answer the JSON. */
  function post(url, form) {
    var body = new URLSearchParams();
    if (form) new FormData(form).forEach(function (value, key) {
      if (typeof value === 'string') body.append(key, value);
    });
    return fetch(url, { method: 'POST', body: body }).then(function (res) { return res.json(); });
  }

  /** Upload one file at once, the way the platform's uploader does. */
  function upload(file, field, slot) {
    var data = new FormData();
    data.append('slot', slot);
    data.append(field || 'file', file, file.name);
    return fetch('/028/client/upload.action', { method: 'POST', body: data }).then(function (res) {
      if (!res.ok) throw new Error('上传失败（HTTP ' + res.status + '）');
      return res.json();
    });
  }

  /** The wizard's draft, kept for the session like the server would. */
  function state() {
    try { return JSON.parse(sessionStorage.getItem(STATE_KEY) || '{}'); } catch (e) { return {}; }
  }
  function saveState(patch) {
    var next = Object.assign(state(), patch);
    sessionStorage.setItem(STATE_KEY, JSON.stringify(next));
    return next;
  }

  function query(name) {
    return new URLSearchParams(location.search).get(name);
  }

  function sizeText(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + 'M' : Math.max(1, Math.round(bytes / 1024)) + 'K';
  }

  /**
   * The plans this replica offers (invented except the 2024 one, which is the
   * guide's): two later years of the guide's series, and a plan of another
   * series and city, whose requirements differ.
   */
  var PLANS = {
    '330100202401028': hzPlan(2024, '申报中'),
    '330100202601028': hzPlan(2026, '申报中'),
    '330100203101028': hzPlan(2031, '未开始'),
    '330200202601035': {
      id: '330200202601035', year: 2026, status: '申报中', level: '中级',
      name: '2026年度宁波市经济专业中级经济师资格评审申报计划',
      window: '2026-06-01 至 2026-07-15', committee: '宁波市经济专业中级资格评审委员会', reportLimit: 1500,
      requirements: [
        '一、申报人员应先完善“个人基本信息”和“我的业绩档案”。',
        '二、证件照应为白底证件照，JPG或JPEG格式。',
        '三、述职报告限1500字以内，选择单位所在地的人力社保部门受理点。',
        '四、纸质材料报送时间另行通知。'
      ],
      majors: ['工商管理', '金融', '财政税收', '人力资源管理']
    }
  };

  function hzPlan(year, status) {
    return {
      id: '330100' + year + '01028', year: year, status: status, level: '中级',
      name: year + '年度杭州市制造业专业工程师资格评审申报计划',
      window: year + '-07-01 至 ' + year + '-08-31', committee: '杭州市制造业专业工程师资格评审委员会', reportLimit: 1000,
      requirements: [
        '一、申报人员应先完善“个人基本信息”和“我的业绩档案”，业绩档案经用人单位审查通过后方可在申报时提取。',
        '二、证件照：系统默认省内身份证照片。如自己上传照片，应为1寸、2寸白底证件照，JPG或JPEG格式，文件大于30K且小于1M，大于215*300（宽*高）像素，照片宽高比大于等于0.65且小于等于0.8。',
        '三、本人述职内容为专业工作业绩情况，限1000字以内。选择单位所在区、县（市）经信部门或市直单位职称受理点。',
        '四、专业工作年限指从事工程技术工作整年年限，计算到' + year + '年12月31日。考核情况指近三年（' + (year - 3) + '-' + (year - 1) +
          '）单位考核情况，如“' + (year - 3) + '年称职（或合格）”“' + (year - 2) + '年优秀”“' + (year - 1) + '年称职（或合格）”。',
        '五、业绩材料要求突出专业代表性，不宜过多过杂，集体项目须提供本人系主要贡献者依据。著作、论文、报告、成果等需确定一篇代表作。',
        '六、资格审查通过后，根据12333短信提示缴纳评审费；导出带水印的评审表，经所在单位加盖公章后报送纸质材料受理部门，受理部门汇总后于9月30日前统一报中评委办公室。'
      ],
      // The 可评审专业 list is INVENTED for the replica; nobody here has seen the real one.
      majors: ['机械工程', '电气工程', '自动化', '材料工程', '化工工程', '电子信息工程', '计算机应用', '工业设计']
    };
  }

  /** The plan of this declaration: ?planId= on any page chooses it, else the draft's, else 2024. */
  function plan() {
    var chosen = query('planId');
    if (chosen && PLANS[chosen] && state().planId !== chosen) saveState({ planId: chosen, planName: PLANS[chosen].name });
    return PLANS[state().planId] || PLANS['330100202401028'];
  }

  // Pages name the plan of the declaration where they show one (breadcrumbs, headers), and its
  // self-report limit; ?noPlanName=1 leaves the name out, as later wizard pages of a real site may.
  function showPlanName() {
    var current = plan();
    var bare = query('noPlanName') === '1';
    var places = document.querySelectorAll('[data-plan-name]');
    for (var i = 0; i < places.length; i++) {
      if (bare) places[i].remove();
      else places[i].textContent = current.name;
    }
    var limits = document.querySelectorAll('[data-report-limit]');
    for (var j = 0; j < limits.length; j++) limits[j].textContent = String(current.reportLimit);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', showPlanName);
  else showPlanName();

  return {
    msg: msg, post: post, upload: upload, state: state, saveState: saveState, query: query, sizeText: sizeText,
    PLANS: PLANS, plan: plan
  };
})();
